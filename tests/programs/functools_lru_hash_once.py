# functools.lru_cache hashes the call's key once per call (hit, miss, eviction).
from functools import lru_cache


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __mul__(self, n):
        return self.v * n


for maxsize in (1, 2, None):
    Key.calls = 0

    @lru_cache(maxsize=maxsize)
    def f(x, y):
        return x * 3 + y

    k = Key(5)
    print(maxsize, f(k, 1), Key.calls, f.cache_info())
    print(maxsize, f(k, 1), Key.calls, f.cache_info())
    print(maxsize, f(6, 2), Key.calls, f.cache_info())
    print(maxsize, f(k, 1), Key.calls, f.cache_info())
    print(maxsize, f(k, y=1), Key.calls, f.cache_info())

    @lru_cache(maxsize=maxsize, typed=True)
    def g(x):
        return x * 2

    Key.calls = 0
    print("typed", maxsize, g(k), g(k), g(Key(5)), Key.calls, g.cache_info())
