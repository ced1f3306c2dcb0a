import sys
import queue as c_queue
saved = sys.modules.pop('queue')
sys.modules['_queue'] = None
import queue as py_queue
del sys.modules['_queue']
sys.modules['queue'] = saved
print(py_queue is c_queue, py_queue.SimpleQueue is c_queue.SimpleQueue)
print(py_queue.SimpleQueue.__module__, py_queue.Empty.__module__, c_queue.Empty.__module__)
q = py_queue.SimpleQueue()
q.put(1); q.put(2)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
try:
    q.get(timeout=0.01)
except py_queue.Empty as e:
    print(type(e).__name__, repr(e))
