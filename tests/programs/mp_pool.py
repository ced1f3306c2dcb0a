# multiprocessing.Pool: map/apply/imap/starmap, callbacks, errors, initializer.
import multiprocessing as mp

STATE = {"init": None}


class PoolError(Exception):
    pass


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 3:
        raise PoolError("bad item %d" % x)
    return x


def init_worker(tag):
    STATE["init"] = tag


def read_state(_):
    return STATE["init"]


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.map(square, []))
        print(pool.apply(add, (2, 3)))
        print(pool.apply(add, (), {"a": 1, "b": 5}))
        r = pool.apply_async(square, (9,))
        print(r.get(timeout=20), r.ready(), r.successful())
        print(list(pool.imap(square, range(5))))
        print(list(pool.imap(square, range(7), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(pool.starmap_async(add, [(5, 5)]).get(timeout=20))
        print(pool.map_async(square, [4, 5]).get(timeout=20))

        got = []
        r = pool.apply_async(square, (6,), callback=got.append)
        r.wait(20)
        print("callback", got)
        errs = []
        r = pool.apply_async(fail, (3,), error_callback=lambda e: errs.append(repr(e)))
        r.wait(20)
        print("error_callback", errs, r.successful())
        try:
            r.get()
        except PoolError as e:
            print("get:", type(e).__name__, e)
        try:
            pool.map(fail, range(5))
        except PoolError as e:
            print("map:", type(e).__name__, e)
        try:
            pool.apply(add, (1,))
        except TypeError as e:
            print("apply:", type(e).__name__, e)
        it = pool.imap(fail, range(5))
        out = []
        while True:
            try:
                out.append(next(it))
            except StopIteration:
                break
            except PoolError as e:
                out.append("err: %s" % e)
        print("imap:", out)

    with mp.Pool(processes=2, initializer=init_worker, initargs=("ready",)) as pool:
        print(pool.map(read_state, range(4)))

    pool = mp.Pool(2, maxtasksperchild=1)
    print(pool.map(square, range(6)))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        mp.Pool(2, initializer=5)
    except TypeError as e:
        print(type(e).__name__, e)
