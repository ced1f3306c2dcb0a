"""Grumpy's data-only stand-in for CPython's _ctypes.

Grumpy has no foreign-function interface (no cgo, no libffi): shared
libraries cannot be loaded, so dlopen() and CDLL("libc.so.6") raise
OSError, and a function pointer can only wrap a Python callable or one of
the module's own helpers (memmove, memset, string_at, cast). Everything
about C data works as under CPython on x86-64 Linux: the simple types,
arrays, structures and unions (with _pack_ and bit fields, GCC's layout),
pointers to ctypes objects, sizeof/alignment/addressof/byref/resize,
from_buffer/from_buffer_copy over bytearray, mmap and memoryview objects,
big-endian types, and the buffer protocol (memoryview(obj), bytes(obj)).

The bytes of every instance live in the native _ctypes_data.CData base
(grumpy/go/runtime/mod_ctypes_data.go): its own storage, or a window of
the object it was made from, shared, so that multiprocessing.sharedctypes
works over its mmap'd heap.
"""

import struct as _struct
import sys as _sys
from _ctypes_data import CData as _CDataBase
import _ctypes_data

__version__ = "1.1.0"

FUNCFLAG_CDECL = 1
FUNCFLAG_PYTHONAPI = 4
FUNCFLAG_USE_ERRNO = 8
FUNCFLAG_USE_LASTERROR = 16
RTLD_LOCAL = 0
RTLD_GLOBAL = 256
CTYPES_MAX_ARGCOUNT = 1024

_NO_FFI = "Grumpy has no foreign function interface"


class ArgumentError(Exception):
    pass


_errno = 0


def get_errno():
    return _errno


def set_errno(value):
    global _errno
    old = _errno
    _errno = _index(value)
    return old


def _index(v):
    return type(v).__index__(v) if hasattr(type(v), "__index__") else _raise_index(v)


def _raise_index(v):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


# ---------------------------------------------------------------- type info

# code -> (size, alignment, struct code)
_SIMPLE = {
    "b": (1, 1, "b"), "B": (1, 1, "B"), "h": (2, 2, "h"), "H": (2, 2, "H"),
    "i": (4, 4, "i"), "I": (4, 4, "I"), "l": (8, 8, "q"), "L": (8, 8, "Q"),
    "q": (8, 8, "q"), "Q": (8, 8, "Q"), "f": (4, 4, "f"), "d": (8, 8, "d"),
    "g": (16, 16, None), "?": (1, 1, "?"), "c": (1, 1, "c"), "u": (4, 4, "I"),
    "z": (8, 8, "Q"), "Z": (8, 8, "Q"), "P": (8, 8, "Q"), "O": (8, 8, "Q"),
}
_SIMPLE_CODES = "cbBhHiIlLdfuzZqQPXOv?g"
_INT_CODES = "bBhHiIlLqQ"
_PEP3118 = {"l": "q", "L": "Q"}


class _Info:
    """What CPython keeps in a type's StgDict."""
    __slots__ = ("size", "align", "length", "proto", "fmt", "shape", "final",
                 "fields", "endian", "code", "nfields", "nbase")

    def __init__(self, size, align, fmt, length=0, proto=None, shape=(), code=None):
        self.size = size
        self.align = align
        self.fmt = fmt
        self.length = length
        self.proto = proto
        self.shape = shape
        self.final = False
        self.fields = None
        self.endian = "<"
        self.code = code
        self.nfields = 0
        self.nbase = 0


def _info(typ):
    if isinstance(typ, type):
        for k in typ.__mro__:
            i = k.__dict__.get("_b_info_")
            if i is not None:
                return i
    return None


def _type_info(tp, what):
    i = _info(tp)
    if i is None:
        if isinstance(tp, _CData):
            i = _info(type(tp))
    return i


# ---------------------------------------------------------------- metaclasses

