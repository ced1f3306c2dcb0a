# asyncio: gather(return_exceptions), create_task/cancel/CancelledError,
# wait_for/TimeoutError, wait(), as_completed, shield, TaskGroup, timeout(),
# Semaphore/Condition/Event, run_in_executor, to_thread, async generators
# and comprehensions, task names, the exception of a failed task.
import asyncio
import contextvars


async def val(x, delay=0.0):
    await asyncio.sleep(delay)
    return x


async def fail(msg, delay=0.0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(val(1, 0.02), val(2, 0.01), val(3)))
    res = await asyncio.gather(val(1), fail("x"), val(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res], res[1])
    try:
        await asyncio.gather(val(1), fail("first"))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())

    # cancel
    started = asyncio.Event()

    async def sleeper():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise

    t = asyncio.create_task(sleeper(), name="sleeper-task")
    print(t.get_name(), t.done())
    await started.wait()
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", type(e).__mro__[1].__name__, repr(e))
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    t2 = asyncio.create_task(val(5))
    print(await t2, t2.result(), t2.exception(), t2.cancel())
    t3 = asyncio.create_task(val(1))
    try:
        t3.result()
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    await t3

    # wait_for / timeout
    try:
        await asyncio.wait_for(val(1, 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(val("fast"), timeout=5))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(None) as cm:
        print("timeout None", cm.when(), cm.expired())

    # wait / as_completed
    gate = asyncio.Event()

    async def gated(i):
        await gate.wait()
        return i

    tasks = [asyncio.create_task(gated(0)), asyncio.create_task(gated(1)), asyncio.create_task(val(2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    gate.set()
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    order = []
    for coro in asyncio.as_completed([val("slow", 0.03), val("quick", 0.0), val("mid", 0.015)]):
        order.append(await coro)
    print(order)

    # shield
    inner = asyncio.create_task(val("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)

    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(val("a", 0.01))
        b = tg.create_task(val("b"))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("tg1"))
            tg.create_task(fail("tg2", 0.01))
            tg.create_task(val("never", 5))
    except* ValueError as eg:
        print("TaskGroup", type(eg).__name__, sorted(str(e) for e in eg.exceptions))

    # primitives
    sem = asyncio.Semaphore(2)
    running = [0, 0]

    async def limited(i):
        async with sem:
            running[0] += 1
            running[1] = max(running[1], running[0])
            await asyncio.sleep(0.005)
            running[0] -= 1
            return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", running[1])
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await c)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # queues
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])

    # executors
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, pow, 2, 10))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    try:
        await asyncio.to_thread(int, "zz")
    except ValueError as e:
        print("to_thread", e)

    # async generators / comprehensions
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i

    print([i async for i in agen(4)], {i: i * i async for i in agen(3)})
    print([await val(i) for i in range(3)])
    g = agen(2)
    print(await g.__anext__(), await anext(g), await anext(g, "end"))

    # failed task with nobody awaiting: exception retrieved later
    ft = asyncio.create_task(fail("later"))
    await asyncio.sleep(0.01)
    print(ft.done(), type(ft.exception()).__name__, ft.exception())

    # context isolation between tasks
    var = contextvars.ContextVar("var", default="unset")

    async def setvar(v):
        var.set(v)
        await asyncio.sleep(0)
        return var.get()

    var.set("main")
    print(await asyncio.gather(setvar("t1"), setvar("t2")), var.get())
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(val(1, 0), debug=False)
    asyncio.run(fail("top"))
except ValueError as e:
    print("run raised", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def inner_run():
    coro = val(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()

asyncio.run(inner_run())
