"""The grumpy command as a user meets it."""
import os
import subprocess
import sys
import textwrap

import pytest

GRUMPY = [sys.executable, "-m", "grumpy"]


def run(args, cwd=None, input=None, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(GRUMPY + args, cwd=cwd, input=input, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=e, timeout=600)


def test_version_and_help():
    r = run(["--version"])
    assert r.returncode == 0 and r.stdout.startswith(b"grumpy ")
    r = run(["--help"])
    assert r.returncode == 0 and b"run PROG.py" in r.stdout


def test_run_file_with_argv(tmp_path):
    p = tmp_path / "prog.py"
    p.write_text("import sys\nprint(sys.argv)\n")
    r = run(["run", str(p), "a", "-x"])
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == "[%r, 'a', '-x']\n" % str(p)
    assert r.stderr == b""


def test_run_c_and_stdin():
    r = run(["run", "-c", "import sys; print(sys.argv, 6 * 7)", "q"])
    assert r.stdout == b"['-c', 'q'] 42\n", r.stderr
    r = run(["run", "-"], input=b"print('from stdin')\n")
    assert r.stdout == b"from stdin\n", r.stderr


def test_exit_status_and_traceback(tmp_path):
    p = tmp_path / "boom.py"
    p.write_text("def f():\n    raise KeyError('k')\nf()\n")
    r = run(["run", str(p)])
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith("Traceback (most recent call last):\n")
    assert 'line 2, in f\n    raise KeyError(\'k\')\n' in err
    assert err.endswith("KeyError: 'k'\n")
    r = run(["run", "-c", "import sys; sys.exit(7)"])
    assert r.returncode == 7


def test_syntax_error_as_cpython(tmp_path):
    p = tmp_path / "bad.py"
    p.write_text("x = (1,\nprint(x)\n")
    r = run(["run", str(p)])
    c = subprocess.run([sys.executable, str(p)], stderr=subprocess.PIPE)
    assert r.returncode == 1
    assert r.stderr.decode().splitlines()[-1] == c.stderr.decode().splitlines()[-1]
    assert r.stderr.decode().splitlines()[-3:] == c.stderr.decode().splitlines()[-3:]


def test_unsupported_construct_is_clean(tmp_path):
    p = tmp_path / "u.py"
    p.write_text("async def f(y):\n    return [x async for x in y]\n")
    r = run(["run", str(p)])
    assert r.returncode == 2
    assert r.stderr.decode().strip() == "grumpy: unsupported async comprehension at %s:2" % p


def test_missing_file():
    r = run(["run", "/nonexistent/prog.py"])
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1
    assert "can't open file" in r.stderr.decode()


def test_build_static_binary(tmp_path):
    p = tmp_path / "hello.py"
    p.write_text("print('built')\n")
    out = tmp_path / "hello"
    r = run(["build", str(p), "-o", str(out)])
    assert r.returncode == 0, r.stderr
    b = subprocess.run([str(out)], stdout=subprocess.PIPE, env={})
    assert b.stdout == b"built\n"
    with open(out, "rb") as f:
        data = f.read()
    assert b".interp" not in data  # static: no ELF interpreter section


def test_transpile_prints_go(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("x = 1\n")
    r = run(["transpile", str(p)])
    assert r.returncode == 0
    assert b"package m" in r.stdout and b"grumpy/runtime" in r.stdout


def test_hostile_names_and_literals(tmp_path):
    src = textwrap.dedent('''
        é = "back`quote */ \\x00 nul \\ud800 \\"q\\" \\\\"
        π_ = {"}": 1}
        def naïve(ünï=é): return len(ünï)
        print(naïve(), π_, len(é))
    ''')
    p = tmp_path / "h.py"
    p.write_text(src, encoding="utf-8")
    r = run(["run", str(p)])
    c = subprocess.run([sys.executable, str(p)], stdout=subprocess.PIPE)
    assert r.returncode == 0, r.stderr
    assert r.stdout == c.stdout


def test_warm_run_reuses_cache(tmp_path):
    cache = tmp_path / "cache"
    p = tmp_path / "w.py"
    p.write_text("print('warm')\n")
    env = {"GRUMPY_CACHE": str(cache)}
    assert run(["run", str(p)], env=env).stdout == b"warm\n"
    bins = os.listdir(cache / "bin")
    stamp = {b: os.stat(cache / "bin" / b).st_mtime_ns for b in bins}
    assert run(["run", str(p)], env=env).stdout == b"warm\n"
    assert {b: os.stat(cache / "bin" / b).st_mtime_ns for b in os.listdir(cache / "bin")} == stamp


def test_concurrent_runs_share_cache(tmp_path):
    cache = tmp_path / "cache"
    p = tmp_path / "c.py"
    p.write_text("print(sum(range(10)))\n")
    env = dict(os.environ, GRUMPY_CACHE=str(cache))
    procs = [subprocess.Popen(GRUMPY + ["run", str(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for _ in range(4)]
    for pr in procs:
        out, err = pr.communicate(timeout=600)
        assert pr.returncode == 0, err
        assert out == b"45\n"