class _CDataMeta(type):
    def from_buffer(cls, obj, offset=0):
        info = _info(cls)
        if info is None:
            raise TypeError("abstract class")
        offset = _index(offset)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        inst = cls.__new__(cls)
        r = inst._b_share(obj, offset, info.size, True)
        if r == -1:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        if r == -2:
            raise TypeError("underlying buffer is not writable")
        if r == -3:
            n = inst._b_share(obj, 0, 0, True)
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (n, info.size + offset))
        inst._b_setup(obj)
        return inst

    def from_buffer_copy(cls, obj, offset=0):
        info = _info(cls)
        if info is None:
            raise TypeError("abstract class")
        if isinstance(obj, bytes):
            data = obj
        else:
            try:
                data = memoryview(obj).cast("B").tobytes()
            except TypeError:
                raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        offset = _index(offset)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if len(data) < info.size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), info.size + offset))
        inst = cls.__new__(cls)
        inst._b_init(info.size)
        inst._b_write(0, data[offset:offset + info.size])
        inst._b_setup(None)
        return inst

    def from_address(cls, address):
        raise OSError("ctypes: from_address(): %s" % _NO_FFI)

    def in_dll(cls, dll, name):
        raise OSError("ctypes: in_dll(): %s" % _NO_FFI)

    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))

    def __mul__(cls, length):
        return _array_type(cls, length)

    def __rmul__(cls, length):
        return _array_type(cls, length)


class PyCSimpleType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if "_b_info_" in ns or (name == "_SimpleCData" and ns.get("__module__") == __name__):
            return
        code = ns.get("_type_")
        if code is None:
            if _info(cls) is None:
                raise AttributeError("class must define a '_type_' attribute")
            return
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be a string of length 1")
        if code not in _SIMPLE_CODES or code not in _SIMPLE:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of '%s'." % _SIMPLE_CODES)
        size, align, _ = _SIMPLE[code]
        info = _Info(size, align, "<" + _PEP3118.get(code, code), code=code)
        type.__setattr__(cls, "_b_info_", info)
        if code in _INT_CODES or code in "fdg":
            other = PyCSimpleType(name, (cls.__bases__[0],),
                                  {"_type_": code, "_b_info_": _swapped_info(info),
                                   "__module__": cls.__module__, "__qualname__": cls.__qualname__})
            type.__setattr__(other, "__name__", name + "_be")
            type.__setattr__(cls, "__ctype_le__", cls)
            type.__setattr__(cls, "__ctype_be__", other)
            type.__setattr__(other, "__ctype_le__", cls)
            type.__setattr__(other, "__ctype_be__", other)


def _swapped_info(info):
    s = _Info(info.size, info.align, ">" + info.fmt[1:], code=info.code)
    s.endian = ">"
    return s


class _StructMeta(_CDataMeta):
    _is_union = False

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        base = None
        for b in bases:
            bi = _info(b)
            if bi is not None and bi.fields is not None:
                base = bi
                bi.final = True
        if "_fields_" in ns:
            setattr(cls, "_fields_", ns["_fields_"])
        elif base is not None:
            i = _Info(base.size, base.align, base.fmt)
            i.fields = base.fields
            i.nfields = base.nfields
            i.nbase = base.nfields
            type.__setattr__(cls, "_b_info_", i)
        elif _info(cls) is None or cls.__dict__.get("_b_info_") is None:
            i = _Info(0, 1, "B")
            type.__setattr__(cls, "_b_info_", i)

    def __setattr__(cls, name, value):
        if name == "_fields_":
            own = cls.__dict__.get("_b_info_")
            type.__setattr__(cls, name, value)
            if own is not None and own.final:
                raise AttributeError("_fields_ is final")
            _layout(cls, value)
            return
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name == "_fields_":
            raise AttributeError("cannot delete _fields_")
        type.__delattr__(cls, name)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    _is_union = True


