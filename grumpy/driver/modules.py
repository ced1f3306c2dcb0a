"""The program's import graph: which Python modules go into the binary.

Imports are found statically (every import statement anywhere in a module,
including inside functions and try blocks) and resolved against the
program's directory, native Go modules, the stdlib overlay (grumpy/lib),
the host CPython's Lib, then namespace packages. Which of a standard-library
module's imports are followed is the rule at LAZY_LIMIT below; codec
modules found by name are bundled as described at COMMON_CODECS. A name
that resolves nowhere is left out: at run time it raises
ModuleNotFoundError, exactly where CPython would, so `try: import x /
except ImportError:` fallbacks keep working.
"""
import ast
import os
import re

from . import cache, cjk_tables


class ModuleSource:
    def __init__(self, name, filename, path, source, is_package, regname=None):
        self.name = name
        self.regname = regname or name
        self.filename = filename
        self.path = path
        self.source = source
        self.is_package = is_package
        self.stdlib = False
        self.lazy = False  # brought in only by a function's import
        self.namespace = False  # a namespace package: path is its directory
        # Every function publishes its locals (frame.f_locals) because some
        # module of the program reads other frames' locals (mark_frame_locals).
        self.publish_locals = False
        # Functions deliver trace events (mark_frame_locals).
        self.trace_hooks = False

    @classmethod
    def load(cls, name, kind, path, is_pkg):
        if kind == "generated":
            # Go code generated from host data (cjk_tables): source is the
            # stub standing for it in the import graph and cache keys.
            from . import cjk_tables
            m = cls(name, "", None, cjk_tables.stub_source(name), False)
            m.stdlib = True
            m.generated = cjk_tables.go_source
            return m
        if kind == "namespace":
            m = cls(name, os.path.abspath(path), path, "", True)
            m.namespace = True
            return m
        m = cls(name, os.path.abspath(path), path, read_source(path), is_pkg)
        m.stdlib = kind == "stdlib"
        return m

    def key(self, fingerprint):
        return cache.digest(fingerprint, self.name, self.regname, self.filename, self.source, str(self.is_package),
                            "ns" if self.namespace else "", "fl" if self.publish_locals else "",
                            "tr" if self.trace_hooks else "")


# Names through which code reads the locals of frames other than its own
# (sys._getframe(1).f_locals, tb_frame.f_locals, inspect.getargvalues,
# traceback's capture_locals, unittest's tb_locals).
FRAME_LOCALS_READERS = re.compile(r"\b(?:f_locals|getargvalues|capture_locals|tb_locals)\b")
# Names through which a program installs trace or profile functions.
TRACE_USERS = re.compile(r"\b(?:settrace|setprofile|f_trace)\b")


def _program_module(m):
    return not m.stdlib or m.name == "test" or m.name.startswith("test.")


def mark_frame_locals(mods):
    """Whole-program choice of which frames publish their locals: a
    function's variables live in Go variables, so frame.f_locals can only
    show them if the function registered a locals provider at entry (a
    closure over them, which moves them to the heap). Functions that name
    locals/vars/dir/eval/exec or read their own frame always do; when one
    of the program's own modules (not the standard library's) reads other
    frames' locals, every function of the program's own modules does.
    Programs that never read f_locals pay nothing.

    Likewise, when one of them installs a trace or profile function, the
    program's own functions are compiled with the calls that deliver trace
    events (runtime/sys_trace_events.go)."""
    own = [m for m in mods if _program_module(m) and not m.namespace]
    if any(FRAME_LOCALS_READERS.search(m.source) for m in own):
        for m in own:
            m.publish_locals = True
    if any(TRACE_USERS.search(m.source) for m in own):
        for m in own:
            m.trace_hooks = True


def read_source(path):
    with open(path, "rb") as f:
        data = f.read()
    return decode_source(data)


