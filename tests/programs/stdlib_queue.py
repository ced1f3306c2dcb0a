# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue, maxsize, Empty/Full with
# and without timeouts, task_done/join, producer/consumer with sentinels.
import queue
import threading

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
for call in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01), lambda: q.put_nowait(3)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e), type(e).__mro__[1].__name__)
print(q.get(), q.get_nowait())
for call in (lambda: q.get(block=False), lambda: q.get(timeout=0.01), q.get_nowait):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print("lifo", [lq.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print("prio", [pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put("x")
sq.put("y", block=False, timeout=3)
print("simple", sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(type(sq).__name__, type(sq).__module__)

# producer / consumer with task_done / join
work = queue.Queue()
results = queue.Queue()


def consumer(idx):
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put((item, item * item))
        work.task_done()


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in consumers:
    c.start()
for i in range(20):
    work.put(i)
work.join()
print("all done", work.unfinished_tasks, results.qsize())
for _ in consumers:
    work.put(None)
for c in consumers:
    c.join()
collected = []
while not results.empty():
    collected.append(results.get())
print(sorted(collected)[:5], sum(v for _, v in collected))

# bounded queue blocking producer
bq = queue.Queue(maxsize=1)
got = []


def slow_consumer():
    for _ in range(5):
        got.append(bq.get())


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    bq.put(i, timeout=5)
t.join()
print("bounded", got)


# subclass hooks
class Named(queue.Queue):
    def _put(self, item):
        super()._put(item.upper())


nq = Named()
nq.put("abc")
print(nq.get())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue.__class_getitem__(int))