class CField:
    """A structure or union field: a data descriptor."""
    __slots__ = ("offset", "size", "_type", "_bits", "_bitofs", "_index", "_name")

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj._b_get_field(self)

    def __set__(self, obj, value):
        obj._b_set_field(self, value)

    def __repr__(self):
        name = self._type.__name__
        if self._bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (name, self.offset, self._bitofs, self._bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (name, self.offset, self.size)


_BITFIELD_CODES = "bBhHiIlLqQ?"


def _layout(cls, fields):
    union = type(cls)._is_union
    try:
        seq = list(fields)
    except TypeError:
        raise TypeError("_fields_ must be a sequence of pairs")
    pack = getattr(cls, "_pack_", 0)
    if not isinstance(pack, int) or pack < 0:
        raise ValueError("_pack_ must be a non-negative integer")
    swapped = "_swappedbytes_" in dir(cls)
    base = None
    for b in cls.__bases__:
        bi = _info(b)
        if bi is not None and bi.fields is not None:
            base = bi
    if base is not None:
        size = offset = base.size
        total_align = align = base.align
        all_fields = list(base.fields)
    else:
        size = offset = 0
        total_align = align = 1
        all_fields = []
    union_size = 0
    field_size = 0
    bitofs = 0
    fmts = []
    for idx, desc in enumerate(seq):
        if not isinstance(desc, tuple) or len(desc) < 2 or not isinstance(desc[0], str):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        fname, ftype = desc[0], desc[1]
        fi = _info(ftype)
        if fi is None or not isinstance(ftype, _CDataMeta):
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % idx)
        fi.final = True
        bits = 0
        if len(desc) == 3:
            if fi.code is None or fi.code not in _BITFIELD_CODES:
                raise TypeError("bit fields not allowed for type %s" % ftype.__name__)
            bits = desc[2]
            if not isinstance(bits, int) or bits <= 0 or bits > fi.size * 8:
                raise ValueError("number of bits invalid for bit field")
        elif len(desc) != 2:
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        if union:
            size = offset = 0
            align = 0
            field_size = bitofs = 0
        f = CField()
        f._type = ftype
        f._bits = bits
        f._bitofs = 0
        f._name = fname
        fsize = fi.size
        if bits and field_size and fsize * 8 <= field_size and bitofs + bits <= field_size:
            kind = "cont"
        elif bits and field_size and fsize * 8 >= field_size and bitofs + bits <= fsize * 8:
            kind = "expand"
        elif bits:
            kind = "new"
        else:
            kind = "none"
        if kind == "new":
            bitofs = 0
            field_size = fsize * 8
        elif kind == "none":
            field_size = 0
            bitofs = 0
        if kind in ("new", "none"):
            if kind == "new":
                f._bitofs = bitofs
                bitofs = bits
            a = min(pack, fi.align) if pack else fi.align
            if a and offset % a:
                delta = a - offset % a
                size += delta
                offset += delta
            size += fsize
            f.offset = offset
            offset += fsize
            align = a
        elif kind == "expand":
            offset += fsize - field_size // 8
            size += fsize - field_size // 8
            field_size = fsize * 8
            f._bitofs = bitofs
            f.offset = offset - fsize
            bitofs += bits
        else:
            f._bitofs = bitofs
            f.offset = offset - fsize
            bitofs += bits
        f.size = (bits << 16) + f._bitofs if bits else fsize
        if union:
            union_size = max(size, union_size)
        total_align = max(align, total_align)
        f._index = len(all_fields)
        all_fields.append((fname, f))
        type.__setattr__(cls, fname, f)
        ff = fi.fmt
        if fi.shape:
            ff = "(%s)%s" % (",".join(str(n) for n in fi.shape), ff)
        fmts.append("%s:%s:" % (ff, fname))
    if union:
        size = union_size
    size = (size + total_align - 1) // total_align * total_align
    fmt = "B" if union else "T{%s}" % "".join(fmts)
    info = _Info(size, total_align, fmt)
    info.final = True
    info.fields = all_fields
    info.nfields = len(all_fields)
    info.nbase = len(base.fields) if base is not None else 0
    info.endian = ">" if swapped else "<"
    type.__setattr__(cls, "_b_info_", info)


class PyCArrayType(_CDataMeta):
    pass


_array_cache = {}


