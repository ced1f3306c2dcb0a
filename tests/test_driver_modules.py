"""Unit tests of the build driver's import graph (no Go build)."""
import os
import textwrap

from grumpy.driver import modules


def test_getattr_imports_by_name():
    src = textwrap.dedent('''
        def __getattr__(name):
            if name == "Lazy":
                from .impl import Lazy
                return Lazy
            elif name in ("A", "B"):
                import json
                return json
            import re
            raise AttributeError(name)
    ''')
    d = modules.module_imports(src, "pkg", True, "pkg/__init__.py")
    assert d["getattr_imports"] == {"Lazy": ["pkg", "pkg.impl", "pkg.impl.Lazy"], "A": ["json"], "B": ["json"]}


def test_getattr_imports_none():
    d = modules.module_imports("def f(name):\n    import json\n", "m", False, "m.py")
    assert d["getattr_imports"] == {}


def test_unittest_async_case_follows_its_use(tmp_path):
    prog = tmp_path / "prog.py"
    prog.write_text("import unittest\nclass T(unittest.IsolatedAsyncioTestCase):\n    pass\n")
    main = modules.ModuleSource.load("__main__", "user", str(prog), False)
    names = {m.name for m in modules.collect(main, [str(tmp_path)])}
    assert "unittest.async_case" in names
    prog.write_text("import unittest\n")
    main = modules.ModuleSource.load("__main__", "user", str(prog), False)
    names = {m.name for m in modules.collect(main, [str(tmp_path)])}
    assert "unittest.async_case" not in names


def test_datetime_accelerator_only_on_request(tmp_path):
    prog = tmp_path / "prog.py"
    prog.write_text("import datetime\n")
    main = modules.ModuleSource.load("__main__", "user", str(prog), False)
    assert "_datetime" not in {m.name for m in modules.collect(main, [str(tmp_path)])}
    mods = modules.collect(main, [str(tmp_path)], ["_datetime"])
    dt = [m for m in mods if m.name == "_datetime"]
    assert dt and os.path.dirname(dt[0].path) == modules.OVERLAY_DIR


def test_dynamic_imports_of_constants():
    src = textwrap.dedent('''
        import importlib
        def f(name):
            importlib.import_module("json.decoder")
            importlib.import_module(".leaf", "pkg.sub")
            importlib.import_module(name)
            __import__("xml.dom", fromlist=["minidom"])
            exec("import csv\\nfrom . import sibling", {})
            exec(name)
    ''')
    d = modules.module_imports(src, "pkg.mod", False, "pkg/mod.py")
    assert d["dynamic"] == ["json", "json.decoder", "pkg", "pkg.sub", "pkg.sub.leaf", "xml", "xml.dom",
                            "xml.dom.minidom", "csv", "pkg.sibling"]
