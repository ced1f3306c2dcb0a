# sys.executable run as a Python interpreter by the program itself (test.support.script_helper's way):
# -c CODE, -m MODULE, a script path, `-` (stdin), CPython's flags and option errors.
import os
import subprocess
import sys

import imp_fresh_demo.cli  # built in, so that -m can run it


def run(*args, inp=None):
    # CPython's -m searches the current directory: point it at this program's.
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(__file__)))
    r = subprocess.run([sys.executable, *args], capture_output=True, input=inp, env=env)
    out = r.stdout.decode().replace(sys.executable, "EXE")
    err = r.stderr.decode().replace(sys.executable, "EXE").strip().splitlines()
    print(tuple("FILE" if a == __file__ else a for a in args[:3]), r.returncode, repr(out), err[-1:])


if sys.argv[1:] == ["child"]:
    print("main file run again as a script")
    sys.exit(5)

run("-c", "import sys; print('hi', sys.argv)", "a", "b")
run("-X", "faulthandler", "-I", "-c", "import sys; sys.exit(3)")
run("-E", "-c", "raise ValueError('boom')")
run("-W", "error", "-c", "import sys; print(sys.warnoptions)")
run("-bb", "-c", "print(sys)")
run("-Esc", "print(1 + 1)")
run("-m", "imp_fresh_demo.cli", "7", "x")
run("-u", "-m", "imp_fresh_demo.cli")
run("-m", "nonexistent_mod_xyz")
run("-m", "imp_fresh_demo.nope")
run("-", "x", inp=b"import sys; print('stdin', sys.argv)")
run("-I", inp=b"print('stdin, no args')")
run("-Z")
run("-c")
run("--version")
run("/nonexistent/file.py")
run(__file__, "child")
print(subprocess.check_output([sys.executable, "-c", "print(6 * 7)"]))
# The child's environment is the one it was given.
print(subprocess.check_output([sys.executable, "-c", "import os; print(sorted(os.environ) == sorted(%r))"
                               % sorted(os.environ)]))
