"""importlib.util for Grumpy, over the binary's module registry."""
import sys

import _grumpy
from .machinery import BuiltinImporter, ModuleSpec, SourceFileLoader

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            spec = BuiltinImporter.find_spec(fullname)
            if spec is None:
                raise ValueError(f'{name}.__spec__ is None')
        return spec
    return BuiltinImporter.find_spec(fullname)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    spec = ModuleSpec(name, loader or SourceFileLoader(name, location), origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location and spec.origin:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def decode_source(source_bytes):
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    return source_bytes.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')


def cache_from_source(path, debug_override=None, *, optimization=None):
    return path + 'c'


def source_from_cache(path):
    return path[:-1] if path.endswith('.pyc') else path


def source_hash(source_bytes):
    import hashlib
    return hashlib.sha256(source_bytes).digest()[:8]
