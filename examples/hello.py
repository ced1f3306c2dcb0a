"""A first Grumpy program: functions, classes, generators, exceptions."""


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


def squares(n):
    for i in range(n):
        yield i * i


if __name__ == "__main__":
    print(Greeter("world").greet())
    print(sum(squares(10)), 2 ** 100)
    try:
        {}["missing"]
    except KeyError as e:
        print("caught KeyError:", e)
