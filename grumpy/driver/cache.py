"""The per-user build cache.

Layout under the cache root ($GRUMPY_CACHE, else $XDG_CACHE_HOME/grumpy):

  work/<rt>/go.mod         one Go module per runtime location, holding every generated package
  work/<rt>/m/<key>/m.go   one package per (module name, file, source, compiler)
  work/<rt>/p/<key>/main.go  one main package per program
  bin/<key>                linked programs
  deps/<key>.json          a source file's imports, so a warm run needs no parse

Every file is written to a temporary name and renamed into place, so
concurrent runs never see a partial file; Go's own build cache is safe for
concurrent use.
"""
import hashlib
import json
import os
import tempfile


def root():
    env = os.environ.get("GRUMPY_CACHE")
    if env:
        return os.path.abspath(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "grumpy")


def digest(*parts):
    h = hashlib.sha256()
    for p in parts:
        if isinstance(p, str):
            p = p.encode("utf-8", "surrogatepass")
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()[:32]


def write_atomic(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_json(path, obj):
    write_atomic(path, json.dumps(obj))
