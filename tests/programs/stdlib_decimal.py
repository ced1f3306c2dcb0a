# decimal (the _pydecimal path): contexts, quantize, rounding, signals, arithmetic, hashing.
import decimal
from decimal import Decimal as D, localcontext, getcontext, Context

print(D('1.10') + D('2.205'), D('1.3') * D('1.3'), D(1) / D(7), D(10) // D(3), D(-10) % D(3), D(-7) // D(2))
print(D('0.1') + D('0.2') == D('0.3'), D(0.1), D(-5), D('1e3'), D('-0'), D('  12.50  '), D('1_000.5'))
print(repr(D('3.14')), str(D('1E+2')), str(D('0.000001')), str(D('0.0000001')), D('123.456e-10'), D((0, (1, 4, 1, 4), -3)))
print(D('Infinity'), D('-inf'), D('nan'), D('sNaN'), repr(D('NaN123')), D('inf') > 10**100)
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('7.325').quantize(D('.01'), rounding=decimal.ROUND_DOWN))
for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    print(mode, [str(D(x).quantize(D('1'), rounding=mode)) for x in ['2.5', '-2.5', '1.5', '0.4', '-0.6', '5.01']])
print(D(2).sqrt(), D('0.25').sqrt(), D(1).exp(), D(10).ln(), D(1000).log10(), D(2) ** D('0.5'), D(2) ** 100, D('1.1') ** 3)
print(D('-3.5').copy_abs(), D('3').copy_negate(), D('1.23').copy_sign(D('-0')), D('12.3400').normalize(), D('1E+2').to_integral_value())
print(D('3.14').as_tuple(), D('3.14').as_integer_ratio(), D('-0.5').is_signed(), D('nan').is_nan(), D('inf').is_infinite(), D(0).is_zero())
print(D('12.345').adjusted(), D('12.345').exponent if hasattr(D, 'exponent') else '', D('1.20').compare(D('1.2')), D(1).compare_total(D('1.0')))
print(D(5).max(D(3)), D(5).min(D('nan')), D('7').fma(2, 3), D(17).remainder_near(D(5)), D('1.5').next_plus(), D('1.5').next_minus())
print(D('1.5').logb(), D(255).number_class(), D('-0').number_class(), D('0.1').scaleb(3), D('1234').shift(2), D('1234').rotate(-1))
print(D(1) + 1, 1 + D(1), D('2.5') * 2, 3 - D('0.5'), D(7) / 2, 2 ** D(3), -D('1.5'), +D('1.55555'), abs(D('-2')))
print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 2, D('1.5') > 1.4, D(2) <= D('2.00'))
print(int(D('-3.9')), float(D('1.5')), round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), round(D('1234'), -2), complex(D(2)))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('1.10')) == hash(D('1.1')), hash(D('1e100')) == hash(10**100))
print(hash(D('0.1')), hash(D('-1.5')), hash(D('inf')), len({D('1'), 1, 1.0, D('1.00')}))
print(f'{D("1234.5678"):.2f}', f'{D("1234.5678"):,.3f}', f'{D("0.000123"):e}', f'{D("-1.5"):+10.3}', f'{D("12.5"):%}', f'{D("1e10"):g}', format(D('7'), '08.2f'))
print(sorted([D('3'), D('1.5'), 2, 0.5]), sum([D('0.1')] * 10), max(D('1'), D('1.0')), D(12).to_eng_string(), D('1E+7').to_eng_string())

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
print(sorted(k.__name__ for k, v in ctx.traps.items() if v))
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), D('123456789') + 0, lc.prec)
    lc.rounding = decimal.ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(3), getcontext().prec)
with localcontext(Context(prec=3, rounding=decimal.ROUND_UP)):
    print(D('1.001') + 0, D(10) / 3)
c = Context(prec=6)
print(c.add(D('1.0000005'), 0), c.divide(1, 7), c.sqrt(D(2)), c.power(2, 10), c.create_decimal('3.14159265'), c.create_decimal_from_float(0.1))
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded])
c.clear_flags()
c.traps[decimal.Inexact] = True
try:
    c.divide(1, 3)
except decimal.Inexact as e:
    print('Inexact', type(e).__name__, isinstance(e, decimal.DecimalException), isinstance(e, ArithmeticError))
print(repr(Context(prec=10, Emax=99, Emin=-99, flags=[], traps=[decimal.DivisionByZero])))
print(decimal.MAX_PREC > 0, decimal.HAVE_THREADS, D.from_float(0.25), D('9.99').quantize(D('1.0'), context=Context(prec=2)) if False else '')

def err(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(D, 'abc')
err(D, '1.2.3')
err(D, [1])
err(lambda: D(1) / D(0))
err(lambda: D(0) / D(0))
err(lambda: D(-1).sqrt())
err(lambda: D('nan') < 1)
err(lambda: D('snan') + 1)
err(lambda: D(1) + 1.5)
err(lambda: D(1) + 'a')
err(lambda: D(10) ** D('1e1000'))
err(lambda: D('1e999999') * D('1e999999'))
err(lambda: D('1.5').quantize(D('1e-30'), context=Context(prec=5)))
err(lambda: int(D('inf')))
err(lambda: int(D('nan')))
err(lambda: D(1) % D(0))
err(lambda: setattr(getcontext(), 'prec', 0))
err(lambda: setattr(getcontext(), 'rounding', 'bogus'))
err(lambda: Context(prec='x'))
err(lambda: D('1').ln() if False else D(0).ln())
err(lambda: D(-1).ln())
