"""Method calls on small objects (bound-method dispatch, self attribute use)."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, by):
        self.n += by
        return self.n

    def get(self):
        return self.n


def main():
    c = Counter()
    v = Vector(3, -4)
    w = Vector(-1, 2)
    total = 0
    for i in range(3_000_000):
        total += v.dot(w)
        total += c.incr(i & 7)
        if i % 100 == 0:
            total += v.scaled(i % 5).norm1()
        total += c.get() % 3
    print("total", total, "counter", c.get())


main()