def decode_source(data):
    import io
    import tokenize
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        enc = "utf-8"
    text = data.decode(enc, "surrogateescape")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _is_main_guard(test):
    """`__name__ == "__main__"` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = (test.left, test.comparators[0])
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides) and
            any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))


# Functions that are a module's command-line interface or self-test.
CLI_MAINS = {"main", "_main", "test", "_test", "_demo", "demo", "_cli"}


def import_nodes(tree):
    """A module's import statements in three groups: those that run when
    the module is imported, those inside function bodies (lazy), and those
    under `if __name__ == "__main__":` (run only when it is the program)."""
    top, lazy, main = [], [], []
    stack = [(n, top) for n in reversed(tree.body)]
    while stack:
        n, group = stack.pop()
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            group.append(n)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and group is top and n.name in CLI_MAINS:
            # A module's command-line entry point (`python -m mod`).
            main.extend(c for c in ast.walk(n) if isinstance(c, (ast.Import, ast.ImportFrom)))
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            lazy.extend(c for c in ast.walk(n) if isinstance(c, (ast.Import, ast.ImportFrom)))
        elif isinstance(n, ast.If) and group is top and _is_main_guard(n.test):
            main.extend(c for b in n.body for c in ast.walk(b) if isinstance(c, (ast.Import, ast.ImportFrom)))
            stack.extend((c, group) for c in reversed(n.orelse))
        else:
            stack.extend((c, group) for c in reversed(list(ast.iter_child_nodes(n)))
                         if isinstance(c, (ast.stmt, ast.excepthandler, ast.match_case)))
    return top, lazy, main


def _names_of(nodes, modname, is_package):
    """Absolute module names the import statements may import (candidates:
    `from m import x` offers m.x, which may be an attribute)."""
    names = []
    pkg = modname if is_package else modname.rpartition(".")[0]
    for node in nodes:
        if isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                for i in range(1, len(parts) + 1):
                    names.append(".".join(parts[:i]))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if modname == "__main__" or not pkg and node.level >= 1 and not is_package and "." not in modname:
                    continue
                bits = pkg.split(".") if pkg else []
                if node.level - 1 > len(bits):
                    continue
                base = ".".join(bits[:len(bits) - (node.level - 1)])
                mod = base + ("." + node.module if node.module else "") if base else (node.module or "")
            else:
                mod = node.module
            if not mod:
                continue
            parts = mod.split(".")
            for i in range(1, len(parts) + 1):
                names.append(".".join(parts[:i]))
            for a in node.names:
                if a.name != "*":
                    names.append(mod + "." + a.name)
    return list(dict.fromkeys(names))


# ---- codecs ----
#
# codecs.lookup, str.encode and bytes.decode find a codec the runtime does
# not implement natively through the encodings package, which imports
# `encodings.<name>` on demand: the driver cannot see those imports, so it
# bundles the codec modules a program names (a string constant that is an
# encoding name, in the program's own modules, or a constant encoding
# argument of an encode/decode/lookup call anywhere) and, whenever codecs
# are reachable at all, the common ones below.

COMMON_CODECS = ("ascii", "latin_1", "utf_8", "utf_8_sig", "utf_16", "utf_16_le", "utf_16_be", "utf_32",
                 "utf_32_le", "utf_32_be", "cp1252")
# Modules whose presence means a codec may be looked up by a computed name.
CODEC_USERS = ("codecs", "encodings")
_NOT_CODECS = {"__init__", "aliases", "mbcs", "oem"}
# Codecs str.encode and bytes.decode run natively (the runtime's str_codecs.go).
NATIVE_TEXT_CODECS = {"encodings." + c for c in COMMON_CODECS + ("unicode_escape", "raw_unicode_escape")}
# Codec modules bundled when a module of CPython's test package names them.
TEST_CODECS = {"encodings." + c for c in ("unicode_escape", "raw_unicode_escape", "undefined", "base64_codec",
                                          "hex_codec", "zlib_codec", "bz2_codec", "quopri_codec", "uu_codec",
                                          "rot_13", "punycode", "idna", "charmap", "utf_7", "latin_1")}
# ... and the CJK ones (test_codecencodings_*, test_multibytecodec name them in class attributes).
TEST_CODECS |= {"encodings." + c for cs in cjk_tables.MODULES.values() for c in cs}
_codec_mods = None
_ENC_CALLS = {"encode", "decode", "lookup", "getencoder", "getdecoder", "getincrementalencoder",
              "getincrementaldecoder", "getreader", "getwriter", "iterencode", "iterdecode", "open",
              "TextIOWrapper", "EncodedFile"}


def codec_module(name):
    """The encodings.* module codecs.lookup(name) imports, or None (what
    encodings.search_function does, on the host's own tables)."""
    global _codec_mods
    if not isinstance(name, str) or not 0 < len(name) <= 40 or not name.isascii():
        return None
    import encodings
    import encodings.aliases
    if _codec_mods is None:
        d = os.path.dirname(encodings.__file__)
        _codec_mods = {f[:-3] for f in os.listdir(d) if f.endswith(".py")} - _NOT_CODECS
    norm = encodings.normalize_encoding(name.lower().replace(" ", "_"))
    aliased = encodings.aliases.aliases.get(norm) or encodings.aliases.aliases.get(norm.replace(".", "_"))
    for m in (aliased, norm):
        if m and m in _codec_mods:
            return "encodings." + m
    return None


def _const_choices(e):
    """The constants an argument expression may evaluate to: a constant, or
    those of `x or 'cp437'` (zipfile's default) and `a if c else b`."""
    if isinstance(e, ast.Constant):
        return [e.value]
    if isinstance(e, ast.BoolOp):
        return [v for x in e.values for v in _const_choices(x)]
    if isinstance(e, ast.IfExp):
        return _const_choices(e.body) + _const_choices(e.orelse)
    return []


def _codec_names(tree):
    """(codec modules named by constant encoding arguments of calls,
    codec modules named by any string constant)."""
    calls, consts = set(), set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) <= 40:
            m = codec_module(n.value)
            if m:
                consts.add(m)
        elif isinstance(n, ast.Call):
            f = n.func
            fname = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            # A constant `encoding=` argument names a codec whatever the call
            # (pickle.loads(data, encoding='koi8-r')); the positional
            # arguments only of the codec calls.
            args = [k.value for k in n.keywords if k.arg == "encoding"]
            if fname in _ENC_CALLS:
                args += n.args
            for a in args:
                for v in _const_choices(a):
                    m = codec_module(v)
                    if m and not (fname in ("encode", "decode", "open", "TextIOWrapper") and m in NATIVE_TEXT_CODECS):
                        calls.add(m)
    return sorted(calls), sorted(consts)


