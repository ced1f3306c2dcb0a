# frame.clear() of a running generator's frame: RuntimeError; of a finished one: fine.
import sys
def g():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print(type(e).__name__, e)
    yield f
for f in g():
    pass
f.clear()
print("ok")
