# random: more of the seeded API (CPython's exact values) and argument errors.
import random

r = random.Random(2024)
print(r.random(), r.randint(-5, 5), r.randrange(10), r.randrange(5, 50, 5), r.randrange(100, 0, -3))
print(r.choice(range(10**6)), r.choices(['a', 'b', 'c'], cum_weights=[1, 5, 6], k=6), r.sample(range(100), k=5, counts=None))
print(r.sample(['x', 'y'], counts=[3, 2], k=4), r.binomialvariate(10, 0.3) if hasattr(r, 'binomialvariate') else '')
print(r.getrandbits(0), r.getrandbits(1000) % 1000003, r.randbytes(0), r.randbytes(5).hex())
print(r.gauss(), r.normalvariate(), r.uniform(10, 1), r.triangular(), r.expovariate(0.5))
deck = list('AKQJ1098765432')
r.shuffle(deck); print(''.join(deck))
st = r.getstate(); x1 = [r.random() for _ in range(3)]; r.setstate(st); print(x1 == [r.random() for _ in range(3)])
r.seed(10**40); print(r.random()); r.seed(-7); print(r.random()); r.seed(0.5); print(r.random())
r2 = random.Random(); r2.seed(1, version=2); print(r2.randint(0, 10**20), r2.choice((1, 2, 3)))
print(random.Random(5).random() == random.Random(5).random(), isinstance(random.SystemRandom(), random.Random))
sr = random.SystemRandom(); v = sr.random(); print(0 <= v < 1, len(sr.randbytes(4)), 0 <= sr.randrange(10) < 10)
for seed in range(3):
    r.seed(seed); print(seed, [r.randrange(2**k) for k in (1, 8, 31, 32, 33, 64, 65)])
    r.seed(seed); print(seed, [round(r.vonmisesvariate(0, k), 12) for k in (0, 1e-7, 4)], r.gammavariate(0.5, 2), r.gammavariate(1, 2), r.betavariate(0.5, 0.5))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(r.randrange, 0)
err(r.randrange, 5, 5)
err(r.randrange, 1, 10, 0)
err(r.randrange, 1.5)
err(r.randrange, 1, 2.5)
err(r.randint, 5, 1)
err(r.choice, [])
err(r.sample, [1, 2], 3)
err(r.sample, {1, 2}, 1)
err(r.sample, [1, 2], -1)
err(r.sample, [1, 2], 1, counts=[1])
err(r.choices, [1, 2], weights=[1], k=1)
err(r.choices, [1, 2], weights=[0, 0], k=1)
err(r.choices, [], k=1)
err(r.choices, [1], weights=[1], cum_weights=[1])
err(r.getrandbits, -1)
err(r.randbytes, -1)
err(r.seed, [1, 2])
err(r.setstate, (99, (), None))
err(r.setstate, 'x')
err(r.expovariate, 0)
err(random.Random, 1, 2)
err(r.shuffle, (1, 2))
