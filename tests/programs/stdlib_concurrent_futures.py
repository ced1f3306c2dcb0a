# concurrent.futures: ThreadPoolExecutor map/submit/as_completed/wait,
# exceptions, cancel, shutdown, Future callbacks and states.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def boom(x):
    raise ValueError("bad %d" % x)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    f = ex.submit(boom, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e)
    print(type(f.exception()).__name__, f.exception(), f.done(), f.cancelled(), f.running())
    it = ex.map(boom, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    print(ex.submit(lambda a, b=2: a + b, 1, b=5).result())

# wait() with FIRST_COMPLETED / ALL_COMPLETED / FIRST_EXCEPTION
ev = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    fast = ex.submit(square, 5)
    slow = ex.submit(ev.wait, 5)
    done, not_done = cf.wait([fast, slow], return_when=cf.FIRST_COMPLETED)
    print(fast in done, slow in not_done, len(done), len(not_done))
    ev.set()
    done, not_done = cf.wait([fast, slow], timeout=5)
    print(len(done), len(not_done), slow.result())
    bad = ex.submit(boom, 9)
    done, not_done = cf.wait([bad], return_when=cf.FIRST_EXCEPTION)
    print(len(done), type(bad.exception()).__name__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# cancel pending work
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait, 5)
    pending = ex.submit(square, 7)
    print("cancel pending", pending.cancel(), pending.cancelled(), pending.done())
    try:
        pending.result()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
    gate.set()
    print(blocker.result(), blocker.cancel())

# timeouts
with cf.ThreadPoolExecutor(1) as ex:
    g2 = threading.Event()
    f = ex.submit(g2.wait, 5)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)
    try:
        list(cf.as_completed([f], timeout=0.01))
    except cf.TimeoutError as e:
        print("as_completed", e)
    g2.set()

# callbacks
calls = []
with cf.ThreadPoolExecutor(2) as ex:
    f = ex.submit(square, 4)
    f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
    f.result()
time.sleep(0)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(sorted(calls))

# shutdown
ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(4)))
print(names)
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)

# bare Future
fu = cf.Future()
print(fu.done(), fu.running(), fu.set_running_or_notify_cancel(), fu.running())
fu.set_result(42)
print(fu.result(), fu.done())
try:
    fu.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", e.__class__.__name__)
fe = cf.Future()
fe.set_exception(KeyError("k"))
print(repr(fe.exception()))
fc = cf.Future()
print(fc.cancel(), fc.set_running_or_notify_cancel())

# parallel accumulation under a lock
total = [0]
lk = threading.Lock()


def add(n):
    for _ in range(n):
        with lk:
            total[0] += 1


with cf.ThreadPoolExecutor(8) as ex:
    list(ex.map(add, [2000] * 8))
print("total", total[0])
