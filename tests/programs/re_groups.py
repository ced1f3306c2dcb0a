import re

def show(m):
    if m is None:
        print(None)
        return
    print(m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)

cases = [
    ('(a)(b)?(c)', 'ac'),
    ('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe'),
    ('(a|b)*c', 'abbac'),
    ('(?:(a)|b)*', 'ab'),
    ('(?:(a)|b)*', 'ba'),
    ('(a)|b', 'b'),
    ('(a*)*', 'aaa'),
    ('(a*)+', 'b'),
    ('(a|)*b', 'aab'),
    ('(?:a|(b))+', 'aba'),
    ('(a(b)?)+', 'aba'),
    ('((a)|b)+', 'ab'),
    ('(?:(a)|(b))+', 'ab'),
    ('(?:(\\d+)|(\\w+))-', 'abc-'),
    ('(?P<x>a)(?P<y>b)?', 'a'),
    ('(?P<outer>a(?P<inner>b))c', 'abc'),
    ('((a)(b))', 'ab'),
    ('(a)(?:b)(c)', 'abc'),
    ('(?P<n>x)|(?P<m>y)', 'y'),
    ('(\\w+)\\s+\\1', 'hello hello world'),
    ('(?P<w>\\w)(?P=w)', 'abccd'),
    ('(a)(?(1)b|c)', 'ab'),
    ('(a)?(?(1)b|c)', 'c'),
    ('(?P<q>")?\\w+(?(q)")', '"abc"'),
    ('(?P<q>")?\\w+(?(q)")', 'abc"'),
    ('(?:(a)|b)(?(1)x|y)', 'by'),
    ('(a{2})*', 'aaaaa'),
    ('(a)*?b', 'aab'),
    ('(ab|a)(bc|c)', 'abc'),
    ('(a|ab)(c|bcd)(d*)', 'abcd'),
    ('(.)(?=(.))', 'ab'),
    ('(?:(x)|y){2}', 'xy'),
    ('(?:(x)|y){2}', 'yx'),
    ('^(?:(a)|b)(?(1)A|B)$', 'bB'),
]
for pat, s in cases:
    print(pat, '|', s)
    show(re.search(pat, s))

m = re.match('(?P<a>x)(y)?(?P<c>z)?', 'xz')
print(m.group(), m.group(0), m.group(1), m.group('a'), m.group(2), m.group('c'))
print(m.group(1, 'a', 3), m.groups('-'), m.groupdict('-'), m.groups(default=0))
print(m['a'], m[3], m.start('c'), m.end('a'), m.span(2), m.start(2))
print(m.regs, m.lastindex, m.lastgroup)
print(m.group(True), m.span(False))
for bad in [4, -1, 'nope', 1.5, None, (1,)]:
    for fn in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            print(fn(bad))
        except Exception as e:
            print(type(e).__name__, e)
try:
    m.group([1])
except Exception as e:
    print(type(e).__name__, e)

p = re.compile('(?P<year>\\d{4})-(?P<month>\\d\\d)')
print(p.groups, p.groupindex, list(p.groupindex), p.groupindex['year'])
m = p.search('on 2024-05 and 1999-12')
print(m.expand('\\g<month>/\\g<year> \\2 \\g<1>'))
print(m.expand(r'\n[\1]\t'))
print([m.group(0) for m in p.finditer('2024-05, 1999-12, 123-45')])
print(p.findall('2024-05, 1999-12'))

m = re.match('(a)(b)(c)', 'abc')
print(m.lastindex, re.match('(a)(?:b)', 'ab').lastindex, re.match('a', 'a').lastindex)
print(re.match('((a)b)', 'ab').lastindex, re.match('(a(b))', 'ab').lastindex)
print(re.match('(?P<o>(?P<i>a)b)', 'ab').lastgroup)

# many groups
pat = ''.join('(%s)' % chr(ord('a') + i) for i in range(20))
m = re.match(pat, 'abcdefghijklmnopqrst')
print(m.groups(), m.lastindex, m.span(20))
m = re.match('(a)' * 120, 'a' * 120)
print(len(m.groups()), m.group(100), m.span(120))

# nested quantified groups remember last iteration
print(re.match('(?:(\\d)(\\w))+', '1a2b3c').groups())
print(re.match('((\\d)|(\\w))+', '1a2').groups())
print(re.match('(?:(?P<d>\\d)|(?P<w>[a-z]))*', 'a1b').groupdict())
