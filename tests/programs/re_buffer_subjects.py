import re, array
for typecode in 'bBuhHiIlLfd':
    a = array.array(typecode)
    print(typecode, re.compile(b"bla").match(a), re.compile(b"").match(a).groups())
a = array.array('B', b'xxabcxx')
print(re.search(b'abc', a).span(), re.findall(b'x+', a))
try:
    re.compile("x").match(array.array('B', b'x'))
except Exception as e:
    print(type(e).__name__, e)
import pickle
print(re.search(b'oo', pickle.PickleBuffer(b'foo')).span())
