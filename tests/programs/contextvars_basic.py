import contextvars


def noaddr(s):
    # Drop " at 0x..." addresses so the output is deterministic.
    out = []
    i = 0
    while i < len(s):
        if s.startswith(" at 0x", i):
            j = i + 6
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            i = j
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


def tr(label, f):
    try:
        print(label, noaddr(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, noaddr(str(e)))


var = contextvars.ContextVar("var")
dflt = contextvars.ContextVar("dflt", default=42)
tr("get unset", lambda: var.get())
print(var.get("fallback"), dflt.get(), dflt.get(7), var.name)
tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
tok2 = var.set(2)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
tr("reuse", lambda: var.reset(tok2) and None)
var.reset(tok)
print(var.get(None))
tr("other var", lambda: dflt.reset(var.set(3)))
tr("bad token", lambda: var.reset(1))
tr("new token", lambda: contextvars.Token())
tr("name", lambda: contextvars.ContextVar(1))
tr("no name", lambda: contextvars.ContextVar())
tr("kw", lambda: contextvars.ContextVar("a", x=1))
tr("ctx args", lambda: contextvars.Context(1))

var.set("outer")
ctx = contextvars.copy_context()
print(len(ctx), ctx[var], var in ctx, ctx.get(dflt, "none"), [v.name for v in ctx])


def work(n):
    var.set(n)
    dflt.set(n * 2)
    return var.get(), dflt.get()


print(ctx.run(work, 5))
print(var.get(), dflt.get(), ctx[var], ctx[dflt], len(ctx))
print(sorted((k.name, v) for k, v in ctx.items()), sorted(ctx.values(), key=str))
tr("reenter", lambda: ctx.run(lambda: ctx.run(lambda: 1)))
tr("run noargs", lambda: ctx.run())
tr("key type", lambda: ctx[1])
tr("missing", lambda: contextvars.Context()[var] and None)
empty = contextvars.Context()
print(len(empty), empty.run(lambda: var.get("empty")), var.get())
inner_tok = []


def set_in_ctx():
    inner_tok.append(var.set("inner"))


ctx2 = contextvars.copy_context()
ctx2.run(set_in_ctx)
tr("different ctx", lambda: var.reset(inner_tok[0]))
print(type(ctx).__name__, type(var).__name__, type(tok).__name__, contextvars.ContextVar.__module__)
c3 = ctx.copy()
print(c3 == ctx, c3[var])
