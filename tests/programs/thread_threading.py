# The threading module (CPython's threading.py) running on the native
# _thread: Thread/join, Lock, RLock, Event, Condition, Semaphore, local,
# queue.Queue, exceptions in threads, and waiting for non-daemon threads at
# exit.
import threading
import queue

results = []
lock = threading.Lock()


def work(i):
    with lock:
        results.append(i * i)


ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), threading.active_count(), threading.current_thread().name)
print(threading.main_thread() is threading.current_thread(), threading.get_ident() == threading.main_thread().ident)

ev = threading.Event()
threading.Thread(target=ev.set).start()
print("event", ev.wait(5))

q = queue.Queue()


def produce():
    for i in range(5):
        q.put(i)


threading.Thread(target=produce).start()
print("queue", [q.get() for _ in range(5)])

cond = threading.Condition()
ready = []


def waiter():
    with cond:
        while not ready:
            cond.wait()
        ready.append("seen")


w = threading.Thread(target=waiter)
w.start()
with cond:
    ready.append("go")
    cond.notify_all()
w.join()
print("condition", ready)

local = threading.local()
local.x = 1
seen = []


def use_local():
    seen.append(getattr(local, "x", None))
    local.x = 2
    seen.append(local.x)


t = threading.Thread(target=use_local, name="T1")
t.start()
t.join()
print("local", seen, local.x, t.name, t.is_alive())


def bad():
    raise ValueError("oops")


t = threading.Thread(target=bad, name="Bad")
t.start()
t.join()

sem = threading.Semaphore(2)
with sem:
    print("semaphore", sem.acquire(blocking=False), sem.acquire(blocking=False))
sem.release()
r = threading.RLock()
with r:
    with r:
        print("rlock ok")
print("timeout", threading.Lock().acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()

barrier = threading.Barrier(3)
order = []


def at_barrier(i):
    barrier.wait()
    with lock:
        order.append(i)


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print("barrier", sorted(order))

finished = threading.Event()


def late():
    finished.wait(0.1)
    print("non-daemon thread finished after main")


threading.Thread(target=late).start()
print("main done")
