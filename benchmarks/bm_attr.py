"""Attribute reads and writes on instances, class attributes and modules."""


class Particle:
    kind = 3

    def __init__(self, i):
        self.x = i
        self.y = 2 * i
        self.vx = 1
        self.vy = -1


def step(ps, n):
    for _ in range(n):
        for p in ps:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
            if p.x > 1000:
                p.vx = -p.vx
            if p.y < -1000:
                p.vy = -p.vy
            p.x += Particle.kind - p.kind


def main():
    ps = [Particle(i) for i in range(100)]
    step(ps, 30000)
    checksum = 0
    for p in ps:
        checksum = (checksum * 31 + p.x * 7 + p.y + p.vx * 3 + p.vy) % 1000000007
    print("checksum", checksum)


main()
