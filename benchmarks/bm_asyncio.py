"""asyncio's event loop and tasks: sleep(0) ping-pong between tasks,
create_task/gather, a Queue producer/consumer, Lock/Event/Semaphore
hand-offs and wait_for."""
import asyncio


async def ticker(n, log):
    # Tasks taking turns: each sleep(0) yields to the loop.
    s = 0
    for i in range(n):
        await asyncio.sleep(0)
        s += i
    log.append(s)
    return s


async def leaf(i):
    await asyncio.sleep(0)
    return i * 2


async def spawn(n):
    # Many short tasks: Task creation, completion and gather's callbacks.
    total = 0
    for start in range(0, n, 50):
        rs = await asyncio.gather(*[leaf(i) for i in range(start, start + 50)])
        total += sum(rs)
    for i in range(n // 10):
        total += await asyncio.create_task(leaf(i))
    return total


async def queue_pipe(n):
    q = asyncio.Queue(maxsize=16)

    async def producer():
        for i in range(n):
            await q.put(i)
        await q.put(None)

    async def consumer():
        s = 0
        while True:
            x = await q.get()
            q.task_done()
            if x is None:
                return s
            s += x

    _, s = await asyncio.gather(producer(), consumer())
    return s


async def sync_prims(n):
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    counter = [0]

    async def worker(k):
        for _ in range(n):
            async with lock:
                counter[0] += k
                await asyncio.sleep(0)
            async with sem:
                await asyncio.sleep(0)

    await asyncio.gather(*[worker(k) for k in range(1, 5)])
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    for rnd in range(n // 10):
        ev.clear()
        ws = [asyncio.create_task(waiter(i)) for i in range(5)]
        await asyncio.sleep(0)
        ev.set()
        await asyncio.gather(*ws)
    return counter[0] + len(seen)


async def timeouts(n):
    hits = 0
    for i in range(n):
        hits += await asyncio.wait_for(leaf(i), timeout=10)
    return hits


async def main():
    log = []
    r1 = await asyncio.gather(*[ticker(12000, log) for _ in range(5)])
    r2 = await spawn(15000)
    r3 = await queue_pipe(60000)
    r4 = await sync_prims(3000)
    r5 = await timeouts(9000)
    return sum(r1), len(log), r2, r3, r4, r5


print(asyncio.run(main()))
