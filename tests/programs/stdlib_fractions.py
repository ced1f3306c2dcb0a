# fractions.Fraction: construction, arithmetic, conversions, formatting, hashing.
from fractions import Fraction
from decimal import Decimal
import math

print(Fraction(16, -10), Fraction(123), Fraction(), Fraction('3/7'), Fraction(' -3/7 '))
print(Fraction('1.414213 \t\n'), Fraction('-.125'), Fraction('7e-6'), Fraction('1_000.5'))
print(Fraction(2.25), Fraction(1.1), Fraction(Decimal('1.1')), Fraction(Fraction(3, 4), Fraction(5, 6)))
print(Fraction.from_float(0.3), Fraction.from_decimal(Decimal('-2.5E-3')), Fraction(-0.0))
print(repr(Fraction(3, 4)), str(Fraction(3, 4)), str(Fraction(8, 4)), repr(Fraction(-8, 4)))
a, b = Fraction(1, 3), Fraction(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)), a ** 2, a ** -2)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a + 1j, a ** 0.5, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2), Fraction(9, 4) ** 2)
print(-a, +a, abs(Fraction(-5, 3)), a < b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3) == 3)
print(Fraction(1, 2) < 0.6, Fraction(5, 2) > 2, Fraction(1, 2) != 0.5, max(Fraction(1, 3), 0.3, Fraction(2, 7)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)))
print(round(Fraction(22, 7), 2), round(Fraction(22, 7), -1), round(Fraction(1234567, 100), -2))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)), complex(Fraction(1, 4)), bool(Fraction(0)), bool(a))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(6, 4).as_integer_ratio())
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(math.pi).limit_denominator(100))
print(Fraction(1, 3).limit_denominator(2), Fraction(125, 10).limit_denominator(1), Fraction(-4321, 1234).limit_denominator(10))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10**30, 7)), hash(Fraction(1, 2**61 - 1)))
print({Fraction(1, 2): 'half', 0.5: 'float'}, len({Fraction(2), 2, 2.0}))
print(sum([Fraction(1, n) for n in range(1, 11)]), math.fsum([0.1] * 10), Fraction(10**20, 3) + Fraction(1, 10**20))
print(f'{Fraction(1, 3)}', '{:>10}|'.format(str(Fraction(-3, 7))), Fraction(1, 3).__format__(''))
print(isinstance(a, Fraction), type(a + 1).__name__, type(a * 1.0).__name__, type(Fraction(1) ** 2).__name__)
print(Fraction(2, 3).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a')
print(Fraction(3, 1) == Decimal(3) if False else Fraction(7, 4) * 4, Fraction(1, 10**20) > 0)

class MyFrac(Fraction):
    pass
m = MyFrac(3, 9)
print(m, type(m).__name__, type(m + 1).__name__, repr(m))

import copy, pickle
print(copy.copy(a), copy.deepcopy(b), pickle.loads(pickle.dumps(Fraction(-22, 7))))

def err(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__, e)

err(Fraction, 1, 0)
err(Fraction, '1/0')
err(Fraction, 'abc')
err(Fraction, '1/2/3')
err(Fraction, ' ')
err(Fraction, 1.5, 2)
err(Fraction, float('nan'))
err(Fraction, float('inf'))
err(Fraction, [1])
err(Fraction, '1', 2)
err(Fraction.from_float, 'x')
err(Fraction.from_decimal, 1.5)
err(Fraction.from_decimal, Decimal('nan'))
err(lambda: Fraction(1, 2) / 0)
err(lambda: Fraction(1, 2) // 0)
err(lambda: Fraction(0) ** -1)
err(lambda: Fraction(1, 2) + 'a')
err(lambda: Fraction(1, 2) < 'a')
err(lambda: Fraction(3, 2).limit_denominator(0))
err(lambda: Fraction(1, 3) % 0)
