# decimal is the C module _decimal (libmpdec) under CPython: its surface,
# not _pydecimal's.
import sys
import pickle
import decimal
import _decimal
import _pydecimal
from decimal import (Decimal, Context, localcontext, getcontext,
                     InvalidOperation, Overflow, Inexact, FloatOperation)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(decimal.Decimal is _decimal.Decimal, decimal.Context is _decimal.Context)
print(decimal.Decimal is _pydecimal.Decimal, _pydecimal.Decimal.__module__)
print(decimal.__doc__, decimal.__version__, decimal.__libmpdec_version__)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(sorted(n for n in dir(_decimal) if not n.startswith('_')))

# A SignalDict made by calling its type belongs to no context.
c = Context()
SignalDict = type(c.flags)
print(SignalDict.__name__, SignalDict.__module__, [k.__name__ for k in SignalDict.__mro__[:3]])
sd = SignalDict()
show(lambda: len(sd))
show(lambda: sd[InvalidOperation])
show(lambda: sd.__setitem__(InvalidOperation, True))
show(lambda: list(sd))
show(lambda: repr(sd))
show(lambda: sd.copy())
show(lambda: sd == c.flags)
show(lambda: c.flags == sd)

# Comparisons with dicts: by truth value, dicts of other keys never equal.
print(c.flags == dict(c.flags), c.flags != dict(c.flags))
print(c.flags == dict.fromkeys(dict(c.flags), 2), c.flags == {Inexact: 1}, c.flags == 5)
c.flags[Inexact] = 7
print(c.flags[Inexact], c.flags == dict(c.flags), len(c.flags))
show(lambda: c.flags.__delitem__(Inexact))
show(lambda: c.flags.__setitem__(801, 0))

# Context(): the C parameters only; copy() is independent.
show(lambda: Context(_ignored_flags=[]).prec)
d = c.copy()
d.flags[Overflow] = True
d.traps[Inexact] = True
print(c.flags[Overflow], c.traps[Inexact], d.flags[Overflow], d.traps[Inexact])
print(d)
print(pickle.loads(pickle.dumps(d)))

# The constructor converts exactly within libmpdec's largest context.
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = True
    for s in ["0e%d" % sys.maxsize, "0e%d" % (-sys.maxsize - 1),
              "1e%d" % sys.maxsize, "1e%d" % (-sys.maxsize - 1),
              "1e9999999999999999999", "1e999999999999999999",
              "1e-1999999999999999997", "10e-1999999999999999998"]:
        show(lambda: Decimal(s))
    show(lambda: ctx.create_decimal("1e9999999999999999999"))
    for t in [(1, (), sys.maxsize), (1, (0, 1, 2), sys.maxsize),
              (1, (), sys.maxsize + 1), (0, (5,), -sys.maxsize - 2),
              (1, (0, 1), "N")]:
        show(lambda: Decimal(t))
        show(lambda: ctx.create_decimal(t))
with localcontext(Context()) as ctx:
    ctx.traps[InvalidOperation] = False
    show(lambda: Decimal("1e9999999999999999999"))
    print(ctx.flags[InvalidOperation], ctx.flags[Overflow], ctx.flags[Inexact])


# int and float subclasses convert by value, not by their methods.
class I(int):
    def __abs__(self):
        return 99

    def __str__(self):
        return "nonsense"


class F(float):
    def as_integer_ratio(self):
        return 1

    def __abs__(self):
        return self

    def __repr__(self):
        return "nonsense"


show(lambda: Decimal(I(-42)))
show(lambda: Decimal.from_float(I(-42)))
show(lambda: Decimal.from_float(F(101.1)) == Decimal.from_float(101.1))
show(lambda: Decimal.from_float(F("inf")))
show(lambda: Context(prec=5).create_decimal_from_float(F(2.5)))
show(lambda: Decimal.from_float("1.5"))
show(lambda: Decimal([]))
show(lambda: Decimal(1j))

# __round__ takes a C ssize_t.
for n in (2**63, -2**63 - 1, 2**63 - 1, 3):
    show(lambda: round(Decimal("1.23"), n))

# __format__(spec, override): the C signature and messages.
show(lambda: Decimal(1).__format__([]))
show(lambda: Decimal(1).__format__("=10.10", 9))
show(lambda: Decimal(1).__format__("<>=10.10"))
show(lambda: Decimal("1.5").__format__("=%d.1" % sys.maxsize))
show(lambda: Decimal("1.5").__format__("=%d.1" % 10**18))
show(lambda: Decimal("1.5").__format__(".%df" % 2**63))
en = {'decimal_point': '.', 'grouping': '\3\3\0', 'thousands_sep': ','}
crazy = {'decimal_point': '&', 'grouping': '\1\4\2\x7f', 'thousands_sep': '-'}
for x, fmt, conv in [(123456789, 'n', en), (Decimal('12.7'), 'n', crazy),
                     (1234567890123, 'n', crazy), (12345, '010n', en),
                     (123456789, '.6n', crazy), (12345, 'n', {}),
                     (12345, 'n', {'decimal_point': 'xxxxx'}),
                     (12345, 'n', {'thousands_sep': 'yyyyy'}),
                     (12345, 'n', {'grouping': '\xff\xff\0'})]:
    show(lambda: Decimal(x).__format__(fmt, conv))

# __sizeof__: libmpdec's words of 19 digits.
print([Decimal(10**(19 * k)).__sizeof__() > Decimal(0).__sizeof__()
       for k in (0, 2, 3, 4, 24)])
print(Decimal(10**(19 * 25)).__sizeof__() - Decimal(10**(19 * 24)).__sizeof__())

# No limit on the digits of int <-> Decimal conversions.
with localcontext() as ctx:
    ctx.prec = 10000
    third = Decimal(1) / 3
    print(len(str(third)), str(third)[-5:])
    big = 10**5000 + 7
    x = Decimal(big)
    print(len(str(x)), int(x) == big, int(x * 2) == 2 * big, hash(x) == hash(big))
    print(x.as_integer_ratio()[0] == big, str(Decimal(-big))[:3])
    print(str((x / 3).sqrt())[:20])

# Exact results at the largest precision.
maxctx = Context(prec=decimal.MAX_PREC, Emin=decimal.MIN_EMIN, Emax=decimal.MAX_EMAX)
with localcontext(maxctx):
    print(Decimal(0).exp(), Decimal(1).ln(), Decimal(10**223).log10())
    print(Decimal(4).sqrt(), Decimal("40E9").sqrt(), Decimal("0.0144").sqrt())
    print(divmod(Decimal(10), 3), Decimal(10) // 3, Decimal(10) % 3)
    print(Decimal(4) / 2, Decimal(1) / 8, Decimal(-3) / Decimal("1.6E5"),
          Decimal("1E+10") / Decimal("2.5E-3"))
    print(Decimal(400) ** -1, Decimal(2) ** 10)
print(maxctx.flags[Inexact], maxctx.flags[InvalidOperation])

# Pickles name decimal.Decimal, whichever module made them.
p = pickle.dumps(Decimal("-1.5E+3"))
print(type(pickle.loads(p)) is Decimal, pickle.loads(p))
