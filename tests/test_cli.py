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
    # Every construct of Python 3.11 compiles now, so the test takes one
    # away: the lowering of `global` is removed in the compiler process,
    # and the CLI must report it as `grumpy: unsupported ...`, exit 2.
    p = tmp_path / "u.py"
    p.write_text("x = 1\ndef f():\n    global x\n    x = 2\nf()\n")
    code = ("import sys, grumpy.compiler.stmt as s; del s.StmtMixin.visit_Global; "
            "from grumpy.cli import main; sys.exit(main(['run', %r]))" % str(p))
    r = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, GRUMPY_CACHE=str(tmp_path / "cache")), timeout=600)
    assert r.returncode == 2, r.stderr
    assert r.stderr.decode().strip() == "grumpy: unsupported Global at %s:3" % p
    assert r.stdout == b""


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


def graph_names(tmp_path, monkeypatch, source, files=None):
    """The module names `grumpy run` would build into a program (no Go build)."""
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from grumpy.driver import modules
    monkeypatch.setenv("GRUMPY_CACHE", str(tmp_path / "cache"))
    for rel, text in (files or {}).items():
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text)
    p = tmp_path / "prog.py"
    p.write_text(source)
    main = modules.ModuleSource("__main__", str(p), str(p), source, False)
    return {m.name: m for m in modules.collect(main, [str(tmp_path)])}


def test_graph_follows_cheap_lazy_stdlib_imports(tmp_path, monkeypatch):
    # os.fdopen imports io and posixpath.expandvars imports re inside the
    # function; os.popen's subprocess is too big to follow unasked.
    g = graph_names(tmp_path, monkeypatch, "import os\n")
    assert {"os", "posixpath", "io", "re"} <= set(g)
    assert "subprocess" not in g
    assert g["io"].lazy and not g["os"].lazy
    # Imports under `if __name__ == "__main__":` never run in a program's
    # standard-library modules (heapq's doctest).
    g = graph_names(tmp_path, monkeypatch, "import heapq\n")
    assert "doctest" not in g and "pdb" not in g
    # A function the program calls by name brings in its lazy imports,
    # whatever their size.
    g = graph_names(tmp_path, monkeypatch, "import os\nos.popen('true').close()\n")
    assert "subprocess" in g
    g = graph_names(tmp_path, monkeypatch, "from os import popen\n")
    assert "subprocess" in g


def test_graph_follows_functions_called_at_import_time(tmp_path, monkeypatch):
    # warnings.py calls its own filterwarnings() while it is imported, and
    # filterwarnings imports re: that import is eager, whatever its size.
    g = graph_names(tmp_path, monkeypatch, "import warnings\n")
    assert {"warnings", "re"} <= set(g)
    assert not g["re"].lazy


def test_graph_bundles_codecs_named_by_the_program(tmp_path, monkeypatch):
    g = graph_names(tmp_path, monkeypatch, "print(b'a'.decode('KOI8-R'))\n")
    assert {"encodings", "encodings.aliases", "encodings.koi8_r"} <= set(g)
    g = graph_names(tmp_path, monkeypatch, "print('x'.encode('utf-8'))\n")
    assert "encodings" not in g  # a codec the runtime runs natively
    g = graph_names(tmp_path, monkeypatch, "import codecs\nprint('x'.encode('idna'))\n")
    # codecs.lookup by computed names finds the common codecs; idna's own
    # encode calls bring in punycode.
    assert {"encodings.utf_8", "encodings.latin_1", "encodings.idna", "encodings.punycode"} <= set(g)


def test_graph_namespace_packages(tmp_path, monkeypatch):
    files = {"nsp/mod.py": "X = 1\n", "nsp/sub/deep.py": "from .. import mod\n", "json/README": "not a package\n"}
    g = graph_names(tmp_path, monkeypatch, "import nsp.sub.deep\nimport json\n", files)
    assert g["nsp"].namespace and g["nsp.sub"].namespace and not g["nsp.mod"].namespace
    assert "nsp.mod" in g
    # A directory without __init__.py never hides a module found elsewhere.
    assert not g["json"].namespace and g["json"].stdlib


def test_namespace_package_runs(tmp_path):
    (tmp_path / "nsp").mkdir()
    (tmp_path / "nsp" / "mod.py").write_text("X = 7\n")
    p = tmp_path / "m.py"
    p.write_text("import nsp.mod, nsp\nprint(nsp.mod.X, nsp.__file__, type(nsp.__path__).__name__, nsp.__spec__.origin)\n")
    r = run(["run", str(p)])
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"7 None _NamespacePath None\n"


def test_run_module_as_python_dash_m(tmp_path):
    """`grumpy run -m MOD` runs a module (a package: its __main__) as
    `python3 -m MOD` does: same output, __name__, __package__, __spec__.name,
    sys.argv[0] (the module's path), relative imports."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("print('init', __name__)\n")
    (pkg / "helper.py").write_text("VALUE = 42\n")
    body = textwrap.dedent("""\
        import sys, os
        from .helper import VALUE
        print(__name__, __package__, __spec__.name, VALUE)
        print(os.path.basename(sys.argv[0]), sys.argv[1:])
        """)
    (pkg / "tool.py").write_text(body)
    (pkg / "__main__.py").write_text(body)
    (tmp_path / "data.json").write_text('{"b": [1, 2], "a": null}')
    for args in (["pkg.tool", "x", "-y"], ["pkg", "z"], ["json.tool", "--sort-keys", "data.json"]):
        c = subprocess.run([sys.executable, "-m"] + args, cwd=tmp_path, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        r = run(["run", "-m"] + args, cwd=tmp_path)
        assert (r.returncode, r.stdout) == (c.returncode, c.stdout), r.stderr
    r = run(["run", "-m", "no_such_module_here"], cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.endswith(b"No module named no_such_module_here\n")
    (tmp_path / "nomain").mkdir()
    (tmp_path / "nomain" / "__init__.py").write_text("")
    r = run(["run", "-m", "nomain"], cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.endswith(b"No module named nomain.__main__; 'nomain' is a package and cannot be "
                             b"directly executed\n")


def test_unittest_discover_imports_test_files_at_run_time(tmp_path):
    """`grumpy run -m unittest discover` finds test files the compiler never
    saw (their names are computed at run time): they are run from source by
    the run-time compiler, with unittest's own report and exit status."""
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_math_ok.py").write_text(textwrap.dedent("""\
        import unittest
        class Arith(unittest.TestCase):
            def test_add(self):
                self.assertEqual(1 + 1, 2)
            def test_sub(self):
                self.assertEqual(5 - 3, 2)
        """))
    (tests / "test_broken.py").write_text(textwrap.dedent("""\
        import unittest
        class Lists(unittest.TestCase):
            def test_eq(self):
                self.assertEqual([1, 2], [1, 3])
        """))
    args = ["unittest", "discover", "-s", str(tests)]
    c = subprocess.run([sys.executable, "-m"] + args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    r = run(["run", "-m"] + args, cwd=tmp_path)
    assert r.returncode == c.returncode == 1, r.stderr
    assert r.stderr.splitlines()[-1] == c.stderr.splitlines()[-1] == b"FAILED (failures=1)"
    assert b"AssertionError: Lists differ: [1, 2] != [1, 3]" in r.stderr
    (tests / "test_broken.py").unlink()
    r = run(["run", "-m"] + args, cwd=tmp_path)
    assert r.returncode == 0 and r.stderr.splitlines()[-1] == b"OK", r.stderr
