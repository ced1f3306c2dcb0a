import copy
import pickle

d = {1: 10, "a": "ABC"}
for v in (d.keys(), d.values(), d.items()):
    for f in (lambda: type(v)(), lambda: type(v)(d), lambda: copy.copy(v),
              lambda: copy.deepcopy(v), lambda: pickle.dumps(v)):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
    print(type(v).__name__, len(v))
