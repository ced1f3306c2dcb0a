# Threads and locks: workers started with _thread, joined through locks;
# results are printed only after every thread has finished.
import _thread

print(type(_thread.allocate_lock()).__name__, _thread.LockType is type(_thread.allocate_lock()))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)

# Lock basics.
lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

for call in [lambda: lock.release(),
             lambda: lock.acquire(False, 1),
             lambda: lock.acquire(True, -5),
             lambda: lock.acquire(1, 2, 3),
             lambda: lock.acquire("x"),
             lambda: _thread.start_new_thread(1, ()),
             lambda: _thread.start_new_thread(print, [1]),
             lambda: _thread.start_new_thread(print, (1,), []),
             lambda: _thread.LockType()]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

# RLock.
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release()
r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# Workers: each computes a sum and stores it; the main thread waits on
# one lock per worker.
N = 8
results = [None] * N
done = []
counter = [0]
counter_lock = _thread.allocate_lock()

def work(i, n, out, finished):
    total = 0
    for k in range(n):
        total += k * i
        with counter_lock:
            counter[0] += 1
    out[i] = total
    finished.release()

for i in range(N):
    fin = _thread.allocate_lock()
    fin.acquire()
    done.append(fin)
    ident = _thread.start_new_thread(work, (i, 1000, results), {"finished": fin})
    assert isinstance(ident, int)

for fin in done:
    fin.acquire()
print(results)
print("counter", counter[0])

# get_ident differs between threads and is stable within one.
idents = []
idl = _thread.allocate_lock()
idl.acquire()
def record():
    idents.append(_thread.get_ident())
    idents.append(_thread.get_ident())
    idl.release()
_thread.start_new_thread(record, ())
idl.acquire()
print(idents[0] == idents[1], idents[0] != _thread.get_ident(), _thread.get_ident() == _thread.get_ident())

# Thread-local data.
loc = _thread._local()
loc.value = "main"
seen = []
ll = _thread.allocate_lock()
ll.acquire()
def use_local():
    seen.append(hasattr(loc, "value"))
    loc.value = "thread"
    seen.append(loc.value)
    ll.release()
_thread.start_new_thread(use_local, ())
ll.acquire()
print(seen, loc.value)

class Counter(_thread._local):
    def __init__(self, start):
        self.n = start

c = Counter(10)
c.n += 1
out = []
cl = _thread.allocate_lock()
cl.acquire()
def bump():
    c.n += 5
    out.append(c.n)
    cl.release()
_thread.start_new_thread(bump, ())
cl.acquire()
print(out, c.n)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)

# A producer/consumer handoff with two locks.
items = []
can_put = _thread.allocate_lock()
can_get = _thread.allocate_lock()
can_get.acquire()
finished = _thread.allocate_lock()
finished.acquire()
def consumer(count):
    got = []
    for _ in range(count):
        can_get.acquire()
        got.append(items.pop())
        can_put.release()
    items.append(sum(got))
    finished.release()
_thread.start_new_thread(consumer, (5,))
for v in [3, 1, 4, 1, 5]:
    can_put.acquire()
    items.append(v)
    can_get.release()
finished.acquire()
print("consumed sum", items)
