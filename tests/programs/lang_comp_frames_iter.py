import traceback
def f():
    return [x for x in 5]
try:
    f()
except TypeError as e:
    print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
def g():
    return {x: y for x, y in [1]}
try:
    g()
except TypeError as e:
    print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print([x for x in It()], {x for x in It()}, {x: x for x in It()})
print([x for x in [1, 2] for y in It()])
def h():
    return [x for x in (1 // 0,)]
try:
    h()
except ZeroDivisionError as e:
    print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
