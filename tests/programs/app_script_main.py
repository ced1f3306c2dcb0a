# args: alpha --beta 3
"""Script-level behaviours: __name__, __file__, sys.argv, __doc__, exit codes."""
import os
import sys

print(__name__)
print(__doc__.splitlines()[0])
print(os.path.basename(__file__), os.path.isabs(__file__) or __file__.endswith(".py"))
print(sys.argv[1:], os.path.isabs(__file__) or __file__.endswith(".py"))
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(__spec__ is None, __package__ in (None, ""))
print(sys.modules["__main__"] is sys.modules[__name__])
main = sys.modules["__main__"]
print(main.__name__, hasattr(main, "helper"))


def helper():
    return "helper"


print(hasattr(main, "helper"), main.helper())
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__cached__",)))


def main_func(argv):
    if len(argv) < 2:
        return 1
    print("processing", argv[1])
    return 3


if __name__ == "__main__":
    sys.exit(main_func(sys.argv))
