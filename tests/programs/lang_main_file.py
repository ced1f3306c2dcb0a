# __main__'s __file__ and its code objects' co_filename are absolute paths
# (CPython 3.9+), so traceback text names the script by its full path.
import os
import sys
import traceback

print(os.path.isabs(__file__), os.path.basename(__file__))
print(__file__ == sys._getframe().f_code.co_filename)
print(os.path.dirname(__file__) == os.path.dirname(os.path.abspath(__file__)))


def fail(d):
    return d["missing"]


try:
    fail({})
except KeyError:
    text = traceback.format_exc()
    print(text.replace(os.path.dirname(__file__), "<dir>"))
    print(__file__ in text)
print(fail.__code__.co_filename == __file__)