def module_imports(source, modname, is_package, filename):
    """What a module may import: {"top": names its import runs, "lazy":
    names imported in its functions, "main": names imported under
    `if __name__ == "__main__":`, "codecs": codec modules its calls name,
    "codec_consts": codec modules any of its string constants names}."""
    try:
        tree = ast.parse(source, filename)
    except (SyntaxError, ValueError):
        return {"top": [], "lazy": [], "main": [], "codecs": [], "codec_consts": [], "func_imports": {}, "uses": [],
                "getattr_imports": {}, "dynamic": []}
    top, lazy, main = import_nodes(tree)
    calls, consts = _codec_names(tree)
    topn = _names_of(top, modname, is_package)
    seen = set(topn)
    lazyn = [n for n in _names_of(lazy, modname, is_package) if n not in seen]
    seen.update(lazyn)
    mainn = [n for n in _names_of(main, modname, is_package) if n not in seen]
    func_imports = {}
    for n in _module_functions(tree.body):
        if n.name not in CLI_MAINS:
            names = _names_of([c for c in ast.walk(n) if isinstance(c, (ast.Import, ast.ImportFrom))], modname, is_package)
            if names:
                func_imports[n.name] = names
    # A function the module itself calls while it is imported runs its
    # imports then (warnings.py calls filterwarnings, which imports re):
    # those are eager, not lazy.
    for called in sorted(_import_time_calls(tree.body)):
        for name in func_imports.get(called, ()):
            if name not in topn:
                topn.append(name)
    return {"top": topn, "lazy": lazyn, "main": mainn, "codecs": calls, "codec_consts": consts,
            "func_imports": func_imports, "uses": _module_uses(tree, modname, is_package),
            "getattr_imports": _getattr_imports(tree.body, modname, is_package),
            "dynamic": [n for n in _dynamic_imports(tree, modname, is_package) if n not in seen]}


