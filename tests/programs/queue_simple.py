import _queue
import queue
import threading

print(_queue.Empty.__module__, _queue.Empty.__doc__)
print(_queue.SimpleQueue.__doc__, _queue.SimpleQueue.__module__, _queue.SimpleQueue.__name__)
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
q = _queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5):
    q.put(i)
q.put_nowait("x")
q.put(item="kw", block=False, timeout=3)
print(q.empty(), q.qsize())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.get(timeout=0.01), q.get(block=True, timeout=None))
print(q.qsize(), q.empty())
for f in [lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(a=1),
          lambda: q.get(timeout=-1), lambda: q.get(False), lambda: q.get(timeout='x'),
          lambda: q.put(), lambda: q.get(1, 2, 3), lambda: q.get_nowait(1),
          lambda: q.put(1, 2, 3, 4), lambda: q.put(1, blok=1), lambda: q.get_nowait(),
          lambda: q.get(True, 0.001), lambda: q.get(timeout=0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, Exception))

class Sub(_queue.SimpleQueue):
    pass
s = Sub()
s.put(1); s.attr = 2
print(type(s).__name__, s.get(), s.attr, _queue.SimpleQueue[int])

# producer/consumer across threads
q = queue.SimpleQueue()
out = []
def consumer():
    while True:
        v = q.get()
        if v is None:
            break
        out.append(v)
th = threading.Thread(target=consumer)
th.start()
for i in range(1000):
    q.put(i)
q.put(None)
th.join()
print(len(out), sum(out), out[:5])

# a blocked getter is woken by a put from another thread
q = _queue.SimpleQueue()
t = threading.Timer(0.05, q.put, args=("late",))
t.start()
print(q.get(timeout=5))
t.join()

# queue.Queue with timeouts
qq = queue.Queue(maxsize=1)
qq.put(1)
try:
    qq.put(2, timeout=0.01)
except queue.Full as e:
    print("Full", type(e).__name__)
print(qq.get())
try:
    qq.get(timeout=0.01)
except queue.Empty as e:
    print("Empty", type(e).__module__)
import weakref
r = weakref.ref(q)
print(r() is q)
