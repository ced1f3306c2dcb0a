"""The differential oracle: run a program under CPython and under Grumpy and
compare stdout and exit status exactly, and the last line of stderr (the
exception line of a traceback).

All programs under tests/programs are linked into one Grumpy binary (each
registered as its own __main__, picked by $GRUMPY_MAIN), so the suite pays
for one Go link, not one per program.

A program may start with directive comments:
  # args: a b c        command-line arguments
  # stdin: text        standard input (\\n for newlines)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
TIMEOUT = 120


def programs():
    return sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py") and not f.startswith("_"))


def directives(path):
    args, stdin = [], ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# args:"):
                args = line[len("# args:"):].split()
            elif line.startswith("# stdin:"):
                stdin = line[len("# stdin:"):].strip().encode().decode("unicode_escape")
            elif not line.startswith("#"):
                break
    return args, stdin


def regname(prog):
    return "main:" + prog[:-3]


def build_all(names):
    """Build one binary holding every named program; returns its path."""
    from grumpy.driver import build, modules
    mains = []
    for name in names:
        path = os.path.join(PROGRAMS, name)
        src = modules.read_source(path)
        mains.append(modules.ModuleSource("__main__", path, path, src, False,
                                          regname=regname(name)))
    mods = modules.collect_many(mains, [PROGRAMS])
    return build.build(mods, multi=True)


def run(cmd, prog, env=None):
    args, stdin = directives(os.path.join(PROGRAMS, prog))
    e = dict(os.environ)
    e.update(env or {})
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONIOENCODING"] = "utf-8"
    try:
        r = subprocess.run(cmd + args, cwd=HERE, input=stdin.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=e, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout"
    return r.returncode, r.stdout, r.stderr


def run_cpython(prog):
    return run([sys.executable, os.path.join("programs", prog)], prog)


def run_grumpy(binary, prog):
    return run([binary, os.path.join("programs", prog)][:1], prog, {"GRUMPY_MAIN": regname(prog)})


def last_line(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""
