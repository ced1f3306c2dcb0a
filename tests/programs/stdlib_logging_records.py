import io
import logging
import sys
import threading

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter(
    "%(name)s|%(levelname)s|%(levelno)s|%(pathname)s|%(filename)s|%(module)s|%(funcName)s|%(lineno)d|"
    "%(threadName)s|%(processName)s|%(message)s"))
log = logging.getLogger("rec")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False


def clean(s):
    return s.replace(__file__, "FILE")


class Service:
    def run(self):
        log.info("in method")
        log.debug("stack follows", stack_info=True)

    def fail(self):
        try:
            raise ValueError("inner problem")
        except ValueError as e:
            raise LookupError("outer") from e


Service().run()
try:
    Service().fail()
except LookupError:
    log.exception("failed with %s", "chain")
log.exception("no active exception")
log.info("stacklevel", stacklevel=1)


def wrapper_log(msg):
    log.warning(msg, stacklevel=2)


wrapper_log("reported at caller")
t = threading.Thread(target=lambda: log.info("from thread"), name="Worker-7")
t.start()
t.join()
for line in buf.getvalue().splitlines():
    print(clean(line))

# record factory and extra fields
old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = "cf"
    return record


logging.setLogRecordFactory(factory)
buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.setFormatter(logging.Formatter("%(custom)s %(user)s %(message)s"))
lg = logging.getLogger("factory")
lg.propagate = False
lg.addHandler(h2)
lg.warning("with extra", extra={"user": "bob"})
try:
    lg.warning("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
logging.setLogRecordFactory(old_factory)
print(buf2.getvalue(), end="")

# Logger subclass via setLoggerClass
class MyLogger(logging.Logger):
    def trace(self, msg, *args):
        self.log(5, "TRACE " + msg, *args)


logging.setLoggerClass(MyLogger)
ml = logging.getLogger("custom.class")
logging.setLoggerClass(logging.Logger)
print(type(ml).__name__, type(logging.getLogger("plain.class")).__name__)
buf3 = io.StringIO()
h3 = logging.StreamHandler(buf3)
ml.addHandler(h3)
ml.setLevel(1)
ml.propagate = False
ml.trace("value=%d", 7)
print(buf3.getvalue(), end="")

# record from a dict (as socket handlers do)
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 40, "levelname": "ERROR", "name": "made"})
print(r.getMessage(), r.levelname, r.name)
print(logging.Formatter().format(r))
print(logging.BASIC_FORMAT, logging.WARN == logging.WARNING, logging.FATAL)
print(sorted(logging._nameToLevel.items(), key=lambda kv: (kv[1], kv[0])))

# formatException / formatStack / usesTime / format with style validation
f = logging.Formatter("%(message)s")
try:
    1 / 0
except ZeroDivisionError:
    print(clean(f.formatException(sys.exc_info())))
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
for fmt, style in [("%(message)", "%"), ("{message", "{"), ("$", "$"), ("no fields", "%")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print("ValueError", e)
