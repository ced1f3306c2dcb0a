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


def imported_names(source, modname, is_package, filename):
    """Absolute module names a module may import (candidates, unresolved)."""
    try:
        tree = ast.parse(source, filename)
    except (SyntaxError, ValueError):
        return []
    names = []
    pkg = modname if is_package else modname.rpartition(".")[0]
    for node in ast.walk(tree):
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


def cached_imports(source, modname, is_package, filename):
    key = cache.digest("imports-v1", source, modname, str(is_package))
    path = os.path.join(cache.root(), "deps", key + ".json")
    names = cache.read_json(path)
    if names is None:
        names = imported_names(source, modname, is_package, filename)
        cache.write_json(path, names)
    return names


def resolve(name, search_path):
    """(path, is_package) of a module in the program's tree, or None."""
    rel = name.replace(".", os.sep)
    for d in search_path:
        pkg = os.path.join(d, rel, "__init__.py")
        if os.path.isfile(pkg):
            return pkg, True
        mod = os.path.join(d, rel + ".py")
        if os.path.isfile(mod):
            return mod, False
    return None


def collect(main, search_path, includes=()):
    """All modules of the program: main first, then what it imports."""
    mods = [main]
    seen = {main.name}
    queue = [main] + []
    for inc in includes:
        queue_names = [inc]
        for n in queue_names:
            r = resolve(n, search_path)
            if r and n not in seen:
                seen.add(n)
                path, is_pkg = r
                m = ModuleSource(n, os.path.abspath(path), path, read_source(path), is_pkg)
                mods.append(m)
                queue.append(m)
    i = 0
    while i < len(queue):
        m = queue[i]
        i += 1
        for name in cached_imports(m.source, m.name, m.is_package, m.filename):
            if name in seen:
                continue
            r = resolve(name, search_path)
            if r is None:
                continue
            seen.add(name)
            path, is_pkg = r
            dep = ModuleSource(name, os.path.abspath(path), path, read_source(path), is_pkg)
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
