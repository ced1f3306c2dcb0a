import os, sys

def show(label, f, *a):
    try:
        print(label, f(*a))
    except Exception as e:
        print(label, type(e).__name__, e)

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
for name in ("spawnv", "spawnve", "spawnvp", "spawnvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe"):
    print(name, hasattr(os, name))

sh = "/bin/sh"
show("spawnv exit 7", os.spawnv, os.P_WAIT, sh, ["sh", "-c", "exit 7"])
show("spawnv tuple", os.spawnv, os.P_WAIT, sh, ("sh", "-c", "exit 0"))
show("spawnl", os.spawnl, os.P_WAIT, sh, "sh", "-c", "exit 3")
show("spawnvp", os.spawnvp, os.P_WAIT, "sh", ["sh", "-c", "exit 4"])
show("spawnlp", os.spawnlp, os.P_WAIT, "sh", "sh", "-c", "exit 5")
env = {"PATH": "/bin:/usr/bin", "MAGIC": "42"}
show("spawnve env", os.spawnve, os.P_WAIT, sh, ["sh", "-c", 'exit $MAGIC'], env)
show("spawnle env", os.spawnle, os.P_WAIT, sh, "sh", "-c", 'exit $MAGIC', env)
show("spawnvpe env", os.spawnvpe, os.P_WAIT, "sh", ["sh", "-c", 'exit $MAGIC'], env)
show("spawnlpe env", os.spawnlpe, os.P_WAIT, "sh", "sh", "-c", 'exit $MAGIC', env)
benv = {b"PATH": b"/bin:/usr/bin", b"MAGIC": b"9"}
show("spawnve bytes", os.spawnve, os.P_WAIT, sh.encode(), [b"sh", b"-c", b'exit $MAGIC'], benv)
show("killed", os.spawnv, os.P_WAIT, sh, ["sh", "-c", "kill -9 $$"])
show("missing", os.spawnv, os.P_WAIT, "/nonexistent/prog", ["prog"])
show("missing p", os.spawnvp, os.P_WAIT, "no-such-prog-xyz", ["prog"])
show("nul env", os.spawnve, os.P_WAIT, sh, ["sh", "-c", "exit 0"], {"A\0B": "x"})

pid = os.spawnv(os.P_NOWAIT, sh, ["sh", "-c", "exit 11"])
pid2, status = os.waitpid(pid, 0)
print("nowait", pid2 == pid, os.waitstatus_to_exitcode(status))
pid = os.spawnv(os.P_NOWAIT, "/nonexistent/prog", ["prog"])
pid2, status = os.waitpid(pid, 0)
print("nowait missing", pid2 == pid, os.waitstatus_to_exitcode(status))

show("empty list", os.spawnv, os.P_NOWAIT, sh, [])
show("empty tuple", os.spawnv, os.P_NOWAIT, sh, ())
show("empty first", os.spawnv, os.P_NOWAIT, sh, [""])
show("not a list", os.spawnv, os.P_NOWAIT, sh, "sh")
show("spawnl noargs", os.spawnl, os.P_NOWAIT, sh)
show("spawnle noargs", os.spawnle, os.P_NOWAIT, sh, {})

class FakePath:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
show("fspath", os.spawnv, os.P_WAIT, FakePath(sh), ["sh", "-c", "exit 2"])
# the child sees os.environ changes
os.environ["GRUMPY_SPAWN_T"] = "6"
show("environ", os.spawnv, os.P_WAIT, sh, ["sh", "-c", "exit $GRUMPY_SPAWN_T"])
