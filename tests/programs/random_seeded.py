# random: CPython's Mersenne Twister sequences from seeded generators.
import random
import _random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.choice('abcdefghij') for _ in range(10)])
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 10), random.sample(['a', 'b', 'c', 'd'], 4))
print([round(random.uniform(-5, 5), 12) for _ in range(5)])
print([random.gauss(0, 1) for _ in range(5)])
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 100, 200)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10**30))
print(random.choices('xyz', k=8), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=8))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.normalvariate(5, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(12).hex())

for seed in [0, 1, -1, 12345, 2**32, 2**32 + 1, 2**64 - 1, 2**100, -2**100, 'hello', 'h\xe9llo', '', b'bytes', bytearray(b'ba'), 3.14, True]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 10**6), random.getrandbits(40))

random.seed('abc', version=1)
print(random.random())

r = random.Random(7)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
print(state[0], len(state[1]), state[1][-1], state[2])

r1 = _random.Random(99)
print(r1.random(), r1.getrandbits(10))
r1.seed(99)
print(r1.random())
st = r1.getstate()
print(type(st).__name__, len(st), st[-1])
r2 = _random.Random()
r2.setstate(st)
print(r2.random() == r1.random())

class MyRandom(random.Random):
    def random(self):
        return super().random() / 2
m = MyRandom(3)
print(m.random(), m.randint(1, 6), m.choice([1, 2, 3]))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: r1.random(1))
t(lambda: r1.getrandbits())
t(lambda: r1.getrandbits(-1))
t(lambda: r1.getrandbits(1.5))
t(lambda: r1.getrandbits(0))
t(lambda: r1.setstate(1))
t(lambda: r1.setstate((1,)))
t(lambda: r1.setstate((0,) * 624 + (625,)))
t(lambda: r1.setstate((-1,) * 625))
t(lambda: r1.seed(1, 2))
t(lambda: _random.Random(1, 2))
t(lambda: _random.Random(x=1))
t(lambda: r1.seed([1]))
t(lambda: r1.getstate(1))
t(lambda: random.seed([1, 2]))
t(lambda: random.randint(5, 1))
t(lambda: random.choice([]))
t(lambda: random.sample(range(3), 5))
t(lambda: random.randrange(0))
print(_random.Random.__name__, _random.Random.__module__, type(random.random).__name__)
