# input() with replaced sys.stdin/stdout/stderr: flush errors ignored,
# lost streams, EOF, non-str readline results.
import io
import sys


class BitBucket:
    def write(self, line):
        pass


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        raise OSError("flush failed")


class BadLine:
    def readline(self):
        return 42


out = sys.stdout
err = sys.stderr


def t(label, f):
    try:
        r = f()
        out.write("%s %r\n" % (label, r))
    except Exception as e:
        out.write("%s %s %s\n" % (label, type(e).__name__, e))


sys.stdin = io.StringIO("1+1\nsecond line\n    'whitespace'\nlast")
sys.stdout = BitBucket()
t("plain", input)
t("prompt", lambda: input("testing\n"))
t("ws", input)
rec = Recorder()
sys.stdout = rec
t("recorded", lambda: input(12))
out.write("prompt written %r\n" % rec.parts)
t("eof", input)
t("args", lambda: input(42, 42))
sys.stdin = BadLine()
t("badline", input)
sys.stdin = io.StringIO("x\n")
sys.stderr = Recorder()
t("stderr flush fails", input)
sys.stderr = err
sys.stdin = io.StringIO("closed\n")
sys.stdin.close()
t("closed", input)
sys.stdin = io.StringIO("a\n")
del sys.stdout
t("no stdout", lambda: input("prompt"))
sys.stdout = BitBucket()
del sys.stderr
t("no stderr", input)
sys.stderr = err
del sys.stdin
t("no stdin", lambda: input("prompt"))
sys.stdout = out
print("done")
