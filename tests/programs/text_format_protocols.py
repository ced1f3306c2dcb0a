# format()/%/f-strings with user types and number-like protocols
from decimal import Decimal
from fractions import Fraction

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec.endswith('$'):
            return '$' + format(self.v, spec[:-1] or '.2f')
        return format(self.v, spec)
    def __repr__(self):
        return 'Money(%r)' % self.v
    def __str__(self):
        return 'M%s' % self.v

m = Money(3.14159)
print(format(m, '$'), format(m, '.1f$'), f'{m:>10.3f}', f'{m!r}', f'{m!s:*<8}', '{0:$} {0!r:>15}'.format(m))
x, y = 7, 'txt'
print(f'{x=}', f'{x = :>4}', f'{y=!r:^9}', f'{x+1=}', f'{m=!s}', f'{"nest":{y[0]}>{x}}', f'{{literal}} {x:{"0"}{4}d}')
print(f'{3.0:g}', f'{1e-7:.2}', f'{x:#06b}', f'{-x:x}', f'{x:c}' if False else '', f'{"é":\u2605^5}', f'{x!a}', f'{"é"!a}')

class NoFormat:
    pass
print(format(NoFormat(), '') .startswith('<__main__.NoFormat object'), f'{NoFormat.__name__}')
for spec in ['x', '>5']:
    try:
        format(NoFormat(), spec)
    except TypeError as e:
        print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 65
class Flt:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 9
print('%x %o %c %d' % (Idx(), Idx(), Idx(), Idx()), '%.1f %e' % (Flt(), Flt()), '%s' % Idx.__name__)
for fmt, arg in [('%d', Flt()), ('%d', IntOnly()), ('%x', IntOnly()), ('%f', Idx()), ('%f', 'x'), ('%i', Decimal('3.7')), ('%x', Decimal(3))]:
    try:
        print(fmt, repr(fmt % arg))
    except TypeError as e:
        print(fmt, type(e).__name__, e)

class D(dict):
    def __missing__(self, k):
        return '<%s>' % k
print('%(a)s %(b)s' % D(a=1), '{a} {b}'.format_map(D(a=1)), '{0[x]}'.format(D()))
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(hello)s %(x)r' % M(), '{k}'.format_map(M()))
try:
    '{}'.format_map(M())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

print(format(Decimal('1234.5678'), ',.2f'), format(Decimal('1e-10'), 'e'), format(Decimal('-0'), '+'), format(Decimal('12.5'), '%'),
      format(Decimal('NaN'), '>6'), f'{Decimal("3.14159"):.3}', format(Decimal('123456'), ','), format(Decimal(2) ** 100, '.5e'))
print(format(Fraction(3, 4), ''), str(Fraction(-6, 4)), repr(Fraction(1, 3)), '%.3f' % Fraction(1, 3), '%s' % Fraction(2, 1))
try:
    format(Fraction(1, 3), '.2f')
    print('fraction format ok')
except TypeError as e:
    print(type(e).__name__, e)
print(format(10 ** 30, 'e'), format(10 ** 30, ',d'), format(-10 ** 20, '_x'), format(2 ** 64, '#o'), format(True, '>5'), format(False, 'x'))
print(format(1.0, 'n'), format(1234567.0, 'n'), format(0.5, '+.0%'), format(123.456, '10.2e'), format(1e300 * 10, 'f'), format(-1e-300 / 1e300, 'f'))
print(format(5, '='), format(-5, '=6'), format(-5.5, '=+8.2f'), format(1.5, '^+9'), format(2j, '^10'), format(1+1j, '.0e'), format(complex(1, -0.0), ''))
print('{:>{width}.{prec}}'.format('abcdef', width=6, prec=3), '{:{}{}{}}'.format(3.14159, '<', 8, '.2f') + '|', '{!s:.2}'.format(Money(1)))
print(str.format('{}', 1), str.__format__('abc', '>4'), int.__format__(5, '03'), float.__format__(1.5, ''), object.__format__(None, ''))
for f in [lambda: object.__format__(1, 'x'), lambda: int.__format__(5, 5), lambda: '{:d}'.format('a'), lambda: '{:s}'.format(1),
          lambda: format(1, 'ss'), lambda: format(1.5, ',s'), lambda: format('a', ','), lambda: format(1, '.'), lambda: format(1, '.f'),
          lambda: format(1.0, '.2147483648f'), lambda: format(1, '99999999999999999999d'), lambda: f'{1:{"<"}{"5"}z}',
          lambda: format(1j, '='), lambda: format(1j, '05'), lambda: format(1j, '%'), lambda: format(Decimal(1), 'q')]:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b'%s %d %x %c %r %a %b' % (b'bytes', 5, 255, 65, b'r', 'é', bytearray(b'ba')), b'%(k)s' % {b'k': b'v'}, bytearray(b'%05.1f') % 2.25)
for fmt, arg in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%y', 1), (b'%s', 1)]:
    try:
        print(repr(fmt % arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
