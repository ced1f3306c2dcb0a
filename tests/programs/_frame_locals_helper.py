# Imported by frame_locals_module.py: helpers in another module that read
# their caller's variables.
import inspect
import sys


def fmt(s):
    return s.format(**sys._getframe(1).f_locals)


def caller_args():
    return inspect.getargvalues(inspect.currentframe().f_back)


def caller_name_and_keys():
    f = sys._getframe(1)
    return f.f_code.co_name, sorted(f.f_locals)
