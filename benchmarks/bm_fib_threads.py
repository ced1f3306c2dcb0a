"""fib in one thread, then in two threads at once, via _thread.

Prints the results (deterministic) and, on lines starting with '#', the
throughput of two threads relative to one: about 1.0 under CPython's GIL,
up to 2.0 where threads run in parallel. benchmarks/run.py does not compare
'#' lines.
"""
import _thread
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 27


def run_threads(count):
    results = [None] * count
    locks = []

    def worker(i, done):
        results[i] = fib(N)
        done.release()

    for i in range(count):
        done = _thread.allocate_lock()
        done.acquire()
        locks.append(done)
        _thread.start_new_thread(worker, (i, done))
    for done in locks:
        done.acquire()
    return results


def main():
    t0 = time.perf_counter()
    one = run_threads(1)
    t1 = time.perf_counter()
    two = run_threads(2)
    t2 = time.perf_counter()
    print("one thread:", one)
    print("two threads:", two)
    single = 1 / (t1 - t0)
    double = 2 / (t2 - t1)
    print("# throughput ratio 2 threads / 1 thread: %.2f" % (double / single))


main()