def _array_type(itemtype, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (itemtype, length)
    t = _array_cache.get(key)
    if t is not None:
        return t
    ii = _info(itemtype)
    if ii is None:
        raise TypeError("_type_ must have storage info")
    ii.final = True
    t = PyCArrayType("%s_Array_%d" % (itemtype.__name__, length), (Array,),
                     {"_type_": itemtype, "_length_": length, "__module__": _caller_module()})
    _array_cache[key] = t
    return t


def _caller_module(depth=3):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except Exception:
        return "__main__"


def _array_setup(cls, itemtype, length):
    ii = _info(itemtype)
    info = _Info(ii.size * length, ii.align, ii.fmt, length=length, proto=itemtype,
                 shape=(length,) + tuple(ii.shape))
    type.__setattr__(cls, "_b_info_", info)


# ---------------------------------------------------------------- instances

class _CData(_CDataBase):
    """The base of all ctypes instances."""

    def _b_setup(self, base):
        self._b_base_ = base
        self._b_needsfree_ = base is None
        self._objects = None
        info = _info(type(self))
        if info is not None:
            self._b_format(info.fmt)

    def __reduce__(self):
        info = _info(type(self))
        if info is not None and info.proto is not None and isinstance(type(self), PyCPointerType):
            raise ValueError("ctypes objects containing pointers cannot be pickled")
        return _unpickle, (type(self), (self.__dict__, self._b_read(0, self._b_size())))

    def __setstate__(self, state):
        d, data = state
        self.__dict__.update(d)
        self._b_write(0, data[:self._b_size()])

    def __ctypes_from_outparam__(self):
        return self

    def _b_sub(self, typ, offset):
        """A ctypes object of typ sharing this one's bytes at offset."""
        inst = typ.__new__(typ)
        inst._b_share(self, offset, _info(typ).size, False)
        inst._b_setup(self)
        inst._b_root_ = self._b_root()
        return inst

    def _b_root(self):
        r = self.__dict__.get("_b_root_")
        return self if r is None else r

    def _b_side(self):
        root = self._b_root()
        d = root.__dict__.get("_b_objs_")
        if d is None:
            d = root._b_objs_ = {}
        return d

    def _b_abs(self, off):
        return self._b_address() + off


def _new_instance(cls):
    info = _info(cls)
    if info is None:
        raise TypeError("abstract class")
    inst = _CDataBase.__new__(cls)
    inst._b_init(info.size)
    inst._b_setup(None)
    info.final = True
    return inst


def _unpickle(typ, state):
    obj = typ.__new__(typ)
    obj.__setstate__(state)
    return obj


def _get_value(obj, info, off):
    """The Python value of a simple-typed datum at offset off of obj."""
    code = info.code
    e = info.endian
    if code == "g":
        return _struct.unpack(e + "d", obj._b_read(off, 8))[0]
    sc = _SIMPLE[code][2]
    v = _struct.unpack(e + sc, obj._b_read(off, info.size))[0]
    if code == "c":
        return v
    if code == "u":
        return chr(v)
    if code in "zZO":
        if v == 0:
            if code == "O":
                raise ValueError("PyObj is NULL")
            return None
        side = obj._b_side().get(obj._b_abs(off))
        if side is not None:
            return side[1]
        return None
    if code == "P":
        return v or None
    return v


def _set_value(obj, info, off, value, typ):
    code = info.code
    e = info.endian
    name = typ.__name__
    if code in _INT_CODES:
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = _index(value)
        bits = info.size * 8
        v &= (1 << bits) - 1
        if code.islower() and v >> (bits - 1):
            v -= 1 << bits
        data = _struct.pack(e + _SIMPLE[code][2], v)
    elif code in "fdg":
        if not (hasattr(type(value), "__float__") or hasattr(type(value), "__index__")):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        f = float(value)
        if code == "f":
            try:
                data = _struct.pack(e + "f", f)
            except OverflowError:
                data = _struct.pack(e + "f", float("inf") if f > 0 else float("-inf"))
        elif code == "g":
            data = _struct.pack(e + "d", f) + bytes(8)
        else:
            data = _struct.pack(e + "d", f)
    elif code == "?":
        data = b"\x01" if value else b"\x00"
    elif code == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            data = bytes(value)
        elif isinstance(value, int) and 0 <= value < 256:
            data = bytes([value])
        else:
            raise TypeError("one character bytes, bytearray or integer expected")
    elif code == "u":
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        data = _struct.pack("<I", ord(value))
    elif code in "zZ":
        if value is None:
            addr = 0
        elif isinstance(value, int):
            addr = value
        elif code == "z" and isinstance(value, bytes):
            addr = id(value) & 0xFFFFFFFFFFFF or 1
        elif code == "Z" and isinstance(value, str):
            addr = id(value) & 0xFFFFFFFFFFFF or 1
        elif code == "z":
            raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
        else:
            raise TypeError("unicode string or integer address expected instead of %s instance"
                            % type(value).__name__)
        side = obj._b_side()
        if isinstance(value, (bytes, str)):
            side[obj._b_abs(off)] = (addr, value)
        else:
            side.pop(obj._b_abs(off), None)
        data = _struct.pack("<Q", addr & 0xFFFFFFFFFFFFFFFF)
    elif code == "P":
        if value is None:
            addr = 0
        elif isinstance(value, int):
            addr = value & 0xFFFFFFFFFFFFFFFF
        else:
            raise TypeError("cannot be converted to pointer")
        data = _struct.pack("<Q", addr)
    elif code == "O":
        obj._b_side()[obj._b_abs(off)] = (1, value)
        data = _struct.pack("<Q", 1)
    else:
        raise TypeError("unsupported type code %r" % code)
    obj._b_write(off, data)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    def __new__(cls, *args, **kw):
        return _new_instance(cls)

    def __init__(self, *args, **kw):
        # keyword arguments are ignored, as by CPython's Simple_init
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _get_value(self, _info(type(self)), 0)

    @value.setter
    def value(self, v):
        _set_value(self, _info(type(self)), 0, v, type(self))

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (cls.__name__, id(self))
        return "%s(%r)" % (cls.__name__, self.value)

    def __bool__(self):
        info = _info(type(self))
        return any(self._b_read(0, info.size))

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        return cls(obj)

    def __ctypes_from_outparam__(self):
        if type(self).__bases__[0] is _SimpleCData:
            return self.value
        return self


type.__setattr__(_SimpleCData, "_b_info_", None)


def _is_simple(typ):
    return isinstance(typ, PyCSimpleType) and typ.__bases__[0] is _SimpleCData


def _read_field(obj, typ, off):
    ti = _info(typ)
    if _is_simple(typ):
        return _get_value(obj, ti, off)
    return obj._b_sub(typ, off)


def _write_field(obj, typ, off, value):
    ti = _info(typ)
    if isinstance(typ, PyCSimpleType):
        if isinstance(value, typ):
            obj._b_write(off, value._b_read(0, ti.size))
            return
        _set_value(obj, ti, off, value, typ)
        return
    if isinstance(value, typ):
        obj._b_write(off, value._b_read(0, ti.size))
        return
    if isinstance(typ, PyCArrayType) and isinstance(value, (tuple, list)):
        sub = obj._b_sub(typ, off)
        if len(value) > ti.length:
            raise IndexError("too many initializers")
        for i, v in enumerate(value):
            sub[i] = v
        return
    if isinstance(typ, _StructMeta) and isinstance(value, tuple):
        sub = obj._b_sub(typ, off)
        sub.__init__(*value)
        return
    if isinstance(typ, PyCArrayType) and ti.proto is not None and _info(ti.proto).code == "c" \
            and isinstance(value, bytes):
        sub = obj._b_sub(typ, off)
        sub.value = value
        return
    raise TypeError("expected %s instance, got %s" % (typ.__name__, type(value).__name__))


class _StructUnion(_CData):
    def __new__(cls, *args, **kw):
        return _new_instance(cls)

    def __init__(self, *args, **kw):
        info = _info(type(self))
        fields = info.fields or []
        if info.nbase < len(fields):
            # the names of the class's current _fields_, as CPython reads them
            try:
                own = [d[0] for d in type(self)._fields_]
            except Exception:
                own = []
            fields = fields[:info.nbase] + [(n, None) for n in own]
        if len(args) > len(fields):
            raise TypeError("too many initializers")
        for (name, f), v in zip(fields, args):
            setattr(self, name, v)
        for k, v in kw.items():
            for i, (name, f) in enumerate(fields):
                if name == k and i < len(args):
                    raise TypeError("duplicate values for field %r" % k)
            setattr(self, k, v)

    def _b_get_field(self, f):
        if f._bits:
            ti = _info(f._type)
            raw = _get_value(self, _raw_info(ti), f.offset)
            v = (raw >> f._bitofs) & ((1 << f._bits) - 1)
            if ti.code in "bhilq" and v >> (f._bits - 1):
                v -= 1 << f._bits
            return bool(v) if ti.code == "?" else v
        r = _read_field(self, f._type, f.offset)
        ti = _info(f._type)
        if isinstance(f._type, PyCArrayType) and _is_simple(ti.proto) and _info(ti.proto).code in ("c", "u"):
            return r.value  # a char array field reads as bytes (str), as CPython's "s" getter
        return r

    def _b_set_field(self, f, value):
        if f._bits:
            ti = _info(f._type)
            if isinstance(value, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            v = _index(value) & ((1 << f._bits) - 1)
            ri = _raw_info(ti)
            raw = _get_value(self, ri, f.offset)
            mask = ((1 << f._bits) - 1) << f._bitofs
            raw = (raw & ~mask) | (v << f._bitofs)
            _set_value(self, ri, f.offset, raw, f._type)
            return
        _write_field(self, f._type, f.offset, value)


def _raw_info(ti):
    code = {1: "B", 2: "H", 4: "I", 8: "Q"}[ti.size]
    r = _Info(ti.size, ti.align, "", code=code)
    r.endian = ti.endian
    return r


class Structure(_StructUnion, metaclass=PyCStructType):
    pass


class Union(_StructUnion, metaclass=UnionType):
    pass


type.__setattr__(Structure, "_b_info_", None)
type.__setattr__(Union, "_b_info_", None)


class Array(_CData, metaclass=PyCArrayType):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        t = cls.__dict__.get("_type_")
        n = cls.__dict__.get("_length_")
        if n is None:
            for k in cls.__mro__:
                if "_length_" in k.__dict__:
                    n = k.__dict__["_length_"]
                    break
        if t is None:
            for k in cls.__mro__:
                if "_type_" in k.__dict__:
                    t = k.__dict__["_type_"]
                    break
        if n is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(n, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if n < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        if t is None:
            raise AttributeError("class must define a '_type_' attribute")
        if _info(t) is None:
            raise TypeError("_type_ must have storage info")
        _array_setup(cls, t, n)

    def __new__(cls, *args, **kw):
        return _new_instance(cls)

    def __init__(self, *args, **kw):
        info = _info(type(self))
        if len(args) > info.length:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return _info(type(self)).length

    def _b_item(self, info, i):
        return _read_field(self, info.proto, i * _info(info.proto).size)

    def __getitem__(self, key):
        info = _info(type(self))
        n = info.length
        if isinstance(key, slice):
            items = [self._b_item(info, i) for i in range(*key.indices(n))]
            code = _info(info.proto).code
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        if not hasattr(type(key), "__index__"):
            raise TypeError("indices must be integers")
        i = _index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        return self._b_item(info, i)

    def __setitem__(self, key, value):
        info = _info(type(self))
        n = info.length
        isz = _info(info.proto).size
        if isinstance(key, slice):
            idx = range(*key.indices(n))
            vals = list(value)
            if len(vals) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(idx, vals):
                _write_field(self, info.proto, i * isz, v)
            return
        if not hasattr(type(key), "__index__"):
            raise TypeError("indices must be integer")
        i = _index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        _write_field(self, info.proto, i * isz, value)

    def __delitem__(self, key):
        raise TypeError("Array does not support item deletion")

    def __iter__(self):
        info = _info(type(self))
        for i in range(info.length):
            yield self._b_item(info, i)

    def __getattr__(self, name):
        info = _info(type(self))
        code = _info(info.proto).code if info is not None and info.proto is not None else None
        if name == "value" and code in ("c", "u"):
            data = self[:]
            zero = b"\x00" if code == "c" else "\x00"
            i = data.find(zero)
            return data if i < 0 else data[:i]
        if name == "raw" and code == "c":
            return self._b_read(0, info.size)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        info = _info(type(self))
        code = _info(info.proto).code if info is not None and info.proto is not None else None
        if name == "value" and code == "c":
            if not isinstance(value, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
            if len(value) > info.length:
                raise ValueError("byte string too long")
            data = value + b"\x00" if len(value) < info.length else value
            self._b_write(0, data)
            return
        if name == "value" and code == "u":
            if not isinstance(value, str):
                raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
            if len(value) > info.length:
                raise ValueError("string too long")
            data = value + "\x00" if len(value) < info.length else value
            for i, ch in enumerate(data):
                self[i] = ch
            return
        if name == "raw" and code == "c":
            data = memoryview(value).tobytes()
            if len(data) > info.size:
                raise ValueError("byte string too long")
            self._b_write(0, data)
            return
        object.__setattr__(self, name, value)


type.__setattr__(Array, "_b_info_", None)


# ---------------------------------------------------------------- pointers

class PyCPointerType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        t = ns.get("_type_")
        if t is not None:
            cls.set_type(t)
        elif "_b_info_" not in ns and _info(cls) is None:
            type.__setattr__(cls, "_b_info_", _Info(8, 8, "&B"))

    def set_type(cls, typ):
        ti = _info(typ)
        if ti is None:
            raise TypeError("_type_ must have storage info")
        fmt = ti.fmt
        type.__setattr__(cls, "_b_info_", _Info(8, 8, "&" + fmt, proto=typ))
        type.__setattr__(cls, "_type_", typ)

    def from_param(cls, obj):
        if obj is None or isinstance(obj, cls):
            return obj
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))


class _Pointer(_CData, metaclass=PyCPointerType):
    def __new__(cls, *args, **kw):
        if _info(cls) is None or _info(cls).proto is None:
            raise TypeError("Cannot create instance: has no _type_")
        inst = _new_instance(cls)
        inst._b_target_ = None
        inst._b_tofs_ = 0
        return inst

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.contents = args[0]

    def _b_point(self, target, ofs):
        self._b_target_ = target
        self._b_tofs_ = ofs
        self._b_write(0, _struct.pack("<Q", target._b_address() + ofs if target is not None else 0))

    @property
    def contents(self):
        t = self.__dict__.get("_b_target_")
        if t is None:
            raise ValueError("NULL pointer access")
        typ = _info(type(self)).proto
        if self._b_tofs_ == 0 and type(t) is typ:
            return t
        return t._b_sub(typ, self._b_tofs_)

    @contents.setter
    def contents(self, value):
        typ = _info(type(self)).proto
        if not isinstance(value, typ):
            raise TypeError("expected %s instead of %s" % (typ.__name__, type(value).__name__))
        self._b_point(value, 0)

    def __bool__(self):
        return self.__dict__.get("_b_target_") is not None

    def _b_elem(self, key):
        t = self.__dict__.get("_b_target_")
        if t is None:
            raise ValueError("NULL pointer access")
        typ = _info(type(self)).proto
        i = _index(key)
        off = self._b_tofs_ + i * _info(typ).size
        if off < 0 or off + _info(typ).size > t._b_size():
            raise IndexError("ctypes: pointer index outside the object it points to "
                             "(Grumpy reads only ctypes-owned memory)")
        return t, typ, off

    def __getitem__(self, key):
        if isinstance(key, slice):
            if key.stop is None:
                raise ValueError("slice stop is required")
            items = [self[i] for i in range(*key.indices(key.stop))]
            code = _info(_info(type(self)).proto).code
            if code == "c":
                return b"".join(items)
            return items
        t, typ, off = self._b_elem(key)
        return _read_field(t, typ, off)

    def __setitem__(self, key, value):
        t, typ, off = self._b_elem(key)
        _write_field(t, typ, off, value)


type.__setattr__(_Pointer, "_b_info_", None)

_pointer_type_cache = {}


def POINTER(cls):
    try:
        return _pointer_type_cache[cls]
    except KeyError:
        pass
    except TypeError:
        raise
    if isinstance(cls, str):
        t = PyCPointerType("LP_%s" % cls, (_Pointer,), {})
        _pointer_type_cache[id(t)] = t
        return t
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    t = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,), {"_type_": cls, "__module__": _caller_module(2)})
    _pointer_type_cache[cls] = t
    return t


