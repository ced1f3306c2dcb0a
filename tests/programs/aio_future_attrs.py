# Native Futures and Tasks take arbitrary attributes (the C Future has an
# instance dict) but expose no __dict__, as in CPython.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.note = "first"
fut.note += " and second"
print(fut.note, hasattr(fut, "other"))
del fut.note
for what in ("fut.note", "fut.__dict__", "vars(fut)", "delattr(fut, 'gone')"):
    try:
        print(eval(what))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


async def work():
    task = asyncio.current_task()
    task.tag = "tagged"
    await asyncio.sleep(0)
    return task.tag


task = loop.create_task(work())
print(loop.run_until_complete(task), task.tag)
fut.set_result(3)
print(fut.result(), getattr(fut, "note", "no note"))
loop.close()
