import re

def check(pat, flags=0):
    try:
        re.compile(pat, flags)
        print('ok', repr(pat))
    except re.error as e:
        print('error', repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, repr(pat), e)

for p in ['(', ')', 'a)', '[a', '[z-a]', 'a**', 'a{2,1}', '*a', '+', '?', '(?P<1>a)',
          '(?P<a>a)(?P<a>b)', '(?P=x)', '\\1', '(a)\\2', '(?<=a*)b', '(?z)', '(?', '(?P',
          '\\', 'a\\', '[\\', '(?#comment', '(?i', '\\p', '\\k<a>', '[a-\\d]', 'x{1,2}{3}',
          '(?P<a-b>x)', '(?(2)a|b)(x)', '(?(a)x)', '(?(1)a|b|c)(x)', 'a{99999999999}',
          '(?<=(a)\\1)b', '(?x)a#\n(',
          'abc\n(\ndef', '(?i)(?-i)a', '(?-z:a)', '(?i-i:a)', '(?a)(?u)x', '\\8', '\\08', '[\\8]',
          '(?P<a>a)(?P=a', '\\u12', '\\U0011ffff', '\\x4', '(?P<>x)', '(?P<é>x)']:
    check(p)
check(b'\\u0041')
check('x', re.L)
check(b'(?u)x')

try:
    re.compile(b'a').match('a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match(b'a')
except TypeError as e:
    print('TypeError', e)
for bad in [1, None, ['a'], 1.5]:
    try:
        re.match('a', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(1)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')) is not None)
try:
    re.compile('a').match('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match()
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match('a', 0, 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').match('a', string='a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').search('a', bogus=1)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').split('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
m = re.match('a', 'a')
try:
    m.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    m.string = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    len(m)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').pattern = 'b'
except AttributeError as e:
    print('AttributeError', e)
try:
    class P(re.Pattern):
        pass
except TypeError as e:
    print('TypeError', e)
print(re.Pattern.__name__, re.Pattern.__qualname__, re.Pattern.__module__, re.Match.__name__, re.Match.__module__)
print(type(re.compile('a').scanner('')).__name__, type(re.compile('a').scanner('')).__module__)
e = re.error('msg', 'pattern', 3)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
print(re.error('plain'))
