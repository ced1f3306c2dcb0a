# py_compile imports importlib._bootstrap_external, which imports _warnings.
import py_compile
import warnings
import _warnings

print(sorted(m.name for m in py_compile.PycInvalidationMode))
print(issubclass(py_compile.PyCompileError, Exception))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    _warnings.warn("through _warnings", DeprecationWarning)
    _warnings.warn_explicit("explicit", UserWarning, "x.py", 7)
print([(w.category.__name__, str(w.message)) for w in caught])
try:
    _warnings.warn(123, 5)
except TypeError as e:
    print("TypeError", e)
