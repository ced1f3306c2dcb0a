# decimal: format() specs, str/repr/eng strings, the less common methods and
# Context methods, pickling, subclasses and threads' contexts.
import decimal, pickle, copy, threading
from decimal import Decimal as D, Context, localcontext, getcontext

vals = ['0', '-0', '1', '-1.5', '123.456', '1E+5', '1.23E-7', '0.000', '1234567.891', 'inf', '-inf', 'nan', '-nan123']
for spec in ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '>12', '<12', '^12', '*^15.2f', '+', ' ', ',', '_', ',.2f', '015.3f', '=+10']:
    out = []
    for v in vals:
        try:
            out.append(format(D(v), spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
for v in vals + ['1E+2', '12E-3', '1E+6', '0E-8', '123456789E+20', '-0E+3']:
    d = D(v)
    print(v, str(d), repr(d), d.to_eng_string(), d.is_normal(), d.is_subnormal(), d.number_class(), d.is_canonical(), d.adjusted())
c = Context(prec=5, capitals=0)
print(c.to_sci_string(D('1E+10')), c.create_decimal('1.23456789E+10'), c.to_eng_string(D('12345E+5')))
print(c.abs(D('-2')), c.add(1, 2), c.subtract(1, D('0.5')), c.multiply(3, 4), c.divide_int(7, 2), c.remainder(7, 3), c.remainder_near(7, 3), c.divmod(7, 2))
print(c.minus(3), c.plus(D('1.234567')), c.power(2, -2), c.power(D('1.5'), 2, None), c.quantize(D('1.2345'), D('0.1')), c.same_quantum(D('1.0'), D('2.0')))
print(c.compare(1, 2), c.compare_signal(2, 1), c.compare_total(D('1.0'), D('1')), c.compare_total_mag(-2, 1), c.copy_abs(-1), c.copy_negate(1), c.copy_sign(1, -2), c.copy_decimal(5))
print(c.exp(1), c.ln(2), c.log10(2), c.logb(250), c.sqrt(3), c.fma(2, 3, 4), c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2))
print(c.next_minus(1), c.next_plus(1), c.next_toward(1, 2), c.normalize(D('1.500')), c.number_class(D('-1E-10')), c.scaleb(1, 3), c.shift(12, 1), c.rotate(12, -1))
print(c.logical_and(D('1100'), D('1010')), c.logical_or(D('1100'), D('1010')), c.logical_xor(D('1100'), D('1010')), c.logical_invert(D('101')))
print(c.is_finite(1), c.is_infinite(D('inf')), c.is_nan(D('nan')), c.is_qnan(D('nan')), c.is_snan(D('snan')), c.is_signed(-1), c.is_zero(0), c.is_normal(1), c.is_subnormal(D('1e-1000000')), c.is_canonical(D(1)))
print(c.to_integral_exact(D('2.5')), c.to_integral_value(D('3.5')), c.to_integral(D('-2.5')), c.Etiny(), c.Etop(), c.radix(), c.canonical(D(2)))
print(D('2.5').to_integral_exact(), D('-0.5').to_integral_value(rounding=decimal.ROUND_CEILING), D('12.345').quantize(D('1E+1')), D('12.345').same_quantum(D('1.000')))
print(D(7).compare_signal(D(8)), D('1.0').compare_total_mag(D('-1')), D(3).max_mag(D(-4)), D(3).min_mag(D(-4)), D(1).next_toward(D(0)), D('123').logb(), D(5).radix(), D(2).canonical())
print(pickle.loads(pickle.dumps(D('-1.50'))), copy.deepcopy(D('nan')), pickle.loads(pickle.dumps(Context(prec=7, traps=[decimal.Inexact]))))
print(copy.copy(Context(prec=3)), D('3.00').__reduce__(), decimal.DecimalTuple(1, (1, 2), -1), D(decimal.DecimalTuple(1, (1, 2), -1)))

class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.25')
print(m, repr(m), type(m).__name__, type(m + 1).__name__, isinstance(m, D), Money(2) == 2, repr(Money.from_float(0.5)))

out = []
def worker(p):
    with localcontext() as ctx:
        ctx.prec = p
        out.append((p, str(D(1) / D(7))))
ts = [threading.Thread(target=worker, args=(p,)) for p in (3, 6, 9)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), getcontext().prec)
with localcontext(prec=4, rounding=decimal.ROUND_UP) as ctx:
    print(D(2) / 3, ctx.rounding)
try:
    with localcontext(bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(D(10) ** -2, D(-8) ** D(1) / 3, D('0.5') ** 2, D(4) ** D('0.5'), D(0) ** 0 if False else '', pow(D(3), 4, 7), D(-2) ** 3)
print(D('1.50') + D('1.5'), D('10.00') / D('2'), D('1.0') * D('1.00'), D(1) - D('1.000'), D('2') // D('0.3'), D('2') % D('0.3'))
