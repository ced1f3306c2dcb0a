# _asyncio.Task (the C module's Task): names, cancel with a message,
# cancelling/uncancel, contextvars per task, callbacks order, errors from
# bad yields, current_task/all_tasks bookkeeping, set_result refusal.
import asyncio
import contextvars
import _asyncio

print(asyncio.Task is _asyncio.Task, asyncio.Future is _asyncio.Future)
print(sorted(n for n in dir(_asyncio) if not n.startswith("__")))
print(asyncio.tasks._current_tasks is _asyncio._current_tasks)
print(type(_asyncio._all_tasks).__name__)

var = contextvars.ContextVar("var", default="-")


def show(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


async def value(x):
    await asyncio.sleep(0)
    return x


async def named():
    t = asyncio.current_task()
    return t.get_name()


async def ctx_worker(tag, log):
    var.set(tag)
    for i in range(3):
        await asyncio.sleep(0)
        log.append((tag, i, var.get()))
    return var.get()


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args))
        raise


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


async def bad_yield():
    class Odd:
        def __await__(self):
            yield 123
    await Odd()


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop, asyncio._get_running_loop() is loop)
    t = asyncio.create_task(value(1), name="first")
    print(t.get_name(), repr(t).startswith("<Task pending name='first' coro=<value() running"))
    print(await t, t.done(), t.result(), repr(t).startswith("<Task finished name='first' coro=<value() done"))
    t.set_name(99)
    print(repr(t.get_name()))
    show(lambda: t.set_result(1))
    show(lambda: t.set_exception(ValueError()))
    print(await asyncio.create_task(named(), name="n1"))
    print(t.get_coro().__name__, t._coro is t.get_coro(), t._fut_waiter, t._must_cancel, t._log_destroy_pending)

    # contextvars: each task runs in its own copy of the context.
    log = []
    var.set("main")
    r = await asyncio.gather(ctx_worker("x", log), ctx_worker("y", log))
    print(r, log, var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "given")
    t2 = asyncio.create_task(ctx_worker("z", log), context=ctx)
    print(await t2, ctx[var], var.get())

    # cancel with a message, cancelling/uncancel.
    log = []
    s = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(s.cancelling(), s.cancel("why"), s.cancelling(), s.cancel("again"), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(log, s.cancelled(), s.cancel(), s.uncancel(), s.uncancel(), s.uncancel())
    show(s.result)
    show(s.exception)

    # A task that swallows its cancellation finishes normally.
    w = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    w.cancel()
    print(await w, w.cancelled(), w.cancelling(), w.uncancel())

    # cancel() before the first step: the coroutine never runs.
    c = asyncio.create_task(value(5))
    print(c.cancel(msg="early"), c._must_cancel)
    try:
        await c
    except asyncio.CancelledError as e:
        print("early cancel", e.args, c.cancelled())

    # Errors.
    b = asyncio.create_task(bad_yield())
    try:
        await b
    except RuntimeError as e:
        print("RuntimeError", str(e).startswith("Task got bad yield: 123"))

    async def boom():
        await asyncio.sleep(0)
        raise KeyError("k")
    k = asyncio.create_task(boom())
    try:
        await k
    except KeyError as e:
        print("KeyError", e, type(k.exception()).__name__)

    # Bookkeeping.
    cur = asyncio.current_task()
    print(cur in asyncio.all_tasks(), cur.get_name(), len(asyncio.all_tasks()))
    for fn in (lambda: _asyncio._enter_task(loop, cur), lambda: _asyncio._leave_task(loop, t)):
        try:
            fn()
        except RuntimeError as e:
            print("RuntimeError", str(e)[:40], str(e).endswith("is being executed."), "does not match" in str(e))

    # Done callbacks run in order, with the task.
    order = []
    d = asyncio.create_task(value("d"))
    for i in range(4):
        d.add_done_callback(lambda fut, i=i: order.append((i, fut.result())))
    await d
    await asyncio.sleep(0)
    print(order)

    # Awaiting a Future from a task: the waiter is the future.
    f = loop.create_future()

    async def wait_f():
        return await f
    wt = asyncio.create_task(wait_f())
    await asyncio.sleep(0)
    print(wt._fut_waiter is f, len(f._callbacks), type(f._callbacks[0][0]).__name__)
    f.set_result("F")
    print(await wt, wt._fut_waiter)
    return "main done"


show(lambda: asyncio.get_running_loop())
show(lambda: _asyncio._set_running_loop())
show(lambda: _asyncio.get_running_loop(1))
print(asyncio.run(main()))


def make_bad():
    loop = asyncio.new_event_loop()
    try:
        show(lambda: asyncio.Task(1, loop=loop))
        show(lambda: asyncio.Task())
        co = value(1)
        tk = asyncio.Task(co, loop=loop, name=12)
        print(repr(tk.get_name()), type(tk.get_name()).__name__)
        try:
            tk._must_cancel = True
        except AttributeError as e:
            print("AttributeError", e)
        tk._log_destroy_pending = 0
        print(tk._log_destroy_pending)
        print(loop.run_until_complete(tk))
    finally:
        loop.close()


make_bad()


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        self.extra = "extra"


async def use_subclass():
    loop = asyncio.get_running_loop()
    t = MyTask(value(7), loop=loop, name="sub")
    r = await t
    return r, t.extra, type(t).__name__, t.get_name(), repr(t).startswith("<MyTask finished name='sub'")


print(asyncio.run(use_subclass()))
