# decimal: the C type names (decimal.Decimal, decimal.Context) in the runtime's messages, hashing, conversions.
from decimal import Decimal as D, Context, getcontext
for s in ["D(1).foo", "setattr(D(1), 'foo', 1)", "D(1)()", "D(1)[0]", "len(D(1))", "iter(D(1))", "getcontext().foo", "Context()()", "D.foo", "hash(Context()) != 0", "Context() == Context()", "D(1) @ D(2)", "-Context()", "D(1) + Context()", "type(D(1)).__name__", "D.__qualname__", "repr(D)", "D.__module__", "[].index(D(1))", "int.__add__(D(1), 1)", "'%d' % D('1.5')", "'%f' % D('1.5')", "'%s' % D('1.5')", "'{:d}'.format(D(1))", "sum([D(1), 2.5])", "sorted([D(1), 'a'])", "float.__add__(1.0, D(1))", "complex(D(1), D(2))", "range(D(3))"]:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
