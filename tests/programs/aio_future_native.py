# _asyncio.Future (the C module's Future): messages, states, callbacks order,
# remove_done_callback, cancel with a message, the awaitable iterator.
import asyncio
import contextvars


def show(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e)


print(asyncio.Future.__module__, asyncio.Future.__name__, asyncio.Future.__qualname__)
print(asyncio.Future, asyncio.Task, asyncio.Task.__mro__)
print(asyncio.Future[int], asyncio.Task[str])
print(hasattr(asyncio.Task, "_Task__step"), hasattr(asyncio.Task, "__step"))
print(type(asyncio.Future.__dict__["_state"]).__name__)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

show(lambda: asyncio.Future(1))
show(lambda: asyncio.Future(loop=loop, x=1))
f = asyncio.Future(loop=loop)
print(repr(f), f._state, f.done(), f.cancelled(), f._callbacks, f._result, f._exception)
print(f.get_loop() is loop, f._loop is loop, f._source_traceback, f._cancel_message)
print(f._log_traceback, f._asyncio_future_blocking)
show(f.result)
show(f.exception)
show(lambda: f.set_exception(1))
show(lambda: f.set_exception(StopIteration))
show(lambda: f.set_exception(StopIteration()))
show(lambda: f.set_exception(int))


def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except BaseException as e:
        print(what, type(e).__name__, e)


attempt("log_tb True", lambda: setattr(f, "_log_traceback", True))
attempt("log_tb False", lambda: setattr(f, "_log_traceback", False))
attempt("blocking 1", lambda: setattr(f, "_asyncio_future_blocking", 1))
print(f._asyncio_future_blocking)
f._asyncio_future_blocking = False
attempt("state", lambda: setattr(f, "_state", "X"))
attempt("loop", lambda: setattr(f, "_loop", None))
attempt("del log_tb", lambda: delattr(f, "_log_traceback"))
attempt("del blocking", lambda: delattr(f, "_asyncio_future_blocking"))
attempt("del cancel_message", lambda: delattr(f, "_cancel_message"))
show(lambda: f.add_done_callback())
show(lambda: f.add_done_callback(print, 1))
show(lambda: f.add_done_callback(print, ctx=1))
show(lambda: f.remove_done_callback())
show(lambda: f.cancel(1, 2))

# Callbacks: order, contexts, removal counts.
var = contextvars.ContextVar("var", default="default")
log = []


class cb:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, fut):
        log.append((self.tag, fut.result(), var.get()))

    def __repr__(self):
        return "cb_" + self.tag


a, b, c = cb("a"), cb("b"), cb("c")
g = loop.create_future()
g.add_done_callback(a)
ctx = contextvars.copy_context()
ctx.run(var.set, "in-ctx")
g.add_done_callback(b, context=ctx)
g.add_done_callback(c)
g.add_done_callback(a)
print(len(g._callbacks), [type(x).__name__ for x in g._callbacks[0]])
print(repr(g))
print("removed", g.remove_done_callback(a))
print("removed", g.remove_done_callback(a))
print(len(g._callbacks))
g.set_result(42)
show(lambda: g.set_result(1))
show(lambda: g.set_exception(ValueError()))
print(g._callbacks, g.result(), g.exception(), repr(g))
loop.run_until_complete(asyncio.sleep(0))
print(log)
g.add_done_callback(a)  # done: scheduled at once
loop.run_until_complete(asyncio.sleep(0))
print(log[-1])

# Exceptions.
h = loop.create_future()
h.set_exception(ValueError("bad"))
print(h._log_traceback, h._state, repr(h))
show(h.result)
print(h._log_traceback)
print(type(h.exception()).__name__, h.exception())
k = loop.create_future()
k.set_exception(KeyError)
print(repr(k.exception()))
k._log_traceback = False

# Cancellation with a message.
m = loop.create_future()
print(m.cancel(msg="stop it"), m.cancel(), m.cancelled(), m.done(), m._state, m._cancel_message)
show(m.result)
show(m.exception)
e1 = m._make_cancelled_error()
print(type(e1).__name__, e1.args)
m._cancel_message = "other"
print(m._make_cancelled_error().args)
print(repr(m))

# The awaitable iterator.
p = loop.create_future()
it = p.__await__()
print(type(it).__name__, type(it).__module__, iter(it) is it)
print(next(it) is p, p._asyncio_future_blocking)
show(lambda: next(it))
p.set_result("val")
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
show(lambda: next(it))
q = loop.create_future()
it2 = q.__await__()
show(lambda: it2.throw(1))
show(lambda: it2.throw(ValueError, 2))
show(lambda: it2.throw(KeyError("k")))
print(it2.close())

# Future subclasses keep the native machinery.
class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag="t"):
        super().__init__(loop=loop)
        self.tag = tag


mf = MyFuture(loop=loop, tag="mine")
mf.add_done_callback(lambda fut: log.append(("sub", fut.tag, type(fut).__name__)))
mf.set_result(1)
loop.run_until_complete(asyncio.sleep(0))
print(log[-1], repr(mf), isinstance(mf, asyncio.Future))


async def waiter(fut):
    return await fut


w = loop.create_future()
loop.call_soon(w.set_result, "awaited")
print(loop.run_until_complete(waiter(w)))
w2 = MyFuture(loop=loop)
loop.call_soon(w2.set_exception, RuntimeError("sub-exc"))
try:
    loop.run_until_complete(waiter(w2))
except RuntimeError as e:
    print("raised", e)

u = asyncio.Future.__new__(asyncio.Future)
show(u.result)
show(u.exception)
show(u.done)
show(u.cancelled)
show(u.get_loop)
show(lambda: u._state)
show(lambda: u._loop)
show(lambda: u.add_done_callback(print))
show(u.cancel)
show(lambda: u.set_result(1))
loop.close()
