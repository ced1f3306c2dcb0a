# subprocess (run/check_output/Popen pipes, input=, text=, errors) and
# signal (handlers via os.kill, SIGINT -> KeyboardInterrupt, alarm,
# setitimer, getsignal/default handlers).
import os
import signal
import subprocess
import time

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.run(["/bin/sh", "-c", "tr a-z A-Z"], input="shout\n", capture_output=True, text=True).stdout, end="")
print(subprocess.check_output(["/bin/sh", "-c", "printf '%s' \"$0\"", "arg0"]))
print(subprocess.check_output("echo $((6*7))", shell=True, text=True), end="")
try:
    subprocess.run(["/bin/sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode)
try:
    subprocess.check_output(["/bin/sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.output, e.returncode, e.cmd)
try:
    subprocess.run(["/nonexistent/program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["/bin/sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.1, e.cmd)
print(subprocess.call(["/bin/sh", "-c", "exit 4"]), subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via popen\n")
print(out, err, p.returncode, p.poll())
with subprocess.Popen(["/bin/sh", "-c", "echo line1; echo line2"], stdout=subprocess.PIPE, text=True) as p:
    print([line.rstrip() for line in p.stdout])
print(p.wait())
p = subprocess.Popen(["/bin/sleep", "10"])
p.terminate()
print("terminated", p.wait())
p = subprocess.Popen(["/bin/sh", "-c", "echo to-stdout 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate()[0])
r = subprocess.run(["/bin/sh", "-c", "echo $GREETING"], env={"GREETING": "hi env", "PATH": "/bin:/usr/bin"}, stdout=subprocess.PIPE)
print(r.stdout)

# signal
got = []


def handler(signum, frame):
    got.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old is signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIG_IGN, signal.SIG_DFL)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
signal.alarm(1)
print(signal.alarm(0) > 0)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.5)
print(got)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
for bad in (lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(999, handler),
            lambda: signal.signal(signal.SIGUSR1, 42)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(signal.Signals.SIGTERM, int(signal.SIGTERM), signal.strsignal(signal.SIGTERM))


def raise_in_handler(s, f):
    raise RuntimeError("from handler")


signal.signal(signal.SIGUSR2, raise_in_handler)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(1)
except RuntimeError as e:
    print("RuntimeError", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(1)
