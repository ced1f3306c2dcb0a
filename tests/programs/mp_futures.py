# concurrent.futures.ProcessPoolExecutor: map/submit, worker exceptions
# re-raised in the parent, broken pools, shutdown.
import concurrent.futures as cf
from concurrent.futures.process import BrokenProcessPool
import os

INIT = []


class WorkerError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


def cube(x):
    return x ** 3


def divide(a, b):
    return a / b


def raise_custom(code):
    raise WorkerError("custom failure", code)


def die():
    os._exit(5)


def init(tag):
    INIT.append(tag)


def get_init():
    return list(INIT)


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(8))))
        print(list(ex.map(cube, range(8), chunksize=3)))
        print(list(ex.map(divide, [10, 9], [2, 3])))
        f = ex.submit(cube, 11)
        print(f.result(timeout=20), f.done(), f.exception())
        futs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(f.result() for f in cf.as_completed(futs, timeout=20)))
        done, not_done = cf.wait(futs, timeout=20)
        print(len(done), len(not_done))

        f = ex.submit(divide, 1, 0)
        try:
            f.result(timeout=20)
        except ZeroDivisionError as e:
            print("submit:", type(e).__name__, e)
            print("cause:", type(e.__cause__).__name__)
        print(type(f.exception()).__name__)
        try:
            list(ex.map(divide, [1, 2], [1, 0]))
        except ZeroDivisionError as e:
            print("map:", type(e).__name__, e)
        f = ex.submit(raise_custom, 42)
        e = f.exception(timeout=20)
        print(type(e).__name__, e.args, e.code)
        try:
            ex.submit(divide, 1).result()
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print(type(e).__name__, e)

    with cf.ProcessPoolExecutor(max_workers=1, initializer=init, initargs=("x",)) as ex:
        print(ex.submit(get_init).result(timeout=20))

    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(die)
        try:
            f.result(timeout=20)
        except BrokenProcessPool as e:
            print(type(e).__name__, e)
        try:
            ex.submit(cube, 2)
        except BrokenProcessPool as e:
            print(type(e).__name__, e)

    for bad in (0, -1):
        try:
            cf.ProcessPoolExecutor(max_workers=bad)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        cf.ProcessPoolExecutor(initializer=3)
    except TypeError as e:
        print(type(e).__name__, e)
