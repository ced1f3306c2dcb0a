"""Developer tool: run one program under CPython and Grumpy and show the diff.

usage: python3 tests/difftool.py tests/programs/x.py [more.py ...]
"""
import difflib
import os
import subprocess
import sys


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                       env=dict(os.environ, PYTHONHASHSEED="0"))
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def main():
    ok = True
    for path in sys.argv[1:]:
        d, base = os.path.split(os.path.abspath(path))
        c = run([sys.executable, base], d)
        g = run([sys.executable, "-m", "grumpy", "run", base], d)
        same = c[0] == g[0] and c[1] == g[1] and (c[2].strip().splitlines() or [""])[-1:] == (g[2].strip().splitlines() or [""])[-1:]
        print("%s %s" % ("PASS" if same else "FAIL", path))
        if not same:
            ok = False
            sys.stdout.writelines(difflib.unified_diff(c[1].splitlines(True), g[1].splitlines(True), "cpython", "grumpy"))
            print("exit: cpython %s grumpy %s" % (c[0], g[0]))
            print("--- grumpy stderr:\n" + g[2][-2500:])
            print("--- cpython stderr tail:\n" + c[2][-500:])
    sys.exit(0 if ok else 1)


main()
