import datetime
# str methods, format-spec and %-formatting corner cases
s = 'Hello, World'
print(s.center(20, '*'), s.ljust(15, '-'), s.rjust(15, '.'), s.zfill(16), '-42'.zfill(6), '+7'.zfill(4))
print(s.partition(', '), s.rpartition('o'), s.partition('zz'), s.rpartition('zz'))
print(s.casefold(), 'ß'.casefold(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ǅ'.title(), 'ǅ'.swapcase())
print(s.expandtabs(), 'a\tbc\td'.expandtabs(4), 'x\ty\n\tz'.expandtabs(3))
print('a,b,,c'.split(','), 'a b  c'.split(), ' a b '.split(None, 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3\rline4\x0bline5\x1c6'.splitlines(), 'a\nb\n'.splitlines(True))
print(s.startswith(('He', 'x')), s.endswith('ld', 0, 12), s.startswith('World', 7), s.find('o', 5), s.rfind('o'), s.index('W'))
print(s.count('l'), s.count(''), 'aaaa'.count('aa'), s.replace('l', 'L', 2), 'abc'.replace('', '-'))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print('Straße'.removeprefix('Str'), 'file.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'))
print('hello world foo'.title(), "they're bill's".title(), 'hELLO'.capitalize(), 'ǆa'.capitalize())
print('abc'.isalpha(), 'abc1'.isalnum(), '١٢٣'.isdigit(), '½'.isnumeric(), '½'.isdecimal(), '²'.isdigit(), '²'.isdecimal())
print('Abc Def'.istitle(), 'ABC'.isupper(), 'abc'.islower(), ' \t'.isspace(), ''.isspace(), 'a_1'.isidentifier(), '1a'.isidentifier())
print('abc\x7f'.isprintable(), 'é'.isascii(), 'abc'.isascii())
print(str.maketrans('abc', 'xyz'), 'abcabc'.translate(str.maketrans('abc', 'xyz', 'b')))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 0x30}))
print(str.maketrans({'a': 'b', 'c': None}))
for args in [('ab', 'c'), (1,), ({'ab': 1},), ('a', 'b', 1)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('-'.join(['a', 'b']), ''.join([]))
for bad in [lambda: '-'.join(['a', 1]), lambda: 'abc'.index('z'), lambda: 'a'.center(3, 'xy'),
            lambda: 'abc'.split(''), lambda: 'x'.zfill('3'), lambda: 'abc'[5], lambda: 'a' * 'b',
            lambda: 'abc'.encode('nope'), lambda: 'a' + 1, lambda: 'abc'.startswith(['a']),
            lambda: 'abc'.count(1), lambda: 'é'.encode('ascii'), lambda: str(b'\xff', 'utf-8'),
            lambda: 'abc'.rindex('z'), lambda: ord('ab'), lambda: chr(0x110000), lambda: 'a'.join('b', 'c')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# format specs
for spec in ['', '<10', '>10', '^10', '*^11', '.3', '10.2', '!<5']:
    try:
        print(repr(format('hello', spec)))
    except ValueError as e:
        print(type(e).__name__, e)
for v, spec in [(1234567, ','), (1234567, '_'), (255, '#x'), (255, '#o'), (255, '#b'), (255, '08b'),
                (-42, '+d'), (42, ' d'), (42, '=+8d'), (1234567, '_x'), (3.14159, '.2f'), (3.14159, '10.3e'),
                (0.000123, 'g'), (1e20, 'g'), (1.5, '%'), (0.25, '.1%'), (1234.5, ',.2f'), (float('nan'), '+.2f'),
                (float('-inf'), '10'), (-0.0, '.1f'), (-0.0, 'z.1f'), (2.5, '.0f'), (3.5, '.0f'), (12345.678, 'n'),
                (1e16, ''), (1e-5, ''), (123456789.0, '.3g'), (65, 'c'), (True, 'd'), (True, ''), (10, '#X'),
                (1.0, '#.0f'), (0.1, '.17g'), (100, '.2e'), (5, '05'), (-5, '05'), (12, '^+7'), (1 + 2j, '.1f'),
                (1 + 2j, ''), (-1.5j, '>10'), (2 ** 70, ','), (123, 'n')]:
    try:
        print(spec, repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(spec, type(e).__name__, e)
for v, spec in [(1.5, 'd'), ('s', 'd'), (1, 's'), (1, '.2d'), (1, ',c'), (1.0, 'x'), ('x', '='), (1, '=^,'),
                (300000000, 'c'), (1, 'zd'), ([], 'x'), (None, '>5'), (object(), 'x'), (1, ',_'), (1.5, '_,')]:
    try:
        print(spec, repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(spec, type(e).__name__, e)
print('{:{w}.{p}f}|{!r:>6}|{0[1]}|{k.imag}'.format(3.14159, 'x', w=8, p=2, k=1j) if False else '{0:{w}.{p}f}|{1!r:>6}'.format(3.14159, 'x', w=8, p=2))
print('{0}{{}}{1!s}{2!a}'.format(1, 'é', 'é'), '{:%Y}'.format(datetime.date(2020, 1, 2)))
for fmt, args in [('{', ()), ('}', ()), ('{0', ()), ('{0!}', (1,)), ('{:>{}}', ('a',)), ('{0[}', ([1],)),
                  ('{a.}', ()), ('{0.x}', (1,)), ('{0[0]}', (1,)), ('{!x}', (1,)), ('{1}', (1,)), ('{0:{1:{2}}}', (1, 2, 3))]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(fmt, type(e).__name__, e)

# %-formatting
print('%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%' % ('s', 'r', 'é', 1, 2, 3, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5e-7, 1.5e20, 'c'))
print('%5s|%-5s|%05d|%+d|% d|%#x|%#o|%.3s|%*d|%-*d|%.*f' % ('a', 'b', 42, 5, 5, 255, 8, 'abcdef', 4, 7, 4, 7, 2, 3.14159))
print('%(name)s is %(age)03d' % {'name': 'Bob', 'age': 7}, '%c%c' % (65, 'Z'), '%s' % ((1, 2),), '%s' % [1, 2])
print('%x %o %d' % (2 ** 70, -8, True), '%.0f %.1f %e' % (0.5, 0.05, 0), '%r' % 'q', '%5.1f%%' % 99.44)
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%y', 1), ('%c', 'ab'),
                  ('%c', 1114112), ('%d', 1.5j), ('%x', 1.5), ('%(a', {'a': 1}), ('%', ()), ('%*d', ('a', 1)),
                  ('%.*f', (1.5, 1.0)), ('abc', 5), ('%s' , {}), ('%i', '1'), ('%c', 3.0), ('%(x)s %s', {'x': 1})]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print('%d' % 3.99, '%x' % True, '%s' % None, '%.2s' % 'xyz', '%-+6d|' % 3, '%#.3g' % 1.0, '%g' % 100000, '%g' % 1000000)
