"""The stand-ins for CPython's C accelerators (grumpy/lib/_pickle.py,
_statistics.py): compiled in only on request, and then
behaving as the C modules do (accel/stdlib_accelerators.py, built with -I,
compared with CPython running it on its own C modules)."""
import os
import subprocess
import sys

import pytest

from grumpy.driver import modules

HERE = os.path.dirname(os.path.abspath(__file__))
PROG = os.path.join(HERE, "accel", "stdlib_accelerators.py")
ACCELS = {"pickle": "_pickle", "statistics": "_statistics"}


@pytest.mark.parametrize("pure,accel", sorted(ACCELS.items()))
def test_accelerator_only_on_request(tmp_path, pure, accel):
    prog = tmp_path / "prog.py"
    prog.write_text("import %s\n" % pure)
    main = modules.ModuleSource.load("__main__", "user", str(prog), False)
    assert accel not in {m.name for m in modules.collect(main, [str(tmp_path)])}
    mods = modules.collect(main, [str(tmp_path)], [accel])
    found = [m for m in mods if m.name == accel]
    assert found and os.path.dirname(found[0].path) == modules.OVERLAY_DIR


def test_accelerators_behave_as_cpython():
    want = subprocess.run([sys.executable, PROG], stdout=subprocess.PIPE, timeout=300, check=True).stdout
    cmd = [sys.executable, "-m", "grumpy", "run"]
    for a in sorted(ACCELS.values()):
        cmd += ["-I", a]
    got = subprocess.run(cmd + [PROG], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1200)
    assert got.stdout.decode() == want.decode(), got.stderr.decode()[-3000:]
    assert got.returncode == 0
