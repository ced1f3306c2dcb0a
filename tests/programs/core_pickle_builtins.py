# Every class of the builtins module pickles by reference (the module's
# __loader__ is _frozen_importlib.BuiltinImporter), and the composite
# locale name setlocale(LC_ALL) returns can be set back.
import builtins
import locale
import pickle
import _frozen_importlib

names = []
for name, t in sorted(builtins.__dict__.items()):
    if isinstance(t, type) and not issubclass(t, BaseException):
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            s = pickle.dumps(t, proto)
            assert pickle.loads(s) is t, (t, proto)
        names.append(name)
print(len(names) > 20, "BuiltinImporter" in [t.__name__ for t in builtins.__dict__.values() if isinstance(t, type)])
print(_frozen_importlib.BuiltinImporter is builtins.__loader__)
print(builtins.__loader__.__module__, builtins.__loader__.__name__)
print(pickle.loads(pickle.dumps(_frozen_importlib.ModuleSpec)) is _frozen_importlib.ModuleSpec)
print(type(pickle.__spec__) is _frozen_importlib.ModuleSpec)

locale.setlocale(locale.LC_ALL, "C")
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
orig = locale.setlocale(locale.LC_ALL)
print(orig)
print(locale.setlocale(locale.LC_NUMERIC, "C"))
for loc in ("de_DE", "fr_FR"):
    try:
        locale.setlocale(locale.LC_ALL, loc)
    except locale.Error as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, orig) == orig)
print(locale.setlocale(locale.LC_ALL) == orig)
print(pickle.dumps(1.2, 0)[0:3])
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_ALL, orig) == orig)
for bad in ("LC_CTYPE=C;LC_NUMERIC=C", "LC_CTYPE=xx_YY;" + orig.split(";", 1)[1] if ";" in orig else "LC_CTYPE=xx",
            "LC_FOO=C;" + orig, orig + ";LC_CTYPE=C", "=;"):
    try:
        locale.setlocale(locale.LC_ALL, bad)
        print("accepted")
    except locale.Error as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL) == orig)
