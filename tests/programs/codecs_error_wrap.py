import codecs
_T = {}
def _get(name): return _T.get(name)
codecs.register(_get)
class MyRE(RuntimeError):
    __slots__ = ()
class MyRE2(RuntimeError): pass
class Slotted(RuntimeError):
    __slots__ = ('x',)
class Init(RuntimeError):
    def __init__(self, *a): super().__init__(*a)
attr = RuntimeError('a'); attr.x = 1
for i, obj in enumerate([RuntimeError, RuntimeError('msg'), MyRE('m'), MyRE2('m2'), Slotted('s'), Init('i'), attr, RuntimeError(1), RuntimeError('a', 'b'), ValueError('v'), UnicodeError('u'), OSError(2, 'x'), KeyError('k')]):
    def raise_obj(*a, _o=obj): raise _o
    name = 'chain_test%d' % i
    _T[name] = codecs.CodecInfo(raise_obj, raise_obj, name=name)
    for f in [lambda: 'x'.encode(name), lambda: codecs.encode('x', name), lambda: b'x'.decode(name), lambda: codecs.decode(b'x', name)]:
        try: f()
        except Exception as e:
            c = e.__cause__
            print(type(e).__name__, e, '|', type(c).__name__ if c else None, c, e.__suppress_context__)
