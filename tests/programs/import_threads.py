# Two threads importing the same module at once: the second waits for the
# first to finish the module's body (per-module import locks), so both see
# the whole module, and the body runs once.
import sys
import threading

barrier = threading.Barrier(4)
seen = []
lock = threading.Lock()


def worker(i):
    barrier.wait()
    import imp_sys_demo.slowinit as m
    with lock:
        seen.append((m.FIRST, getattr(m, "LAST", "partial")))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
print(sys.modules["imp_sys_demo.slowinit"].LAST)
