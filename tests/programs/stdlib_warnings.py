import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn_explicit("explicit", UserWarning, "f.py", 3)
for w in caught:
    print(w.category.__name__, w.message, w.lineno if w.filename == "f.py" else "-")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="quiet.*")
    warnings.warn("quiet please")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10).strip())
warnings.warn("to stderr")