def _dynamic_imports(tree, modname, is_package):
    """Modules named by constants of run-time imports: `import_module("m")`
    (relative with a constant package), `__import__("m", fromlist=[...])`,
    and the import statements of constant source strings given to
    exec/eval/compile. The program's own modules build these in, as the
    compiler sees an import statement."""
    names = []
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call) or not n.args:
            continue
        f = n.func
        fname = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
        first = n.args[0]
        if fname not in ("import_module", "__import__", "exec", "eval", "compile") or not (
                isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if fname in ("exec", "eval", "compile"):
            try:
                sub = ast.parse(first.value)
            except (SyntaxError, ValueError):
                continue
            names += _names_of([c for c in ast.walk(sub) if isinstance(c, (ast.Import, ast.ImportFrom))],
                               modname, is_package)
            continue
        name = first.value
        if name.startswith("."):
            pkg = n.args[1] if len(n.args) > 1 else next((k.value for k in n.keywords if k.arg == "package"), None)
            if fname != "import_module" or not (isinstance(pkg, ast.Constant) and isinstance(pkg.value, str)):
                continue
            import importlib.util
            try:
                name = importlib.util.resolve_name(name, pkg.value)
            except (ImportError, ValueError):
                continue
        parts = name.split(".")
        names += [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
        fromlist = n.args[3] if fname == "__import__" and len(n.args) > 3 else next(
            (k.value for k in n.keywords if k.arg == "fromlist"), None)
        if isinstance(fromlist, (ast.List, ast.Tuple)):
            names += [name + "." + e.value for e in fromlist.elts
                      if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value != "*"]
    return list(dict.fromkeys(names))


def _getattr_imports(body, modname, is_package):
    """{attribute: [module names]} for a module-level `__getattr__(name)`
    (PEP 562) that imports what it serves under `if name == "X":` (or
    `if name in ("X", "Y"):`): unittest's IsolatedAsyncioTestCase comes from
    unittest.async_case that way. Imports outside such a test are not
    attributed to a name."""
    out = {}
    for fn in _module_functions(body):
        if fn.name != "__getattr__" or not fn.args.args:
            continue
        arg = fn.args.args[0].arg
        stack = list(fn.body)
        while stack:
            n = stack.pop()
            if isinstance(n, ast.If):
                names = _names_tested(n.test, arg)
                if names:
                    found = _names_of([c for b in n.body for c in ast.walk(b)
                                       if isinstance(c, (ast.Import, ast.ImportFrom))], modname, is_package)
                    if found:
                        for attr in names:
                            out.setdefault(attr, []).extend(x for x in found if x not in out.get(attr, ()))
                    stack.extend(n.orelse)
                    continue
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            stack.extend(c for c in ast.iter_child_nodes(n) if isinstance(c, (ast.stmt, ast.excepthandler)))
    return out


def _names_tested(test, arg):
    """The constant strings `arg == "X"` / `arg in ("X", ...)` compares arg with."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return []
    left, right, op = test.left, test.comparators[0], test.ops[0]
    if isinstance(op, ast.Eq):
        if isinstance(right, ast.Name) and right.id == arg:
            left, right = right, left
        if isinstance(left, ast.Name) and left.id == arg and isinstance(right, ast.Constant) \
                and isinstance(right.value, str):
            return [right.value]
    elif isinstance(op, ast.In) and isinstance(left, ast.Name) and left.id == arg \
            and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _import_time_calls(body):
    """Names of the plain calls `f(...)` the module's own import executes:
    module-level statements and class bodies, not function bodies nor
    `if __name__ == "__main__":` blocks."""
    out = set()
    stack = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            # Decorators and defaults run at import time; bodies do not.
            stack.extend(getattr(n, "decorator_list", []))
            stack.extend(n.args.defaults)
            stack.extend(d for d in n.args.kw_defaults if d is not None)
            continue
        if isinstance(n, ast.If) and _is_main_guard(n.test):
            stack.extend(n.orelse)
            continue
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
            out.add(n.func.id)
        stack.extend(ast.iter_child_nodes(n))
    return out


def _module_functions(body):
    """The module-level function definitions, also those inside if/try/with
    blocks (os.popen is defined under `if sys.platform != "vxworks":`)."""
    for n in body:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield n
        elif isinstance(n, (ast.If, ast.Try, ast.With)) or type(n).__name__ == "TryStar":
            for field in ("body", "orelse", "finalbody"):
                yield from _module_functions(getattr(n, field, None) or [])
            for h in getattr(n, "handlers", None) or []:
                yield from _module_functions(h.body)


def _module_uses(tree, modname, is_package):
    """[module, name] pairs for the functions of imported modules a module
    refers to: `os.popen` after `import os`, `popen` from `from os import
    popen`, `p.popen` after `import os as p`."""
    alias = {}
    uses = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                if a.asname:
                    alias[a.asname] = a.name
                else:
                    alias[a.name.split(".")[0]] = a.name.split(".")[0]
        elif isinstance(n, ast.ImportFrom) and n.module and not n.level:
            for a in n.names:
                if a.name != "*":
                    uses.add((n.module, a.name))
                    alias[a.asname or a.name] = n.module + "." + a.name
    for n in ast.walk(tree):
        if isinstance(n, ast.Attribute):
            parts = []
            v = n
            while isinstance(v, ast.Attribute):
                parts.append(v.attr)
                v = v.value
            if isinstance(v, ast.Name) and v.id in alias:
                parts.append(alias[v.id])
                parts.reverse()
                # a.b.c.f: the module is the longest prefix, f the name.
                for i in range(len(parts) - 1, 0, -1):
                    uses.add((".".join(parts[:i]), parts[i]))
    return sorted(list(u) for u in uses)


def imported_names(source, modname, is_package, filename, toplevel_only=False):
    """Absolute module names a module may import (candidates, unresolved):
    with toplevel_only, only those its import runs."""
    d = module_imports(source, modname, is_package, filename)
    return d["top"] if toplevel_only else d["top"] + d["lazy"] + d["main"]


def cached_imports(source, modname, is_package, filename):
    key = cache.digest("imports-v11", source, modname, str(is_package))
    path = os.path.join(cache.root(), "deps", key + ".json")
    d = cache.read_json(path)
    if not isinstance(d, dict):
        d = module_imports(source, modname, is_package, filename)
        cache.write_json(path, d)
    return d


def resolve(name, search_path):
    """(path, is_package) of a module in one of the search directories, or None."""
    rel = name.replace(".", os.sep)
    for d in search_path:
        pkg = os.path.join(d, rel, "__init__.py")
        if os.path.isfile(pkg):
            return pkg, True
        mod = os.path.join(d, rel + ".py")
        if os.path.isfile(mod):
            return mod, False
    return None


def resolve_namespace(name, search_path):
    """A namespace package: a directory without __init__.py in one of the
    search directories (whose parent, for a dotted name, is itself found
    there), or None."""
    rel = name.replace(".", os.sep)
    for d in search_path:
        p = os.path.join(d, rel)
        if os.path.isdir(p) and not os.path.isfile(os.path.join(p, "__init__.py")) and all(part.isidentifier() for part in name.split(".")):
            return p
    return None


def expand_includes(includes, search_path):
    """--include names; 'pkg.*' means pkg and every module under it."""
    out = []
    for inc in includes:
        if not inc.endswith(".*"):
            out.append(inc)
            continue
        pkg = inc[:-2]
        out.append(pkg)
        r = resolve_any(pkg, search_path)
        if not r or r[0] == "native" or not r[2]:
            continue
        base = r[1] if r[0] == "namespace" else os.path.dirname(r[1])
        for dirpath, dirnames, files in os.walk(base):
            dirnames[:] = [d for d in dirnames if os.path.isfile(os.path.join(dirpath, d, "__init__.py"))]
            rel = os.path.relpath(dirpath, base)
            prefix = pkg if rel == "." else pkg + "." + rel.replace(os.sep, ".")
            if rel != ".":
                out.append(prefix)
            for fn in sorted(files):
                if fn.endswith(".py") and fn != "__init__.py":
                    out.append(prefix + "." + fn[:-3])
    return out


_native = None


def native_modules():
    """Names of the modules written in Go (registered with a Native body)."""
    global _native
    if _native is None:
        from .build import RUNTIME_DIR, fingerprint
        # Scanning the runtime's sources is cached per runtime fingerprint,
        # so a warm run reads one small file.
        path = os.path.join(cache.root(), "deps", "native-%s.json" % fingerprint())
        names = cache.read_json(path)
        if names is None:
            import re
            names = set()
            pat = re.compile(r'Name:\s*"([\w.]+)"[^}]*Native:')
            for dirpath, _, files in os.walk(RUNTIME_DIR):
                for fn in files:
                    if fn.endswith(".go") and not fn.endswith("_test.go"):
                        with open(os.path.join(dirpath, fn), encoding="utf-8") as f:
                            names.update(pat.findall(f.read()))
            names = sorted(names | {"sys", "builtins"})
            cache.write_json(path, names)
        _native = set(names)
    return _native


def stdlib_dir():
    import sysconfig
    return sysconfig.get_paths()["stdlib"]


# Host-stdlib modules never compiled in: their C-level needs (the import
# machinery, Tk, ...) have no Go counterpart; importing them raises
# ModuleNotFoundError at run time, as for any module that does not exist.
# (ctypes runs over the data-only grumpy/lib/_ctypes.py.)
EXCLUDED = {"__future__x", "antigravity", "idlelib", "tkinter", "turtle", "turtledemo",
            "lib2to3", "ensurepip", "venv", "distutils", "test", "pydoc_data", "msilib", "_pyrepl",
            "site", "sitecustomize", "usercustomize"}


OVERLAY_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib")

# Overlay modules compiled in only when named by --include: stand-ins for C
# accelerators that cost every program using the pure module if they were
# found by the import graph (grumpy/lib/_datetime.py runs datetime.py's code
# a second time; test_datetime needs it, other programs do not; likewise
# _pickle for pickle.py and _statistics for
# statistics.py).
ON_REQUEST = {"_datetime", "_pickle", "_statistics"}


def resolve_any(name, search_path, allow_test=False, requested=False):
    """Where a module comes from: ('user', path, is_pkg), ('native',),
    ('stdlib', path, is_pkg), or None. The program's own tree first, then
    native Go modules, then Grumpy's stdlib overlay (grumpy/lib), then the
    host CPython's Lib. requested: the name was given by --include (see
    ON_REQUEST)."""
    r = resolve(name, search_path)
    if r:
        return ("user",) + r
    # A requested stand-in replaces a native module of its name (_pickle:
    # the native one only offers PickleBuffer).
    if name in native_modules() and not (requested and name in ON_REQUEST):
        return ("native",)
    from .cjk_tables import MODULE_NAMES
    if name in MODULE_NAMES:
        return ("generated", None, False)
    if name not in ON_REQUEST or requested:
        r = resolve(name, [OVERLAY_DIR])
        if r:
            return ("stdlib",) + r
    top = name.split(".")[0]
    if (top in EXCLUDED or name in EXCLUDED) and not (allow_test and top == "test"):
        return None
    r = resolve(name, [stdlib_dir()])
    if r:
        return ("stdlib",) + r
    # A directory without __init__.py in the program's tree is a namespace
    # package, found only when no module or regular package has the name
    # (as CPython's path finder).
    p = resolve_namespace(name, search_path)
    if p:
        return ("namespace", p, True)
    return None


# The import graph's rule for the standard library.
#
# The program's own modules bring in every module they import anywhere.
# A standard-library module brings in what its import runs (module level,
# class bodies, try/if blocks; not `if __name__ == "__main__":` blocks
# nor a module-level main()/_test(), which never run in a Grumpy program).
# Its functions' imports (lazy imports, such as os.fdopen's `import io`)
# are followed when they are cheap: a lazily imported module joins the
# program when it, with what it imports in turn, adds at most LAZY_LIMIT
# modules and LAZY_BYTES of source to the graph; a module that joined so
# does not have its own lazy imports followed (no cascade). The rule
# is applied until nothing more joins, each round taking the candidates in
# sorted order, so the graph does not depend on the order files are read.
# A function a module calls while it is imported (warnings.py calls its
# filterwarnings, which imports re) has its imports treated as eager.
# A standard-library function the program's own code names (os.popen,
# `from os import popen`) brings in its imports whatever their size
# (follow_used).
# Tools that only run interactively (LAZY_NEVER) are never pulled in
# lazily. Anything else still needs `--include`.
LAZY_LIMIT = 12
# Lazy imports that join with their module however it joined: warnings
# shows a warning's source line through linecache (warn_explicit,
# _formatwarnmsg_impl), and warnings itself often joins lazily (re._parser
# imports it in functions), so any warning the standard library emitted
# failed with "No module named 'linecache'".
# datetime.strptime (a classmethod, so follow_used does not see it) imports
# _strptime in its body.
LAZY_ALWAYS = {"warnings": ("linecache",), "datetime": ("_strptime",)}
LAZY_BYTES = 200000
LAZY_NEVER = {"pydoc", "doctest", "pdb", "bdb", "unittest", "tkinter", "turtle", "idlelib", "webbrowser",
              "trace", "profile", "cProfile", "pstats", "timeit", "tracemalloc", "pickletools", "code", "codeop",
              "cmd", "rlcompleter", "readline", "_pyrepl", "test", "lib2to3", "pydoc_data", "modulefinder",
              "compileall", "py_compile", "tabnanny", "pyclbr", "ensurepip", "venv", "antigravity", "this",
              "site", "sysconfig", "_aix_support", "_osx_support", "_bootsubprocess", "encodings.mbcs",
              "encodings.oem", "__phello__", "__hello__", "importlib._bootstrap"}


class _Graph:
    def __init__(self, search_path, allow_test, requested=()):
        self.search_path = search_path
        self.allow_test = allow_test
        self.requested = set(requested)  # the --include names
        self.mods = []
        self.names = set()      # every name looked at: modules and names resolving nowhere
        self.info = {}          # module name -> cached_imports entry

    def load(self, name):
        """The ModuleSource for name, or None (native, or nowhere)."""
        r = resolve_any(name, self.search_path, self.allow_test, name in self.requested)
        if r is None or r[0] == "native":
            return None
        return ModuleSource.load(name, *r)

    def imports_of(self, m):
        d = self.info.get(m.name)
        if d is None:
            d = self.info[m.name] = cached_imports(m.source, m.name, m.is_package, m.filename)
        return d

    def eager(self, m):
        """The names m brings in by the eager rule."""
        d = self.imports_of(m)
        if m.stdlib:
            return d["top"]
        return d["top"] + d["lazy"] + d["main"] + d.get("dynamic", [])

    def closure(self, roots, limit=None):
        """The modules not yet in the graph that roots bring in by the eager
        rule (None when more than limit)."""
        seen = set(self.names)
        new = []
        queue = []
        # A submodule needs its packages (importing it imports them first).
        roots = [".".join(r.split(".")[:i + 1]) for r in roots for i in range(r.count(".") + 1)]
        for name in roots:
            if name in seen:
                continue
            seen.add(name)
            m = self.load(name)
            if m is not None:
                new.append(m)
                queue.append(m)
        i = 0
        while i < len(queue):
            m = queue[i]
            i += 1
            for name in self.eager(m):
                if name in seen:
                    continue
                seen.add(name)
                dep = self.load(name)
                if dep is None:
                    continue
                new.append(dep)
                queue.append(dep)
                if limit is not None and len(new) > limit:
                    return None
        return new

    def add(self, mods, names=()):
        self.names.update(names)
        for m in mods:
            self.names.add(m.name)
            self.mods.append(m)

    def add_eager(self, roots):
        new = self.closure(roots)
        self.add(new, roots)
        return new

    def lazy_candidates(self):
        out = set()
        for m in self.mods:
            if m.stdlib and not m.lazy:
                out.update(self.imports_of(m)["lazy"])
        return sorted(out - self.names)

    def follow_lazy(self):
        rejected = {}
        while True:
            grew = False
            for name in self.lazy_candidates():
                # A LAZY_NEVER package the program imports does follow its own
                # submodules' lazy imports (unittest.case: unittest._log).
                top = name.split(".")[0]
                if name in self.names or name in LAZY_NEVER or (
                        top in LAZY_NEVER and not any(m.name == top for m in self.mods)):
                    continue
                # A candidate too big now stays too big until the graph grows.
                if rejected.get(name) == len(self.mods):
                    continue
                new = self.closure([name], LAZY_LIMIT)
                if new is not None and sum(len(m.source) for m in new) > LAZY_BYTES:
                    new = None
                if new is None:
                    rejected[name] = len(self.mods)
                    continue
                for m in new:
                    m.lazy = True
                self.add(new, [name])
                grew = grew or bool(new)
            if not grew and not self.follow_always():
                return

    def follow_always(self):
        """The LAZY_ALWAYS imports of the modules in the graph; returns
        whether the graph grew."""
        wanted = sorted({n for m in self.mods for n in LAZY_ALWAYS.get(m.name, ())} - self.names)
        new = self.closure(wanted) if wanted else []
        for m in new:
            m.lazy = True  # as a lazy import: its own lazy imports are not followed
        self.add(new, wanted)
        return bool(new)

    def follow_used(self):
        """The lazy imports of the standard-library functions the program's
        own modules refer to by name (os.popen: subprocess), whatever their
        size: the program calls them."""
        wanted = set()
        for m in self.mods:
            if m.stdlib:
                continue
            for mod, name in self.imports_of(m)["uses"]:
                target = next((x for x in self.mods if x.name == mod and x.stdlib), None)
                if target is not None:
                    wanted.update(self.imports_of(target)["func_imports"].get(name, ()))
        wanted = sorted(n for n in wanted - self.names
                        if n not in LAZY_NEVER and n.split(".")[0] not in LAZY_NEVER)
        if wanted:
            self.add_eager(wanted)

    def follow_getattr(self):
        """The imports a module's `__getattr__` runs for the attributes any
        module of the program names (`unittest.IsolatedAsyncioTestCase`,
        `from unittest import IsolatedAsyncioTestCase`): see
        _getattr_imports. Returns whether the graph grew."""
        grew = False
        while True:
            served = {}
            for m in self.mods:
                ga = self.imports_of(m).get("getattr_imports")
                if ga:
                    served[m.name] = ga
            if not served:
                return grew
            wanted = set()
            for m in self.mods:
                for mod, name in self.imports_of(m)["uses"]:
                    if mod in served:
                        wanted.update(served[mod].get(name, ()))
            wanted = sorted(wanted - self.names)
            if not wanted:
                return grew
            self.add_eager(wanted)
            grew = True

    def add_codecs(self):
        """The codec modules the program may look up (see COMMON_CODECS)."""
        wanted = set()
        for m in self.mods:
            d = self.imports_of(m)
            wanted.update(d["codecs"])
            if not m.stdlib:
                wanted.update(c for c in d["codec_consts"] if c not in NATIVE_TEXT_CODECS)
            elif m.name.startswith("test."):
                # CPython's tests (compiled when asked for by name): the few
                # codecs they look up by a computed name, not every charmap.
                wanted.update(c for c in d["codec_consts"] if c in TEST_CODECS)
        if any(n in self.names for n in CODEC_USERS):
            wanted.update("encodings." + c for c in COMMON_CODECS)
        if wanted:
            wanted.update(("encodings", "encodings.aliases"))
        # The codec modules' own calls may name more codecs (idna: punycode).
        if wanted - self.names:
            self.add_eager(sorted(wanted - self.names))
            self.add_codecs()


def collect(main, search_path, includes=()):
    """All modules of the program: main first, then what it imports (see
    LAZY_LIMIT for the rule)."""
    # CPython's own test package is compiled only when asked for by name
    # (the compatibility meter does).
    allow_test = any(i == "test" or i.startswith("test.") for i in includes)
    incs = expand_includes(includes, search_path)
    g = _Graph(search_path, allow_test, incs)
    g.add([main])
    for inc in incs:
        if inc in g.names:
            continue
        m = g.load(inc)
        g.add([m] if m else [], [inc])
    g.add_eager([n for m in list(g.mods) for n in g.eager(m)])
    g.follow_used()
    g.follow_getattr()
    g.follow_lazy()
    g.add_codecs()
    g.follow_lazy()
    if g.follow_getattr():
        g.follow_lazy()
    mark_frame_locals(g.mods)
    return g.mods


def collect_many(mains, search_path):
    """The union of several programs' modules (each main registered apart)."""
    out, seen = [], {}
    for main in mains:
        for m in collect(main, search_path):
            if m.regname not in seen:
                seen[m.regname] = m
                out.append(m)
            else:
                seen[m.regname].publish_locals |= m.publish_locals
                seen[m.regname].trace_hooks |= m.trace_hooks
    return out
