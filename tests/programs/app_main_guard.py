# args: one two
"""A module that is both a library and a script."""
import sys

counter = 0


def bump():
    global counter
    counter += 1
    return counter


class Config:
    def __init__(self, argv):
        self.args = list(argv)

    def __repr__(self):
        return "Config(%r)" % (self.args,)


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    cfg = Config(argv)
    print("main called with", cfg)
    import __main__
    print(__main__.bump is bump, __main__.counter, bump(), __main__.counter)
    print(type(__main__).__name__, __main__.__name__, __main__.__doc__)
    # pickling/qualname of main-module classes refer to __main__
    print(Config.__module__, Config.__qualname__, main.__module__)
    print(repr(sys.modules[__name__].Config([1])))
    # a module imported later sees this one under the name __main__
    import importlib
    me_again = importlib.import_module("__main__")
    print(me_again is __main__)
    return 0 if argv else 4


if __name__ == "__main__":
    status = main()
    print("status", status)
    raise SystemExit(status)
else:
    print("imported, not run")
