class A:
    pass
try:
    type.__setattr__(A, b'x', None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__delattr__(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
