# array('u') whose items are not Unicode code points: tounicode() and the
# repr (which CPython builds from tounicode()) raise ValueError.
import array

a = array.array('u', b'\xff\xff\xff\xff')
print(len(a))
for f in (a.tounicode, lambda: str(a), lambda: repr(a)):
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
b = array.array('u', 'h\xe9\U0001f600')
print(b, repr(b.tounicode()), str(b) == repr(b))
print(array.array('u'), array.array('u', 'x').tounicode())
c = array.array('u', b'A\x00\x00\x00\x00\x00\x11\x00')
try:
    print(c)
except ValueError as e:
    print(type(e).__name__, e)
print(c[0])
