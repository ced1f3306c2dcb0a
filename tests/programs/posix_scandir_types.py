# os.DirEntry and the scandir iterator: no constructors, no pickling or copying.
import copy
import os
import pickle

it = os.scandir(os.path.dirname(os.path.abspath(__file__)))
entry = next(it)
for what, f in (("DirEntry()", lambda: type(entry)()), ("ScandirIterator()", lambda: type(it)()),
                ("pickle entry", lambda: pickle.dumps(entry)), ("pickle it", lambda: pickle.dumps(it)),
                ("copy entry", lambda: copy.copy(entry)), ("deepcopy it", lambda: copy.deepcopy(it))):
    try:
        f()
        print(what, "ok")
    except TypeError as e:
        print(what, type(e).__name__, e)
it.close()
print(type(entry).__module__, type(it).__name__, isinstance(entry, os.DirEntry))