def pointer(obj):
    if not isinstance(obj, _CData):
        raise TypeError("_type_ must have storage info")
    return POINTER(type(obj))(obj)


# ---------------------------------------------------------------- functions

class CArgObject:
    __slots__ = ("_obj", "_offset")

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % (self._obj._b_address() + self._offset)


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    a = CArgObject()
    a._obj = obj
    a._offset = _index(offset)
    return a


def sizeof(obj):
    i = _info(obj) if isinstance(obj, type) else (obj._b_size() if isinstance(obj, _CData) else None)
    if isinstance(i, int):
        return i
    if i is None:
        raise TypeError("this type has no size")
    return i.size


def alignment(obj):
    i = _info(obj if isinstance(obj, type) else type(obj))
    if i is None:
        raise TypeError("no alignment info")
    return i.align


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_address()


def resize(obj, size):
    if not isinstance(obj, _CData):
        raise TypeError("excepted ctypes instance")
    info = _info(type(obj))
    size = _index(size)
    if size < info.size:
        raise ValueError("minimum size is %d" % info.size)
    if not obj.__dict__.get("_b_needsfree_", False) or not obj._b_resize(size):
        raise ValueError("Memory cannot be resized because this object doesn't own it")


def buffer_info(obj):
    typ = obj if isinstance(obj, type) else type(obj)
    info = _info(typ)
    if info is None:
        raise TypeError("not a ctypes type or object")
    return info.fmt, len(info.shape), info.shape


