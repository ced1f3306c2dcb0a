# asyncio.run with gather, create_task, Queue, Lock, Event, wait_for.
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item * 2))
        q.task_done()

async def slow(x):
    await asyncio.sleep(0.01)
    return x * 10

async def main():
    print(await asyncio.gather(slow(1), slow(2), slow(3)))
    t = asyncio.create_task(slow(5))
    print(await t)
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(i, q, out)) for i in range(2)]
    for i in range(6):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(v for _, v in out))
    lock = asyncio.Lock()
    ev = asyncio.Event()
    async with lock:
        print("locked", lock.locked())
    async def setter():
        await asyncio.sleep(0.01); ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event", ev.is_set())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    return 42

print(asyncio.run(main()))
