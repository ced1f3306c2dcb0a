# signal: Python handlers run on the main thread, getsignal/strsignal, errors.
import os
import signal

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler", signum, signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", got, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.SIGINT, int(signal.SIGTERM), signal.NSIG)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raised", type(e).__name__)


def h2(signum, frame):
    raise ValueError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, h2)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(1000):
        pass
except ValueError as e:
    print("caught", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

for n in (1, 2, 9, 15, 17, 34, 64):
    print(n, signal.strsignal(n))
print(len(signal.valid_signals()), 32 in signal.valid_signals(), signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.alarm(0), signal.set_wakeup_fd(-1))
for f in (lambda: signal.signal(99, signal.SIG_DFL), lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
          lambda: signal.signal(signal.SIGUSR1, 5), lambda: signal.getsignal(0), lambda: signal.strsignal(65)):
    try:
        f()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.SIG_DFL, signal.SIG_IGN, signal.Handlers.SIG_IGN.value)