def dlopen(name, mode=RTLD_LOCAL):
    if name is None:
        return 0
    raise OSError("%s: cannot open shared object file: %s" % (name, _NO_FFI))


def dlclose(handle):
    pass


def dlsym(handle, name):
    raise OSError("%s: undefined symbol: %s" % (_NO_FFI, name))


def PyObj_FromPtr(address):
    raise OSError("ctypes: PyObj_FromPtr(): %s" % _NO_FFI)


def Py_INCREF(obj):
    return obj


def Py_DECREF(obj):
    return obj


def call_function(*args):
    raise OSError("ctypes: call_function(): %s" % _NO_FFI)


call_cdeclfunction = call_function

# The addresses of the helpers ctypes/__init__.py wraps in function pointers.
_memmove_addr = 0x7f0000001000
_memset_addr = 0x7f0000002000
_string_at_addr = 0x7f0000003000
_cast_addr = 0x7f0000004000
_wstring_at_addr = 0x7f0000005000


def _addr_of(v):
    if v is None:
        return 0
    if isinstance(v, CArgObject):
        return v._obj._b_address() + v._offset
    if isinstance(v, _Pointer):
        t = v.__dict__.get("_b_target_")
        return 0 if t is None else t._b_address() + v._b_tofs_
    if isinstance(v, Array):
        return v._b_address()
    if isinstance(v, _SimpleCData):
        code = _info(type(v)).code
        if code == "P":
            return v.value or 0
        return v._b_address()
    if isinstance(v, _CData):
        return v._b_address()
    if isinstance(v, int):
        return v
    raise ArgumentError("argument 1: TypeError: wrong type")


