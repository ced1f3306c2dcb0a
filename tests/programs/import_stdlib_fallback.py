# A standard-library module that the build did not bring in (shutil imports
# zipfile inside make_archive's helpers; a computed import_module name) is
# run from the host Lib/ source at the end of sys.path, as CPython imports it.
import importlib
import os
import shutil
import sys
import tempfile

print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
d = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(d, "src"))
    with open(os.path.join(d, "src", "a.txt"), "w") as f:
        f.write("archived text")
    arc = shutil.make_archive(os.path.join(d, "out"), "zip", os.path.join(d, "src"))
    print(os.path.basename(arc))
    shutil.unpack_archive(arc, os.path.join(d, "x"))
    with open(os.path.join(d, "x", "a.txt")) as f:
        print(f.read())
finally:
    shutil.rmtree(d)
mod = importlib.import_module("colo" + "rsys")
print(mod.__name__, mod.rgb_to_hsv(1, 0, 0), mod.hls_to_rgb(0.5, 0.5, 0.5))
try:
    importlib.import_module("no_such_" + "stdlib_module")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
