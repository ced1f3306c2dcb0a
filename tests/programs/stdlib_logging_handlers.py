import io
import logging
import logging.handlers
import os
import queue
import tempfile
import time
import warnings


def fresh(name, handler, fmt="%(levelname)s:%(name)s:%(message)s"):
    lg = logging.getLogger(name)
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(fmt))
    lg.addHandler(handler)
    return lg


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


# MemoryHandler buffers until capacity or flushLevel
target = ListHandler()
target.setFormatter(logging.Formatter("T %(message)s"))
mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
lg = fresh("mem", mem)
lg.info("one")
lg.info("two")
print(target.records)
lg.info("three")
print(target.records)
lg.info("four")
lg.error("five")
print(target.records)
mem.close()

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg = fresh("queue", qh)
lg.warning("queued %s", "msg")
rec = q.get_nowait()
print(type(rec).__name__, rec.getMessage(), rec.msg, rec.args)
sink = ListHandler()
sink.setFormatter(logging.Formatter("L %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, sink)
listener.start()
lg.error("through listener")
lg.info("second")
listener.stop()
print(sink.records)

# files: FileHandler, RotatingFileHandler, WatchedFileHandler
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    fh = logging.FileHandler(path, mode="w", encoding="utf-8")
    lg = fresh("file", fh)
    lg.info("line one")
    lg.warning("line two é")
    fh.close()
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    print(repr(fh).replace(path, "PATH"), fh.baseFilename == path)

    rpath = os.path.join(d, "rot.log")
    rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=40, backupCount=2)
    lg = fresh("rot", rh, "%(message)s")
    for i in range(8):
        lg.info("message number %d", i)
    rh.close()
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, f.read().splitlines())

    dh = logging.FileHandler(os.path.join(d, "delayed.log"), delay=True)
    print("delayed exists before:", os.path.exists(os.path.join(d, "delayed.log")))
    lg = fresh("delayed", dh)
    lg.info("now")
    dh.close()
    print("delayed exists after:", os.path.exists(os.path.join(d, "delayed.log")))

# StreamHandler.setStream, terminator, handleError
s1, s2 = io.StringIO(), io.StringIO()
sh = logging.StreamHandler(s1)
sh.terminator = " |"
lg = fresh("stream", sh, "%(message)s")
lg.info("a")
old = sh.setStream(s2)
print(old is s1)
lg.info("b")
print(repr(s1.getvalue()), repr(s2.getvalue()))

# formatTime with a fixed clock
fmt = logging.Formatter("%(asctime)s %(msecs)03d %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
fmt.converter = time.gmtime
rec = logging.LogRecord("t", logging.INFO, "x.py", 1, "fixed", None, None)
rec.created = 86400 * 365.25 * 30 + 0.123
rec.msecs = 123.0
print(fmt.format(rec))
fmt2 = logging.Formatter("%(asctime)s|%(message)s")
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(fmt2.formatTime(rec, "%H:%M"))

# BufferingHandler
bh = logging.handlers.BufferingHandler(2)
lg = fresh("buf", bh)
lg.info("x")
print(len(bh.buffer), bh.shouldFlush(bh.buffer[0]))
lg.info("y")
print(len(bh.buffer))

# captureWarnings routes warnings to the py.warnings logger
wh = ListHandler()
wh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger("py.warnings").addHandler(wh)
logging.getLogger("py.warnings").propagate = False
logging.captureWarnings(True)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("captured!")
logging.captureWarnings(False)
print([r.replace(__file__, "FILE") for r in wh.records])

# errors in emit go to handleError -> stderr, and raiseExceptions
class Bad(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit broke")
        except Exception:
            self.handleError(record)

lg = fresh("bad", Bad())
logging.raiseExceptions = False
lg.error("swallowed")
print("still running")
logging.raiseExceptions = True
import sys
err = io.StringIO()
sys.stderr = err
lg.error("%d", "not a number")
sh2 = logging.StreamHandler(io.StringIO())
lg2 = fresh("bad2", sh2)
lg2.error("%d", "not a number")
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, "FILE").replace(logging.__file__, "LOGGING"))

# NullHandler, handler names, getHandlerByName-like lookup, level checks
nh = logging.NullHandler()
nh.set_name("nothing")
print(nh.get_name(), nh.name, logging.getLevelName(nh.level))
try:
    logging.getLogger("x").setLevel("NOTALEVEL")
except ValueError as e:
    print("ValueError", e)
try:
    logging.getLogger("x").setLevel(2.5)
except TypeError as e:
    print("TypeError", e)
print(logging.getLogger("x").manager is logging.Logger.manager)
print(sorted(n for n in logging.root.manager.loggerDict if n in ("mem", "queue", "file", "rot")))