def _cast(obj, src, typ):
    if not (isinstance(typ, PyCPointerType) or (isinstance(typ, PyCSimpleType) and _info(typ).code in "Pzz")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % getattr(typ, "__name__", type(typ).__name__))
    if isinstance(typ, PyCSimpleType):
        return typ(_addr_of(obj))
    p = typ.__new__(typ)
    if isinstance(obj, _Pointer):
        t = obj.__dict__.get("_b_target_")
        if t is not None:
            p._b_point(t, obj._b_tofs_)
    elif isinstance(obj, CArgObject):
        p._b_point(obj._obj, obj._offset)
    elif isinstance(obj, _CData):
        p._b_point(obj, 0)
    elif obj is None or obj == 0:
        pass
    else:
        raise ArgumentError("argument 1: TypeError: wrong type")
    return p


def _string_at(addr, size):
    return _ctypes_data.string_at(_addr_of(addr), size)


def _wstring_at(addr, size):
    a = _addr_of(addr)
    if size < 0:
        out = []
        i = 0
        while True:
            c = _struct.unpack("<I", _ctypes_data.string_at(a + 4 * i, 4))[0]
            if c == 0:
                break
            out.append(chr(c))
            i += 1
        return "".join(out)
    return "".join(chr(c) for c in _struct.unpack("<%dI" % size, _ctypes_data.string_at(a, 4 * size)))


