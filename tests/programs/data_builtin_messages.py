# Messages that name builtin types (tp_name) and text signatures of builtin types.
import types, inspect, itertools

class C:
    pass
class Plain:
    pass
class WithInit:
    def __init__(self, x, y=2):
        pass

for o in [(1,), "s", b"b", 5, 1.5, C(), types.MappingProxyType({}), frozenset(), range(3), None, object(), len]:
    for k in [0, "a", 1.5]:
        try:
            del o[k]
        except Exception as ex:
            print(type(ex).__name__, ex)

ns = types.SimpleNamespace(a=1)
for stmt in ["ns.zz", "types.SimpleNamespace.__init__(1)", "types.SimpleNamespace(1, 2)"]:
    try:
        eval(stmt)
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(repr(types.SimpleNamespace.__doc__), types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace)
class NS(types.SimpleNamespace):
    pass
print(NS(b=2), NS.__mro__)
import pickle, copy
print(pickle.loads(pickle.dumps(ns)), copy.copy(ns), copy.deepcopy(NS(c=[1])))

class L(list):
    pass
class Q(itertools.count):
    pass
for c in (Plain, WithInit, list, tuple, float, complex, enumerate, reversed, property, memoryview, itertools.count,
          itertools.accumulate, itertools.starmap, itertools.groupby, types.ModuleType, L, Q, int, str, dict, object):
    try:
        print(c.__name__, inspect.signature(c), repr(c.__text_signature__))
    except ValueError as ex:
        print(c.__name__, type(ex).__name__, ex)
