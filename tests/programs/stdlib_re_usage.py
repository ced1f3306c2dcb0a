import re

log = """2024-01-05 10:00:01 ERROR [db] connection lost (code=17)
2024-01-05 10:00:02 INFO  [web] GET /index.html 200
2024-01-05 10:00:03 WARN  [db] retrying in 5s
2024-01-06 11:30:00 ERROR [auth] bad token for user=alice
"""
LINE = re.compile(r'''
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<sys>\w+)\]\s+
    (?P<msg>.*)$''', re.VERBOSE | re.MULTILINE)
for m in LINE.finditer(log):
    print(m.groupdict(), m.span('msg'), m.lastgroup)
print(LINE.findall(log)[1])
print(re.findall(r'(\w+)=(\w+)', log), re.findall(r'\d+s\b', log))
print(LINE.groupindex['level'], LINE.groups, bool(LINE.flags & re.X))

def repl(m):
    return str(int(m.group(0)) * 2)
print(re.sub(r'\d+', repl, 'a1 b22 c333'), re.subn(r'\s+', ' ', 'a  b \t c\n'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first> \2\g<0>', 'John Smith'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('a', lambda m: '', 'banana', count=2))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub(r'\n', r'\\n', 'x\ny'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\b', 'hi there'))
print(re.split(r'\s+', ' lead trail ', maxsplit=1), re.split('x*', 'axbc'))
print(re.fullmatch(r'[a-z]+\d*', 'abc123'), re.fullmatch(r'[a-z]+', 'abc1'))
print(re.match(r'(?i)hello', 'HeLLo world').group(), re.search(r'^b', 'a\nb', re.M).start())
print(re.findall(r'.', 'a\nb', re.S), re.findall(r'(?s:.)b', 'a\nb'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $7'), re.findall(r'\b\w+(?=ing\b)', 'singing and dancing'))
print(re.findall(r'(?<!\d)\d{3}(?!\d)', '12 123 1234 567'), re.sub(r'(?<=a)(?=b)', '|', 'abab'))
print(re.findall(r'(\w)\1', 'aabbcd eef'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.match(r'(a)?(b)?c', 'bc').groups(), re.match(r'(a)?(b)?c', 'bc').groups('-'), re.match(r'(a)(?:b)(c)?', 'ab').group(1, 2))
print(re.escape('a.b*c?d[e]f{1}g^h$i|j\\k l-m#n&o~'), re.escape('naïve'))
print(re.findall(r'(?x) a \  b  # comment', 'a b ab'))
print(re.search(r'(a)?(?(1)b|c)', 'xab').group(), re.search(r'(a)?(?(1)b|c)', 'xc').group())
m = re.search(r'(?P<word>\w+)\s(?P<num>\d+)?', 'hello world')
print(m.group('word'), m.group('num'), m['word'], m.groupdict('N/A'), m.expand(r'<\g<word>>'))
print(re.compile('a', re.I).pattern, repr(re.compile(r'\d+', re.I | re.M)), repr(re.compile(b'x')))
print(re.purge(), re.compile('x') == re.compile('x'), re.I, re.IGNORECASE | re.DOTALL, repr(re.M | re.X))
print(list(re.finditer(r'\d', 'a1b2'))[1].span(), re.compile(r'\d').search('ab12', 3).group())
print(re.compile(r'o').findall('foo boo', 2, 6), re.compile(r'^o').match('foo', 1), re.compile('o').fullmatch('xox', 1, 2))
print(re.findall(r'[\u00e0-\u00ff]+', 'café naïve'), re.findall(r'\N{GREEK SMALL LETTER ALPHA}+', 'ααβ'))
print(re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'(?>a+)b', 'aaab'), re.match(r'a++b', 'aaab').group(), re.match(r'a*+a', 'aaa'))
print(re.sub(r'(?m)^', '> ', 'l1\nl2'), re.findall(r'^\w', 'a\nb', re.M), re.findall(r'\Aa|b\Z', 'a\nb'))
print(hasattr(re, 'template'), callable(getattr(re, 'template', None)))
pat = re.compile(r'''(?x)
    (?P<int>[+-]?\d+)(?!\.)  # integer
  | (?P<float>[+-]?\d*\.\d+) # float
  | (?P<op>[-+*/()])
  | (?P<ws>\s+)''')
for m in pat.finditer('3 + 4.5*(-2 - .5)'):
    if m.lastgroup != 'ws':
        print(m.lastgroup, repr(m.group()), end='; ')
print()
for bad in [r'(', r'a)', r'[a-', r'*a', r'a{2,1}', r'(?P<1>x)', r'(?P<n>x)(?P<n>y)', r'\1', r'(?<=a+)b',
            r'[z-a]', r'(?P=foo)', r'\p', r'x**', r'(?z)', 'abc\\', r'(?i', r'a{1,2', r'(?#', r'(?P<a', r'\N{NOPE}',
            r'(?P<a>x)(?(b)y)', r'(?(1)b|c)', r'[\d-z]']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile('a\n(b\nc')
except re.error as e:
    print(e, e.lineno, e.colno)
for f in [lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\g<x>', 'a'), lambda: re.sub('a', '\\', 'a'),
          lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.compile('a', re.U | re.A),
          lambda: re.search('(a)', 'a').group(3), lambda: re.search('(a)', 'a').group('x'), lambda: re.compile(1),
          lambda: re.sub('a', 1, 'a'), lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.sub(r'(?P<n>a)', r'\g<n', 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
