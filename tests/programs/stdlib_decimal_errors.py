# decimal: the C module's messages for conversions, traps (the list of
# conditions), rounding/context argument checks, and several traps at once.
import decimal
from fractions import Fraction
from decimal import *
D = Decimal
def err(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
for s in ["int(D('inf'))", "int(D('-inf'))", "int(D('nan'))", "int(D('snan'))", "D('nan').as_integer_ratio()", "D('inf').as_integer_ratio()",
          "round(D('nan'))", "round(D('inf'))", "round(D('inf'), 2)", "round(D('nan'), 2)", "float(D('snan'))", "float(D('nan'))", "hash(D('snan'))",
          "D([1])", "D((1, (1,), 0))", "D((0, (1, 10), 0))", "D((0, (1,), 'x'))", "D((0, (1,), 'F'))", "D((2, (1,), 0))", "D(1.5, 2)", "D('1', 'x')", "D(None)", "D(b'1')", "D(1j)",
          "D(1) + 1.5", "1.5 + D(1)", "D(1) * 'a'", "D(1) < 'a'", "D(1) == 'a'", "D(1) < 1.5", "D(1) < 1j", "D(1) == 1j", "D(1) < Fraction(3, 2)" ,
          "D(1).quantize(1.5)", "D(1).compare('x')", "D(1).max(1.5)", "D('1.5').__round__('x')", "D(1).to_integral(rounding='bad')", "D(1).quantize(D(1), rounding=7)",
          "D(1).__format__(1)", "format(D(1), 'z')", "format(D(1), '.2x')", "format(D(1), ',_f')", "format(D('nan'), '.2f')", "format(D('-inf'), '10')", "format(D('1.5'), 'n')",
          "D(1) ** D('0.5') if False else pow(D(2), 3, 5)", "pow(D(2), 3, 0)", "pow(D('2.5'), 3, 5)", "pow(D(2), D(3), D('5.5'))", "divmod(D(7), D(0))", "divmod(D(0), D(0))", "D(7) // D(0)", "D(0) // D(0)",
          "D(10) ** 1000000", "D('1e-999999') / 10**10", "D(2).sqrt(context=1)", "D(1).__add__(1.5)", "D(1).__add__('x')",
          "Context().divide(1, 0)", "Context().add('1', 1)", "Context().add(1.5, 1)", "Context().power(2, 3, 0)", "Context().create_decimal('abc')", "Context().create_decimal(1.5)", "Context().create_decimal_from_float('x')", "D.from_float('x')", "D.from_float(10**400)",
          "D(1).exp(5)", "localcontext(5)", "setcontext(5)", "Context().abs('x')", "D(1).logical_and(D(2))", "D('1.5').logical_invert()", "D(1).rotate(D('1.5'))", "D(1).scaleb(D('inf'))", "D(-1).sqrt()", "D('-1').log10()", "D(0).log10()",
          "D('snan').is_nan()", "D('snan').is_qnan()", "D('nan') == D('nan')", "D('nan') != 1", "D('snan') == 1", "[D('nan')] == [D('nan')]", "D('nan') < D('nan')", "max(D('nan'), D(1))",
          "D('1.23').adjusted()", "D('inf').adjusted()", "D(1).canonical()", "D('-0').sqrt()", "D('0.1') * 3", "getcontext().Etiny(), getcontext().Etop()", "D(1).__reduce__()", "D(5).__complex__()", "D(1).__ceil__(), D('1.5').__floor__()",
          "D('inf').__floor__()", "D('nan').__ceil__()", "type(D(1).real), D(1).imag, D(5).conjugate()", "D(1).__sizeof__() > 0", "str(D('1E-1000001'))", "D('1e999999999999999999')", "D('1e-999999999999999999')"]:
    err(s)
c = Context(); c.traps[Inexact] = c.traps[Rounded] = True
for s in ["c.divide(1, 3)", "c.multiply(D('1e999999'), 10)", "c.sqrt(2)", "c.create_decimal('1.' + '1' * 40)", "c.flags[Inexact]", "c.flags[Rounded]", "c.flags[Clamped]"]:
    err(s)
c = Context(traps=[Underflow, Subnormal, Clamped]);
for s in ["c.divide(D('1e-999999'), 10**10)", "c.create_decimal('1e-1000010')", "c.multiply(D('1e999999'), 10)"]: err(s)
c = Context(traps=[FloatOperation])
for s in ["c.create_decimal(1.5)", "D(1.5)", "c.flags[FloatOperation]"]: err(s)
with localcontext(c):
    for s in ["D(1.5)", "D(1) < 1.5", "D(1) == 1.5", "D(1) + 1"]: err(s)
print(Context(traps=[Underflow, Inexact, FloatOperation, Clamped, Rounded, Subnormal, InvalidOperation, Overflow, DivisionByZero]))
print(sorted(getcontext().flags.values()))
