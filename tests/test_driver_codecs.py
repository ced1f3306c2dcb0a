"""The build driver's codec detection (grumpy/driver/modules.py): codec
modules named by a constant `encoding=` argument of any call, and by the
constant alternatives of an argument (zipfile's `enc or 'cp437'`)."""
from grumpy.driver import modules


def codecs_of(src):
    return modules.module_imports(src, "m", False, "m.py")["codecs"]


def test_encoding_keyword_of_any_call():
    assert codecs_of("import pickle\npickle.loads(b'', encoding='koi8-r')\n") == ["encodings.koi8_r"]
    # positional arguments count only for the codec calls
    assert codecs_of("f('koi8-r')\n") == []


def test_constant_alternatives():
    assert codecs_of("b.decode(enc or 'cp437')\n") == ["encodings.cp437"]
    assert codecs_of("b.decode('cp850' if x else 'cp437')\n") == ["encodings.cp437", "encodings.cp850"]
    assert codecs_of("b.decode(enc)\n") == []


def test_zipfile_gets_cp437():
    import zipfile
    with open(zipfile.__file__, encoding="utf-8") as f:
        src = f.read()
    assert "encodings.cp437" in modules.module_imports(src, "zipfile", False, zipfile.__file__)["codecs"]
