# exec of module code with annotations: __annotations__ set up in its locals.
import typing
gns = {}; lns = {}
exec("'docstring'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns["__annotations__"], "__annotations__" in gns)
ns = {}
exec('x: tuple = 1, 2', ns)
print(ns['x'], ns['__annotations__'])
exec('def f():\n    x: int = yield', ns)
print(list(ns['f']()))
ns = {"a": 1, 'b': (2, 3, 4), "c": 5, "Tuple": typing.Tuple}
exec('x: Tuple[int, ...] = a,*b,c', ns)
print(ns['x'])
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']._dct)
seen = {}
class CNS2:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item] = value
        seen[item] = value
    def __getitem__(self, item):
        return self._dct[item]
exec('x: int = 1', {}, CNS2())
print(seen)
g = {}
exec('if 1:\n    y: int\n', g)
print(g['__annotations__'])
g = {}
exec('def f():\n    y: int\n', g)
print('__annotations__' in g)
