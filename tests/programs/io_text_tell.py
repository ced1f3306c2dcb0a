# TextIOWrapper: read/readline/tell/seek under every newline mode, with \r at
# chunk boundaries (tell() cookies carry the decoder state as in CPython),
# BufferedReader read/read1/peek/readline/seek, and w+ read/write mixing.
import io
import os
import random

rnd = random.Random(7)
p = "/tmp/grumpy_io_text_tell_%d.txt" % os.getpid()
pieces = ["abc", "\r\n", "\n", "\r", "\u20ac", "\U0001f600", "xyz" * 50, "\u00e9\u00e9", " ", "q" * 9000]
for nl in [None, "", "\n", "\r\n", "\r"]:
    text = "".join(rnd.choice(pieces) for _ in range(120))
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    log = []
    with open(p, encoding="utf-8", newline=nl) as f:
        cookies = []
        for step in range(150):
            op = rnd.randrange(6)
            if op == 0:
                log.append(("read", f.read(rnd.randrange(0, 40))[:12]))
            elif op == 1:
                log.append(("readline", f.readline()[-6:]))
            elif op == 2:
                log.append(("readline-lim", f.readline(rnd.randrange(0, 10))))
            elif op == 3:
                c = f.tell()
                cookies.append((c, f.read(5)))
                log.append(("tell", c))
                f.seek(c)
            elif op == 4 and cookies:
                c, expect = rnd.choice(cookies)
                log.append(("seek", f.seek(c) == c, f.read(5) == expect))
            elif op == 5:
                log.append(("newlines", f.newlines))
        f.seek(0)
        log.append(("all", len(f.read()), f.newlines))
    print(repr(nl), len(log))
    for item in log:
        print(" ", repr(item))

data = bytes(rnd.randrange(256) for _ in range(3000)).replace(b"\x07", b"\n")
with open(p, "wb") as f:
    f.write(data)
for size in (1, 7, 64, 8192):
    b = io.BufferedReader(io.FileIO(p), size)
    log = []
    for step in range(150):
        x = rnd.randrange(6)
        if x == 0:
            log.append(("read", len(b.read(rnd.randrange(0, 20)))))
        elif x == 1:
            log.append(("readline", len(b.readline(rnd.randrange(-1, 30)))))
        elif x == 2:
            log.append(("read1", len(b.read1(rnd.randrange(-1, 20)))))
        elif x == 3:
            log.append(("peek", len(b.peek(rnd.randrange(0, 5)))))
        elif x == 4:
            log.append(("seek", b.seek(rnd.randrange(0, 3000), rnd.randrange(0, 2)), b.tell()))
        else:
            log.append(("tell", b.tell()))
    b.close()
    print(size, log)

for mode in ("w+", "w+b"):
    binary = "b" in mode
    log = []
    with open(p, mode, **({} if binary else {"encoding": "utf-8", "newline": None})) as f:
        for step in range(120):
            op = rnd.randrange(6)
            if op == 0:
                s = rnd.choice(["abc", "\n", "x" * 100, "\u20ac", "\r\n", "yy\r"]) * rnd.randrange(1, 5)
                log.append(("w", f.write(s.encode() if binary else s)))
            elif op == 1:
                log.append(("r", f.read(rnd.randrange(0, 30))))
            elif op == 2:
                log.append(("rl", f.readline()))
            elif op == 3:
                log.append(("t", f.tell()))
            elif op == 4:
                c = f.tell()
                log.append(("s", f.seek(rnd.choice([0, c])), f.read(3)))
            else:
                log.append(("end", f.seek(0, 2)))
        f.seek(0)
        log.append(("all", len(f.read())))
    print(mode, log)
os.remove(p)