_HELPERS = {
    _memmove_addr: lambda d, s, n: _ctypes_data.memmove(_addr_of(d), _addr_of(s), _index(n)),
    _memset_addr: lambda d, c, n: _ctypes_data.memset(_addr_of(d), _index(c), _index(n)),
    _string_at_addr: _string_at,
    _cast_addr: _cast,
    _wstring_at_addr: _wstring_at,
}


class PyCFuncPtrType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if "_b_info_" not in ns:
            type.__setattr__(cls, "_b_info_", _Info(8, 8, "X{}"))


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    def __new__(cls, *args, **kw):
        inst = _new_instance(cls)
        inst._b_func_ = None
        if len(args) == 1 and isinstance(args[0], int):
            inst._b_func_ = _HELPERS.get(args[0])
            if inst._b_func_ is None:
                raise OSError("ctypes: no function at %#x: %s" % (args[0], _NO_FFI))
        elif len(args) >= 1 and isinstance(args[0], tuple):
            name = args[0][0]
            raise AttributeError("%s: undefined symbol: %s (%s)" % ("python", name, _NO_FFI))
        elif len(args) == 1 and callable(args[0]):
            inst._b_func_ = args[0]
        elif args:
            raise TypeError("argument must be callable or integer function address")
        return inst

    def __init__(self, *args, **kw):
        pass

    def __call__(self, *args, **kw):
        f = self.__dict__.get("_b_func_")
        if f is None:
            raise ValueError("NULL function pointer")
        cls = type(self)
        argtypes = getattr(self, "argtypes", None) or getattr(cls, "_argtypes_", None)
        if argtypes is not None and f not in _HELPERS.values():
            if len(args) != len(argtypes):
                raise TypeError("this function takes at least %d argument%s (%d given)"
                                % (len(argtypes), "" if len(argtypes) == 1 else "s", len(args)))
            conv = []
            for t, a in zip(argtypes, args):
                if isinstance(t, PyCSimpleType) and not isinstance(a, _CData):
                    a = t(a).value if _info(t).code not in "zZO" else a
                conv.append(a)
            args = tuple(conv)
        r = f(*args, **kw)
        restype = getattr(self, "restype", getattr(cls, "_restype_", None))
        if isinstance(restype, PyCSimpleType) and _info(restype).code not in "O" \
                and f not in (_cast, _string_at, _wstring_at):
            if r is None and _info(restype).code == "P":
                return None
            return restype(r).value
        return r

    def __bool__(self):
        return self.__dict__.get("_b_func_") is not None


type.__setattr__(CFuncPtr, "_b_info_", None)
