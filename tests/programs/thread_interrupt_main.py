# _thread.interrupt_main(signum): validation, KeyboardInterrupt in the main
# thread at once, a Python handler run for the signal, nothing when the
# signal is ignored or has its default action; sys.setswitchinterval.
import _thread
import signal
import sys

for n in (-1, 0, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(n)
        print("no error", n)
    except Exception as e:
        print(type(e).__name__, e)

try:
    _thread.interrupt_main()
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def handler(signum, frame):
    print("handler", signum == signal.SIGTERM or signum == signal.SIGINT)
    1 / 0


for sig in (signal.SIGINT, signal.SIGTERM):
    old = signal.signal(sig, handler)
    try:
        _thread.interrupt_main(sig)
        print("not interrupted")
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    finally:
        signal.signal(sig, old)

for sig in (signal.SIGINT, signal.SIGTERM):
    old = signal.getsignal(sig)
    try:
        signal.signal(sig, signal.SIG_IGN)
        _thread.interrupt_main(sig)
        signal.signal(sig, signal.SIG_DFL)
        _thread.interrupt_main(sig)
        print("no error", sig == signal.SIGINT)
    finally:
        signal.signal(sig, old)

for v in (0.0012345, 1, 0.5):
    sys.setswitchinterval(v)
    print(sys.getswitchinterval())
for v in ("a", 0, -1):
    try:
        sys.setswitchinterval(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print(type(e).__name__, e)
sys.setswitchinterval(0.005)

# From another thread: the main thread gets KeyboardInterrupt (here, in
# join), and can join the thread afterwards.
import threading

t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start()
    t.join()
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
t.join()
print(t.is_alive())
