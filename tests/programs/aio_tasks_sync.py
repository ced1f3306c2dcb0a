# asyncio scheduling order and results: sleep(0) ping-pong between tasks,
# create_task/gather, Queue producer/consumer, Lock/Event/Semaphore/
# Condition hand-offs, wait_for and timeouts, cancellation, Future API and
# its messages.
import asyncio


async def pingpong():
    log = []

    async def player(name, n):
        for i in range(n):
            log.append(f"{name}{i}")
            await asyncio.sleep(0)
        return name

    res = await asyncio.gather(player("a", 4), player("b", 3), player("c", 2))
    print("pingpong", res, " ".join(log))


async def tasks_and_names():
    async def work(x):
        await asyncio.sleep(0)
        return x * x

    ts = [asyncio.create_task(work(i), name=f"w{i}") for i in range(5)]
    print("names", [t.get_name() for t in ts])
    print("done before", [t.done() for t in ts])
    print("results", await asyncio.gather(*ts))
    print("done after", [t.done() for t in ts], ts[2].result())
    t = asyncio.create_task(work(7))
    t.set_name("renamed")
    print(t.get_name(), await t)
    print(asyncio.current_task().get_name() == "Task-1")


async def queue_pipe():
    q = asyncio.Queue(maxsize=3)
    order = []

    async def producer():
        for i in range(8):
            await q.put(i)
            order.append(f"put{i}")
        await q.put(None)

    async def consumer():
        got = []
        while True:
            x = await q.get()
            q.task_done()
            if x is None:
                return got
            order.append(f"get{x}")
            got.append(x)

    _, got = await asyncio.gather(producer(), consumer())
    await q.join()
    print("queue", got, q.empty(), q.qsize())
    print("order", " ".join(order))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__name__, repr(str(e)))
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print("priority", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print("lifo", [lq.get_nowait() for _ in range(3)])
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", type(e).__name__)


async def sync_prims():
    lock = asyncio.Lock()
    log = []

    async def locked(i):
        async with lock:
            log.append(f"in{i}")
            await asyncio.sleep(0)
            log.append(f"out{i}")

    await asyncio.gather(*(locked(i) for i in range(3)))
    print("lock", " ".join(log), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        seen.append(f"wait{i}")
        await ev.wait()
        seen.append(f"woke{i}")
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set())
    ev.set()
    print("event", await asyncio.gather(*ws), " ".join(seen), ev.is_set())

    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0)
            active[0] -= 1
        return i

    print("sem", await asyncio.gather(*(limited(i) for i in range(6))), "max", active[1], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)

    cond = asyncio.Condition()
    box = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: box)
            return box.pop()

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        box.append("item")
        cond.notify()
    print("condition", await c)


async def timeouts():
    async def slow():
        await asyncio.sleep(10)

    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__, repr(str(e)), isinstance(e, TimeoutError))

    async def quick():
        await asyncio.sleep(0)
        return "quick"

    print("wait_for ok", await asyncio.wait_for(quick(), timeout=5))
    print("wait_for None", await asyncio.wait_for(quick(), None))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timeout()", type(e).__name__)
    done, pending = await asyncio.wait([asyncio.create_task(quick())], timeout=5)
    print("wait", len(done), len(pending), [t.result() for t in done])
    sl = asyncio.create_task(slow())
    done, pending = await asyncio.wait([sl], timeout=0.01)
    print("wait timeout", len(done), len(pending))
    sl.cancel()
    try:
        await sl
    except asyncio.CancelledError as e:
        print("cancelled", type(e).__name__, sl.cancelled())


async def cancellation():
    started = []

    async def victim():
        started.append(1)
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("victim saw CancelledError")
            raise
        finally:
            print("victim finally")

    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", type(e).__name__, e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception", type(e).__name__)

    async def fails():
        await asyncio.sleep(0)
        raise KeyError("bad")

    r = await asyncio.gather(fails(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print("gather", [type(x).__name__ for x in r], r[1])
    try:
        await asyncio.gather(fails(), asyncio.sleep(0))
    except KeyError as e:
        print("gather raised", type(e).__name__, e)
    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("shield raised", e)


async def futures():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("future", f.done(), f.cancelled())
    # f.result() says "Result is not set." (the C Future); Grumpy runs
    # futures.py's "Result is not ready." (no native _asyncio yet).
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("exception", type(e).__name__, e)
    calls = []
    f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
    f.set_result(41)
    print("callbacks before", calls)
    await asyncio.sleep(0)
    print("callbacks after", calls, await f)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set twice", type(e).__name__)
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    print("exception()", repr(g.exception()))
    try:
        g.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print(type(e).__name__, e)
    print("remove", h.remove_done_callback(print))
    h.cancel()
    print(h.cancelled(), h.get_loop() is loop)


async def main():
    await pingpong()
    await tasks_and_names()
    await queue_pipe()
    await sync_prims()
    await timeouts()
    await cancellation()
    await futures()
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(asyncio.sleep(0), debug=False)
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
