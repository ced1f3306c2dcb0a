import atexit
import sys


def cleanup():
    print("cleanup ran")


atexit.register(cleanup)
for arg in (None, 0, 5, "message", (1, 2), True):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
try:
    quit()
except SystemExit as e:
    print("builtin quit", e.code)


def inner():
    try:
        sys.exit("bye from inner")
    finally:
        print("finally runs")


inner()
