# A proxy stored through a proxy stays a proxy (CPython's proxy_setattr
# unwraps only the proxy itself): OrderedDict's root link relies on it.
import weakref
from collections import OrderedDict


class Link:
    __slots__ = ('prev', 'next', 'key', '__weakref__')


hard = Link()
root = weakref.proxy(hard)
root.prev = root.next = root
print(root.next is root, root.prev is root, type(hard.next).__name__)
try:
    setattr(root, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(list(OrderedDict()), dict(OrderedDict()), OrderedDict() == OrderedDict())
d = OrderedDict(a=1, b=2)
d.move_to_end('a')
print(list(d), list(reversed(d)), d.popitem(last=False))
print(dict.fromkeys(OrderedDict()), set(OrderedDict()))
