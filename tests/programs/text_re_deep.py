# re corners: unicode case folding, classes, empty matches, bytes, Scanner, reprs
import re
import copy
print(re.findall(r'(?i)s', 'sSſ'), re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)[a-z]+', 'ABC\u212a\u0130\u0131'))
print(re.findall(r'(?ia)k', 'kK\u212a'), re.findall(r'(?i)\u00df', '\u1e9e\u00df'), re.findall(r'(?i)σ', 'Σσς'))
print(re.findall(r'(?i)[^a]', 'aAbB'), re.findall(r'(?i)[\u0100-\u017f]', '\u0100\u0101ſs'), re.match(r'(?i)ǆ', 'ǅ'))
print(re.findall(r'\d+', '12 ١٢ ４'), re.findall(r'(?a)\d+', '12 ١٢'), re.findall(r'\w+', 'naïve_x ĳ 中文'), re.findall(r'\s', '\x1c\x85\u3000a'))
print(re.findall(r'\bx\b', 'x éx xé x'), re.findall(r'(?a)\bx\b', 'éx x'), re.findall(r'\B.', 'ab c'))
print(re.findall(r'[\w.-]+@[\w-]+\.\w+', 'mail a.b-c@x-y.org or z@q.io'), re.findall(r'[^\W\d_]+', 'ab1_cd'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'axxb'), re.sub(r'\b', '|', 'ab cd'), re.subn('(?=b)', '^', 'abab'))
print(list(m.span() for m in re.finditer(r'a*', 'baaac')), re.split(r'(?=[A-Z])', 'helloWorldFooBar'), re.split('', 'ab'))
print(re.split(r'(a)(x)?', 'bab'), re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'((a)b)', 'abab'), re.findall(r'', 'ab'), re.findall('a|', 'ab'))
m = re.match(r'((a)(b(c))?)(d)?', 'abc')
print(m.lastindex, m.lastgroup, m.regs, m.groups(), m.span(5), m.start(5))
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.lastgroup, m.groupdict(), m.group('y'), repr(m.expand(r'\g<y>|\g<x>')))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>\g<0>', '2024-05!'), re.sub('(a)', r'\g<1>0', 'a'), re.sub('a', r'\t\n\\', 'a') == '\t\n\\')
print(re.match(b'(?i)\xe9', b'\xc9'), re.findall(rb'\w+', b'caf\xe9 ab_1'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(rb',', b'a,b'))
print(re.match(b'[\x80-\xff]+', b'\x80\xfe').span(), re.escape(b'a.b\x00'), re.compile(rb'\d', re.L) is not None if False else 1)
print(repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))), repr(re.compile('a', re.S | re.A | re.I)))
m = re.search('b+', 'a' * 100 + 'bbb' + 'c' * 100)
print(repr(m)[:60], repr(re.match('(x)?', 'y')))
p = re.compile(r'(?P<n>\d+)')
print(copy.copy(p) is p, copy.deepcopy(p) is p, p == re.compile(r'(?P<n>\d+)'), hash(p) == hash(re.compile(r'(?P<n>\d+)')), p.scanner('1 2').search().group())
m = p.search('x12')
print(copy.copy(m) is m, m.re is p, m.string, m.pos, m.endpos, m[1], m['n'])
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None), (r'[+*]', lambda s, t: t)])
print(sc.scan('x + 12 * yy ?rest'))
print(re.match(r'(?:ab)*c', 'ababc').group(), re.match(r'(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups(), re.match(r'(a+)+b', 'a' * 25 + 'b').end())
print(re.match(r'(.)(?!\1)(.)', 'ab').groups(), re.match(r'(?<=(a))b', 'ab') is None, re.search(r'(?<=(a))b', 'ab').group(1), re.search(r'(?<!a)b', 'abcb').start())
print(re.match(r'x{0}y', 'y').group(), re.match(r'a{3}', 'aaaa').group(), re.match(r'a{,}', 'a{,}').group(), re.match(r'a{2}{3}', 'a' * 6) if False else 0, re.match(r'\{1', '{1').group())
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'(?:a|ab)', 'ab').group(), re.match(r'a??b', 'ab').group(), re.search(r'\Z', 'ab\n').start(), re.search(r'$', 'ab\n').start())
print(re.findall(r'[]a]', ']a'), re.findall(r'[^]]', 'a]'), re.findall(r'[a\]]', 'a]'), re.findall(r'[\\]', '\\'), re.findall(r'[-a]', '-a'), re.findall(r'[\s\S]', 'a\n'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}', 'AAAAA'), re.findall('[\\0]', '\x00'), re.findall(r'\0', '\x00'))
print(re.compile(r'(?x)[ # ]', 0).findall('# '), re.compile(r'a # b', re.X).pattern, re.compile('(?u)a').flags, re.compile(b'a').flags, re.compile('a').flags)
for bad in ['a{1000000000}', 'a' * 3 + '{3,2}', r'(?<=a|bc)x', '(?P<a-b>x)', '(?P<é>x)', r'[\A]', r'\8', r'(a)\2', '(?i)(?-i:a)', '(?a)(?u)x',
            '(?L)x', r'\ca', 'a{2}{3}', '(?:a|b)++', r'(?P<n>a)(?P=n)', 'x(?i)y', '[[:alpha:]]', r'(?(0)a)', r'(?(-1)a)', r'(?(a-)x)', '\\u12', r'\U0011ffff']:
    try:
        p = re.compile(bad)
        print('ok', repr(bad), p.groups)
    except (re.error, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
    except (DeprecationWarning, FutureWarning) as e:
        print(repr(bad), type(e).__name__)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e)
try:
    re.compile('(?P<x>a)', re.T if hasattr(re, 'T') else 0).match('a').group(2)
except IndexError as e:
    print(type(e).__name__, e)
for f in [lambda: re.purge(), lambda: re.compile('a').sub('b', 'aa', -1), lambda: re.compile('a').split('a', maxsplit=-1),
          lambda: re.findall('a', 'aa', 'x'), lambda: re.compile(re.compile('a'), re.I), lambda: re.compile(re.compile('a', re.I)).flags,
          lambda: re.fullmatch('a', 'a', pos=0), lambda: re.compile('a').match('ba', pos=1, endpos=-5), lambda: re.compile('a').search('a', 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
