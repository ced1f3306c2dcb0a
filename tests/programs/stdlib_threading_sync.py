# threading: Thread subclass/target/args/kwargs, names, daemon, RLock,
# Condition.wait_for/notify_all, Semaphore/BoundedSemaphore, Barrier,
# Timer, local(), enumerate/active_count, lock error messages.
import threading
import time


class Worker(threading.Thread):
    def __init__(self, n, out):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.out = out

    def run(self):
        self.out.append((self.n, threading.current_thread().name))


out = []
ws = [Worker(i, out) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(out))
print([w.is_alive() for w in ws], ws[0].name, ws[0].daemon)


def f(a, b=0, *, c=1):
    out2.append(a + b + c)


out2 = []
t = threading.Thread(target=f, args=(1,), kwargs={"b": 10, "c": 100})
print(t.name.startswith("Thread-"), t.name.endswith("(f)"), t.ident is None, t.native_id is None)
t.start()
t.join()
print(out2, t.ident is not None, isinstance(t.native_id, int))
for bad in (lambda: t.start(), lambda: threading.Thread().join(), lambda: threading.current_thread().join()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)

# Lock errors
lk = threading.Lock()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    lk.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())

rl = threading.RLock()
with rl:
    with rl:
        print("rlock nested ok")
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)

# Condition.wait_for / notify_all
cond = threading.Condition()
state = {"n": 0}
seen = []


def waiter(i):
    with cond:
        ok = cond.wait_for(lambda: state["n"] >= 3, timeout=10)
        seen.append((i, ok))


ths = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for x in ths:
    x.start()
for _ in range(3):
    with cond:
        state["n"] += 1
        cond.notify_all()
for x in ths:
    x.join()
print(sorted(seen))
with cond:
    print("wait timeout", cond.wait(0.01), cond.wait_for(lambda: False, 0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)

# Semaphores
sem = threading.Semaphore(2)
active = [0]
peak = [0]
mlock = threading.Lock()


def limited():
    with sem:
        with mlock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with mlock:
            active[0] -= 1


ths = [threading.Thread(target=limited) for _ in range(6)]
for x in ths:
    x.start()
for x in ths:
    x.join()
print("peak<=2", peak[0] <= 2, active[0])
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))


def at_barrier(i):
    r = bar.wait(5)
    order.append(("idx", r))


ths = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for x in ths:
    x.start()
for x in ths:
    x.join()
print(order[0], sorted(order[1:]), bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.05)
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted")

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.finished.is_set())

# local
loc = threading.local()
loc.x = "main"
res = []


def use_local(i):
    print_missing = not hasattr(loc, "x")
    loc.x = i
    time.sleep(0.005)
    res.append((i, loc.x, print_missing))


ths = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for x in ths:
    x.start()
for x in ths:
    x.join()
print(sorted(res), loc.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


ml = MyLocal(7)
r2 = []
th = threading.Thread(target=lambda: r2.append(ml.v))
th.start()
th.join()
print(r2, ml.v)

# enumerate / active_count / Event
ev = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    ev.wait()


th = threading.Thread(target=blocker, name="blocker")
th.start()
started.wait()
names = sorted(x.name for x in threading.enumerate())
print(names, threading.active_count())
print(ev.is_set(), ev.wait(0.01))
ev.set()
th.join()
print(threading.active_count(), ev.is_set())
ev.clear()
print(ev.is_set())
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.TIMEOUT_MAX > 0, type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
