import io
import logging
import sys

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(lineno)d:%(funcName)s:%(message)s")
log = logging.getLogger("app")


def work(x):
    log.debug("hidden %s", x)
    log.info("working on %s", x)
    log.warning("value %d is %s", x, "odd" if x % 2 else "even")
    return x * 2


work(3)
logging.error("root error")
logging.info("root %(a)s", {"a": "mapping"})
print(stream.getvalue(), end="")
print("---")

# hierarchy, levels and propagation
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(ab.parent is a, abc.parent is ab, a.parent is logging.getLogger())
print(abc.getEffectiveLevel(), logging.getLevelName(abc.getEffectiveLevel()))
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
print(ab.getChild("c") is abc, repr(abc))
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName("NOPE"))

buf_a = io.StringIO()
ha = logging.StreamHandler(buf_a)
ha.setFormatter(logging.Formatter("[A] %(name)s %(levelname)-8s|%(message)s"))
a.addHandler(ha)
buf_b = io.StringIO()
hb = logging.StreamHandler(buf_b)
hb.setLevel(logging.CRITICAL)
hb.setFormatter(logging.Formatter("{levelname}/{name}: {message}", style="{"))
ab.addHandler(hb)
abc.error("err from c")
abc.critical("crit from c")
ab.propagate = False
abc.critical("not to A")
print(buf_a.getvalue(), end="")
print(buf_b.getvalue(), end="")
print("root saw:", stream.getvalue().count("from c"))

# filters
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


fbuf = io.StringIO()
fl = logging.getLogger("filt")
fl.propagate = False
fh = logging.StreamHandler(fbuf)
fh.setFormatter(logging.Formatter("%(message)s"))
fl.addHandler(fh)
fl.addFilter(OnlyEven())
for i in range(5):
    fl.warning("n=%d", i)
name_filter = logging.Filter("x.y")
for n in ("x.y", "x.y.z", "x.yz", "x"):
    rec = logging.LogRecord(n, logging.INFO, "f.py", 1, "m", None, None)
    print(n, bool(name_filter.filter(rec)))


def func_filter(record):
    record.msg = record.msg.upper()
    return True


fh.addFilter(func_filter)
fl.warning("n=%d shouted", 2)
print(fbuf.getvalue(), end="")

# LoggerAdapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs


abuf = io.StringIO()
al = logging.getLogger("adapt")
al.propagate = False
ah = logging.StreamHandler(abuf)
ah.setFormatter(logging.Formatter("%(levelname)s %(message)s %(tag)s"))
al.addHandler(ah)
ad = Ctx(al, {"user": "ann"})
ad.warning("hello %s", "world", extra={"tag": "T1"})
plain = logging.LoggerAdapter(al, {"tag": "T2"})
plain.error("plain adapter")
print(abuf.getvalue(), end="")

# exception() includes the traceback text
ebuf = io.StringIO()
el = logging.getLogger("exc")
el.propagate = False
eh = logging.StreamHandler(ebuf)
eh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
el.addHandler(eh)
try:
    {}["missing"]
except KeyError:
    el.exception("lookup failed for %s", "missing")
el.error("with stack", stack_info=False)
try:
    1 / 0
except ZeroDivisionError as exc:
    el.warning("caught", exc_info=exc)
for line in ebuf.getvalue().splitlines():
    print(line.replace(__file__, "FILE"))

# makeRecord / LogRecord attributes / Formatter details
rec = logging.LogRecord("r", logging.WARNING, "/p/mod.py", 12, "x=%s y=%s", ("1", 2), None, func="fn")
print(rec.getMessage(), rec.levelname, rec.levelno, rec.module, rec.filename, rec.lineno, rec.funcName)
fmt = logging.Formatter("%(module)s.%(funcName)s:%(lineno)d %(levelname)s %(message)r")
print(fmt.format(rec))
print(logging.Formatter("$levelname $message", style="$").format(rec))
for bad in ("%(nope)s", "{nope}"):
    try:
        style = "{" if bad.startswith("{") else "%"
        print(logging.Formatter(bad, style=style).format(rec))
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("x", style="!")
except ValueError as e:
    print("ValueError", e)
print(str(rec).split(",")[0])

# custom levels
logging.addLevelName(15, "VERBOSE")
vbuf = io.StringIO()
vl = logging.getLogger("verbose")
vl.propagate = False
vl.setLevel(1)
vh = logging.StreamHandler(vbuf)
vh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
vl.addHandler(vh)
vl.log(15, "custom level")
vl.log(5, "level five")
try:
    vl.log("15", "string level")
except TypeError as e:
    print("TypeError", e)
print(vbuf.getvalue(), end="")

# disable and shutdown
logging.disable(logging.WARNING)
logging.getLogger("app").warning("disabled")
logging.disable(logging.NOTSET)
logging.getLogger("app").warning("enabled again")
print(stream.getvalue().splitlines()[-1])
print(logging.getLogger("app").hasHandlers(), logging.getLogger().handlers[0].__class__.__name__)
logging.lastResort.stream  # exists
logging.getLogger("nohandler").propagate = False
logging.getLogger("nohandler").warning("last resort to stderr")
