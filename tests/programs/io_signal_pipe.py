# Blocking pipe reads and writes on the main thread run Python signal
# handlers while they wait (CPython's EINTR retry), for os.read/os.write,
# FileIO, BufferedReader and TextIOWrapper.
import io, os, signal, threading

def arm(handler, delay=0.05):
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, delay)

def disarm():
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)

# 1. The handler feeds the pipe the reader waits on.
for label, opener in [("os.read", None),
                      ("FileIO", lambda r: io.open(r, "rb", buffering=0, closefd=False)),
                      ("BufferedReader", lambda r: io.open(r, "rb", closefd=False)),
                      ("TextIOWrapper", lambda r: io.open(r, "r", encoding="latin1", closefd=False))]:
    r, w = os.pipe()
    os.write(w, b"foo")
    arm(lambda sig, frame: os.write(w, b"bar"))
    try:
        if opener is None:
            got = os.read(r, 3) + os.read(r, 3)
        else:
            f = opener(r)
            got = f.read(6)
            f.close()
        print(label, got)
    finally:
        disarm()
        os.close(r)
        os.close(w)

# 2. The handler raises: the blocked read propagates its exception.
def boom(sig, frame):
    1 / 0

for label, opener in [("os.read", None),
                      ("BufferedReader", lambda r: io.open(r, "rb", closefd=False))]:
    r, w = os.pipe()
    arm(boom)
    try:
        if opener is None:
            os.read(r, 10)
        else:
            with opener(r) as f:
                f.read(4)
        print(label, "no exception")
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)
    finally:
        disarm()
        os.close(r)
        os.close(w)

# 3. A large write to a pipe that a thread drains only after the signal.
r, w = os.pipe()
N = 200000
chunks = []
started = threading.Event()
def drain():
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(len(b))
t = threading.Thread(target=drain)
def start_reader(sig, frame):
    started.set()
    t.start()
arm(start_reader)
try:
    wio = io.open(w, "wb", closefd=False)
    print("written", wio.write(b"x" * N))
    wio.flush()
    print("handler ran", started.is_set())
finally:
    disarm()
    os.close(w)
    t.join()
    os.close(r)
print("drained", sum(chunks))

# 4. A write into a full pipe interrupted by a raising handler.
r, w = os.pipe()
arm(boom)
try:
    os.write(w, b"y" * (4 << 20))
    print("no exception")
except ZeroDivisionError as e:
    print("os.write", type(e).__name__, e)
finally:
    disarm()
    os.close(w)
first = os.read(r, 3)
print("pipe starts", first)
os.close(r)
