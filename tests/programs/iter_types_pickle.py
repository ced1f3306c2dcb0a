import copy, pickle
for o in ['abc', '√', [1, 2], (1, 2), {1, 2}, {1: 2, 3: 4}, range(3), b'ab', bytearray(b'ab'), reversed([1, 2]), {1: 2, 3: 4}.values(), {1: 2, 3: 4}.items(), reversed({1: 2, 3: 4}), reversed({1: 2, 3: 4}.items()), range(2**70, 2**70 + 2)]:
    it = iter(o); next(it)
    try: print(type(it).__name__, list(copy.copy(it)))
    except Exception as e: print('copy', type(e).__name__, e)
    it = iter(o); next(it)
    try: print(type(it).__name__, list(pickle.loads(pickle.dumps(it))))
    except Exception as e: print('pickle', type(e).__name__, e)
s = {1, 2, 3}; it = iter(s); next(it); r = it.__reduce__(); print(r[0].__name__, len(r[1][0]), list(it) == r[1][0])
d = {1: 2}; it = iter(d); d[5] = 6
try: it.__reduce__()
except Exception as e: print(type(e).__name__, e)
