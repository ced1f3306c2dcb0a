import atexit
import sys


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


def failing():
    raise ValueError("handler failed")


def third():
    print("third registered, runs first")
    sys.stdout.flush()


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
atexit.register(failing)


@atexit.register
def decorated():
    print("decorated handler")


atexit.register(third)
atexit.register(goodbye, "unregistered")
atexit.unregister(goodbye)   # removes every registration of goodbye
atexit.register(goodbye, "re-added")
print("registered")
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
print("main body done")
