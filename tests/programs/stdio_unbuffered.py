# PYTHONUNBUFFERED makes stdout write through: a child that ends with
# os._exit (no flush at exit, as a killed multiprocessing worker) still
# delivers what it printed. Without it, stdout to a pipe is block-buffered
# and the text is lost; reconfigure(write_through=True) sets only the text
# layer's flag (the buffer below still holds the bytes), so it is lost too.
import os
import subprocess
import sys

if len(sys.argv) > 1:
    mode = sys.argv[1]
    if mode == "reconfigure":
        sys.stdout.reconfigure(write_through=True)
    print("child", mode, "write_through:", sys.stdout.write_through)
    print("line_buffering:", sys.stdout.line_buffering)
    os._exit(0)


def child(mode, unbuffered):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    r = subprocess.run([sys.executable, __file__, mode], env=env,
                       stdout=subprocess.PIPE, text=True)
    return r.returncode, r.stdout.splitlines()


print(child("plain", False))
print(child("env", True))
print(child("reconfigure", False))
for bad in (2 ** 100, 1.5, "yes"):
    try:
        sys.stdout.reconfigure(write_through=bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
sys.stdout.reconfigure(write_through=7)
print("write_through:", sys.stdout.write_through)
sys.stdout.reconfigure(write_through=0, line_buffering=False)
print("back:", sys.stdout.write_through, sys.stdout.line_buffering)
