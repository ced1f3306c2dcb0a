# SystemExit with a message: printed to stderr, exit status 1.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code)
try:
    exit(5)
except SystemExit as e:
    print("caught builtin exit", e.code, repr(exit))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
print("leaving")
sys.exit("fatal: giving up")
