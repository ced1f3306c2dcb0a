"""The program's import graph: which Python modules go into the binary.

Imports are found statically (every import statement anywhere in a module,
including inside functions and try blocks) and resolved against the
program's directory. A name that resolves nowhere is left out: at run time
it raises ModuleNotFoundError, exactly where CPython would, so
`try: import x / except ImportError:` fallbacks keep working.
"""
import ast
import os

from . import cache


class ModuleSource:
    def __init__(self, name, filename, path, source, is_package, regname=None):
        self.name = name
        self.regname = regname or name
        self.filename = filename
        self.path = path
        self.source = source
        self.is_package = is_package
        self.stdlib = False

    def key(self, fingerprint):
        return cache.digest(fingerprint, self.name, self.regname, self.filename, self.source, str(self.is_package))


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


def import_nodes(tree, toplevel_only):
    """Import statements of a module; with toplevel_only, only those that run
    when the module is imported (not inside function bodies)."""
    if not toplevel_only:
        yield from (n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
        return
    stack = list(tree.body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            yield n
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        else:
            stack.extend(c for c in ast.iter_child_nodes(n) if isinstance(c, ast.stmt) or isinstance(c, ast.excepthandler) or isinstance(c, ast.match_case))


def imported_names(source, modname, is_package, filename, toplevel_only=False):
    """Absolute module names a module may import (candidates, unresolved)."""
    try:
        tree = ast.parse(source, filename)
    except (SyntaxError, ValueError):
        return []
    names = []
    pkg = modname if is_package else modname.rpartition(".")[0]
    for node in import_nodes(tree, toplevel_only):
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
    seen = set()
    out = []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def cached_imports(source, modname, is_package, filename, toplevel_only=False):
    key = cache.digest("imports-v2", source, modname, str(is_package), str(toplevel_only))
    path = os.path.join(cache.root(), "deps", key + ".json")
    names = cache.read_json(path)
    if names is None:
        names = imported_names(source, modname, is_package, filename, toplevel_only)
        cache.write_json(path, names)
    return names


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
        base = os.path.dirname(r[1])
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
# machinery, ctypes, ...) have no Go counterpart; importing them raises
# ModuleNotFoundError at run time, as for any module that does not exist.
EXCLUDED = {"__future__x", "antigravity", "this", "idlelib", "tkinter", "turtle", "turtledemo", "ctypes",
            "lib2to3", "ensurepip", "venv", "distutils", "test", "pydoc_data", "msilib", "_pyrepl",
            "importlib._bootstrap_external", "site", "sitecustomize", "usercustomize"}


OVERLAY_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib")


def resolve_any(name, search_path, allow_test=False):
    """Where a module comes from: ('user', path, is_pkg), ('native',),
    ('stdlib', path, is_pkg), or None. The program's own tree first, then
    native Go modules, then Grumpy's stdlib overlay (grumpy/lib), then the
    host CPython's Lib."""
    r = resolve(name, search_path)
    if r:
        return ("user",) + r
    if name in native_modules():
        return ("native",)
    r = resolve(name, [OVERLAY_DIR])
    if r:
        return ("stdlib",) + r
    top = name.split(".")[0]
    if (top in EXCLUDED or name in EXCLUDED) and not (allow_test and top == "test"):
        return None
    r = resolve(name, [stdlib_dir()])
    if r:
        return ("stdlib",) + r
    return None


def collect(main, search_path, includes=()):
    """All modules of the program: main first, then what it imports."""
    mods = [main]
    seen = {main.name}
    queue = [main] + []
    # CPython's own test package is compiled only when asked for by name
    # (the compatibility meter does).
    allow_test = any(i == "test" or i.startswith("test.") for i in includes)
    for inc in expand_includes(includes, search_path):
        r = resolve_any(inc, search_path, allow_test)
        if r and r[0] != "native" and inc not in seen:
            seen.add(inc)
            kind, path, is_pkg = r
            m = ModuleSource(inc, os.path.abspath(path), path, read_source(path), is_pkg)
            m.stdlib = kind == "stdlib"
            mods.append(m)
            queue.append(m)
    i = 0
    while i < len(queue):
        m = queue[i]
        i += 1
        # The program's own modules bring in everything they import anywhere;
        # a standard-library module brings in what it imports when it is
        # imported (its functions' lazy imports need --include).
        for name in cached_imports(m.source, m.name, m.is_package, m.filename, toplevel_only=m.stdlib):
            if name in seen:
                continue
            seen.add(name)
            r = resolve_any(name, search_path, allow_test)
            if r is None or r[0] == "native":
                continue
            kind, path, is_pkg = r
            dep = ModuleSource(name, os.path.abspath(path), path, read_source(path), is_pkg)
            dep.stdlib = kind == "stdlib"
            mods.append(dep)
            queue.append(dep)
    return mods


def collect_many(mains, search_path):
    """The union of several programs' modules (each main registered apart)."""
    out, seen = [], set()
    for main in mains:
        for m in collect(main, search_path):
            if m.regname not in seen:
                seen.add(m.regname)
                out.append(m)
    return out
