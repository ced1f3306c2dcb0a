# Regular expressions over mutable buffers: match objects read the subject
# again when they cut a group; a live finditer holds the buffer; compiled
# patterns accept weak references.
import re
import weakref
import array

s = bytearray(b"abcdefgh")
m = re.search(b"[a-h]+", s)
m2 = re.search(b"[e-h]+", s)
print(m.group(), m2.group(), m.span(), m2.span())
print(m.string is s)
s[:] = b"xyz"
print(m.group(), m2.group(), m.span(), m2.span())
print(m[0], m.groups(), m2.group(0))

s = bytearray(b"key=value")
m = re.match(rb"(\w+)=(\w+)", s)
s[0:3] = b"KEY"
print(m.groups(), m.groupdict(), m.group(1, 2))

a = array.array("b", b"hello world")
m = re.search(rb"wor", a)
a[6] = ord("W")
print(m.group())

b = bytearray(b"x")
it = re.finditer(b"a", b)
try:
    b.extend(b"x" * 400)
except BufferError as e:
    print(type(e).__name__, e)
print(list(it))
print(len(b))
b[0:1] = b"y"  # same length: allowed
print(b)

# Scanner objects hold it too.
b2 = bytearray(b"aaa")
sc = re.compile(b"a").scanner(b2)
try:
    b2.append(1)
except BufferError as e:
    print(type(e).__name__, e)
print(sc.match().group())

# A match does not hold the buffer.
b3 = bytearray(b"abc")
m = re.match(b"a", b3)
b3.extend(b"def")
print(b3, m.group())

x = re.compile("ab+c")
y = weakref.proxy(x)
print(x.findall("QabbbcR"), y.findall("QabbbcR"))
r = weakref.ref(x)
print(r() is x)
try:
    weakref.ref(x.match("abc"))
except TypeError as e:
    print(type(e).__name__, e)
