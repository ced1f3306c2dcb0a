# numbers: the ABC tower, registration, isinstance of builtins, Fraction and Decimal.
import numbers
from fractions import Fraction
from decimal import Decimal

names = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
for v in [1, True, 2.5, 1j, Fraction(1, 2), Decimal('1.5'), 'x', None, 10**30]:
    print(repr(v), [n for n in names if isinstance(v, getattr(numbers, n))])
for t in [int, bool, float, complex, Fraction, Decimal, str]:
    print(t.__name__, [n for n in names if issubclass(t, getattr(numbers, n))])
print(numbers.Integral.__mro__[1].__name__, [c.__name__ for c in numbers.Integral.__mro__])
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__ is None)

class MyNum:
    def __init__(self, v):
        self.v = v
numbers.Integral.register(MyNum)
print(isinstance(MyNum(3), numbers.Integral), isinstance(MyNum(3), numbers.Real), issubclass(MyNum, numbers.Number))

class Half(numbers.Real):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with')[0])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __and__(self, o): return NotImplemented
    def __rand__(self, o): return NotImplemented
    def __ceil__(self): return self.v
    def __floor__(self): return self.v
    def __floordiv__(self, o): return NotImplemented
    def __rfloordiv__(self, o): return NotImplemented
    def __invert__(self): return MyInt(~self.v)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return NotImplemented
    def __rlshift__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < int(o)
    def __mod__(self, o): return NotImplemented
    def __rmod__(self, o): return NotImplemented
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(self.v * int(o))
    def __neg__(self): return MyInt(-self.v)
    def __or__(self, o): return NotImplemented
    def __ror__(self, o): return NotImplemented
    def __pos__(self): return self
    def __pow__(self, o, m=None): return MyInt(pow(self.v, int(o), m))
    def __rpow__(self, o): return NotImplemented
    def __rshift__(self, o): return NotImplemented
    def __rrshift__(self, o): return NotImplemented
    def __round__(self, n=None): return self.v
    def __rtruediv__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __trunc__(self): return self.v
    def __xor__(self, o): return NotImplemented
    def __rxor__(self, o): return NotImplemented
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'MyInt(%d)' % self.v
m = MyInt(6)
print(m, m + 1, 2 * m, float(m), complex(m), m.real, m.imag, m.numerator, m.denominator, m.conjugate())
print([10, 20, 30, 40, 50, 60, 70][m], bin(m), hex(MyInt(255)), isinstance(m, numbers.Rational))
print(pow(MyInt(3), 2, 5), Fraction(1, 2).real, (2.5).real, (3).numerator, (3).denominator)
print(callable(numbers.Complex.register), numbers.Real.__abstractmethods__ >= {'__float__'})
