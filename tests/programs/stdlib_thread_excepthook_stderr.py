import io, sys, threading

# threading.excepthook writes to sys.stderr, or, when that is None, to the
# stderr the thread saw when it was created.
saved = sys.stderr
buf = io.StringIO()
sys.stderr = buf

def boom():
    raise ValueError("bug")

t = threading.Thread(target=boom, name="worker")
sys.stderr = None
t.start()
t.join()
sys.stderr = saved
out = buf.getvalue()
print("Exception in thread worker:" in out, "ValueError: bug" in out, "Traceback" in out)

# no saved stderr either: silently nothing
t = threading.Thread(target=boom, name="quiet")
t._stderr = None
sys.stderr = None
t.start()
t.join()
sys.stderr = saved
print("done")

# thread=None and sys.stderr None: nothing, no error
sys.stderr = None
try:
    raise KeyError("k")
except KeyError:
    args = threading.ExceptHookArgs([*sys.exc_info(), None])
print(threading.excepthook(args))
sys.stderr = saved

buf = io.StringIO()
sys.stderr = buf
threading.excepthook(args)
sys.stderr = saved
print(buf.getvalue().startswith("Exception in thread "), buf.getvalue().splitlines()[-1])
