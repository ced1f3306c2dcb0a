# A memoryview released by __index__/__float__/__bool__ during an access
# raises instead of touching the buffer; integer formats accept __index__.
def p(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

size = 16
m = None
def release():
    m.release()
class MyIndex:
    def __index__(self):
        release()
        return 4
class MyFloat:
    def __float__(self):
        release()
        return 4.25
class MyBool:
    def __bool__(self):
        release()
        return True
class Idx:
    def __index__(self):
        return 7

def fresh(fmt='B', shape=None):
    global m
    v = memoryview(bytearray(b'\xff' * size))
    m = v.cast(fmt) if shape is None else v.cast(fmt, shape)
    return m

fresh(); p(lambda: m[MyIndex()])
fresh(); p(lambda: list(m[:MyIndex()]))
fresh(); p(lambda: list(m[MyIndex():8]))
fresh('B', (8, 2)); p(lambda: m[MyIndex(), 0])
fresh('B', (2, 8)); p(lambda: m[0, MyIndex()])
def setter(k, v):
    m[k] = v
fresh(); p(lambda: setter(MyIndex(), 42))
fresh(); p(lambda: setter(slice(None, MyIndex()), b'spam'))
fresh(); p(lambda: setter(slice(MyIndex(), 8), b'spam'))
fresh('B', (8, 2)); p(lambda: setter((MyIndex(), 0), 42))
fresh(); p(lambda: setter(0, MyIndex()))
for fmt in 'bhilqBHILQ':
    fresh(fmt); p(lambda: setter(0, MyIndex()))
for fmt in 'fd':
    fresh(fmt); p(lambda: setter(0, MyFloat()))
fresh('?'); p(lambda: setter(0, MyBool()))
fresh('h')
m[1] = Idx()
print(m.tolist())
p(lambda: setter(0, 1.5))
