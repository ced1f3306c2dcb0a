# multiprocessing synchronization primitives shared between processes, and
# the _multiprocessing.SemLock they are built on.
import multiprocessing as mp
import os
import time


def hold_lock(lock, started, q):
    with lock:
        started.set()
        time.sleep(0.2)
        q.put("child released")


def take_sem(sem, q, i):
    with sem:
        q.put(i)


def wait_event(ev, q):
    q.put(("event", ev.wait(20)))


def wait_cond(cond, q):
    with cond:
        q.put("waiting")
        ok = cond.wait(20)
        q.put(("notified", ok))


if __name__ == "__main__":
    lock = mp.Lock()
    started = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=hold_lock, args=(lock, started, q))
    p.start()
    started.wait(20)
    print("try while held:", lock.acquire(False), lock.acquire(timeout=0.01))
    print(lock.acquire(timeout=20))
    print(q.get(timeout=20))
    lock.release()
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print(type(e).__name__, e)

    rl = mp.RLock()
    print(rl.acquire(), rl.acquire(), rl._semlock._count())
    rl.release()
    rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print(type(e).__name__, e)

    sem = mp.Semaphore(2)
    print(sem.get_value())
    ps = [mp.Process(target=take_sem, args=(sem, q, i)) for i in range(3)]
    for x in ps:
        x.start()
    for x in ps:
        x.join()
    print(sorted(q.get(timeout=20) for _ in range(3)), sem.get_value())

    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)

    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=wait_event, args=(ev, q))
    p.start()
    ev.set()
    print(q.get(timeout=20), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set())

    cond = mp.Condition()
    p = mp.Process(target=wait_cond, args=(cond, q))
    p.start()
    print(q.get(timeout=20))
    with cond:
        cond.notify()
    print(q.get(timeout=20))
    p.join()
    try:
        cond.notify()
    except AssertionError as e:
        print(type(e).__name__, e)

    import _multiprocessing
    S = _multiprocessing.SemLock
    NAME = "/grumpy-mp-sync-%d" % os.getpid()
    print(S.SEM_VALUE_MAX, sorted(_multiprocessing.flags))
    s = S(1, 2, 5, NAME, False)
    try:
        print(s.kind, s.maxvalue, s.name == NAME, s._count(), s._get_value(), s._is_zero(), s._is_mine())
        print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(True, 0.01), s._count(), s._is_mine())
        s2 = S._rebuild(s.handle, s.kind, s.maxvalue, s.name)
        s2.release()
        print(s._get_value(), s2._get_value(), s._is_zero())
        for _ in range(4):
            s.release()
        try:
            s.release()
        except ValueError as e:
            print(type(e).__name__, e, s._get_value())
        try:
            S(1, 2, 5, NAME, False)
        except FileExistsError as e:
            print(type(e).__name__, e)
    finally:
        _multiprocessing.sem_unlink(NAME)
    for args in ((3, 1, 1, "/grumpy-mp-sync-x", True),
                 (1, -1, 1, "/grumpy-mp-sync-y", True)):
        try:
            S(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        _multiprocessing.sem_unlink(NAME)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        S._rebuild(0, 1, 1, NAME)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    r = S(0, 1, 1, NAME + "-r", True)
    print(r.name, r.acquire(), r.acquire(), r._count())
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print(type(e).__name__, e)
    print(r.__enter__(), r.__exit__(None, None, None), r._count())
