import re

def show(m):
    if m is None:
        print(None)
    else:
        print(repr(m), m.span(), m.group(), m.groups())

for pat, s in [
    ('a+', 'aaab'), ('a+', 'baaa'), ('b*', 'aaa'), ('a.c', 'abc a\nc'),
    ('x?y', 'xy'), ('colou?r', 'color colour'), ('[a-c]+', 'xxabcabcd'),
    ('[^a-c]+', 'abcxyzabc'), ('\\d+', 'abc 123 def'), ('\\w+', '  hello_world!'),
    ('\\s+', 'a \t\n b'), ('a{2}', 'aaaa'), ('a{2,}', 'aaaa'), ('a{,2}', 'aaaa'),
    ('a{1,3}?', 'aaaa'), ('(ab)+', 'ababab'), ('a|b|c', 'zzc'), ('', 'abc'),
    ('^abc', 'abcabc'), ('abc$', 'abcabc'), ('^$', ''), ('.*', 'line1\nline2'),
    ('[\\]\\-]+', 'a]-]b'), ('[.]', 'a.b'), ('\\.', 'a.b'), ('a\\+b', 'a+b'),
]:
    print(pat, '|', repr(s))
    show(re.match(pat, s))
    show(re.search(pat, s))
    show(re.fullmatch(pat, s))

p = re.compile(r'(\d+)-(\d+)')
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p))
m = p.search('tel: 555-1234 or 666-9999')
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(p.search('tel: 555-1234 or 666-9999', 14))
print(p.search('tel: 555-1234 or 666-9999', 0, 10))
print(p.match('555-12', 1))
print(p.match('x555-12', 1))
print(p.fullmatch('555-12'), p.fullmatch('555-12x'), p.fullmatch('555-12x', 0, 6))
print(p.search('abc', -5, 100))
print(p.search('1-2', 10))
m = re.match('a', 'a', )
print(bool(m), m.__copy__() is m, m.__deepcopy__({}) is m)

# repr truncation and bytes
print(re.match('.*', 'x' * 100))
print(re.compile('y' * 300))
print(re.match(b'a+', b'aaab'))
print(re.compile(b'\\d+').findall(b'a1b22c333'))
print(re.search(b'[\x80-\xff]+', b'ab\x80\x90c'))
print(re.compile(b'x', re.I))

# unicode
print(re.findall('\\w+', 'héllo wörld Ωμέγα 日本語'))
print(re.findall('\\d', '1٢3'))
print(re.findall('(?a)\\w+', 'héllo wörld'))
print(re.search('[α-ω]+', 'abc αβγ def'))
print(re.findall('[\U0001F600-\U0001F64F]', 'hi \U0001F600 there \U0001F64F'))
print(re.match('.', '\U0001F600'))

# equality, hash, copy
a = re.compile('a+', re.I)
b = re.compile('a+', re.I)
print(a == b, a != b, hash(a) == hash(b), a == re.compile('a+'), a == 'a+')
print(type(a).__name__, type(m).__name__)
print(type(a), type(m))
print(re.Pattern, re.Match)
print(type(re.Pattern[str]).__name__, type(re.Match[bytes]).__name__)

# scanner
sc = re.compile('\\d').scanner('a1b2')
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile('\\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match())
print(sc.pattern)

s = re.Scanner([(r'\d+', lambda s, t: ('INT', t)), (r'[a-z]+', lambda s, t: ('NAME', t)), (r'\s+', None)])
print(s.scan('abc 123 de 4 !x'))

print(re.escape('a.b*c?'), re.escape(b'x.y'))
print(re.purge())


# pos > endpos and other clamping
print(re.compile('').match('abc', 3, 1), re.compile('(?m)$').match('abc', 3, 1), re.compile('$').search('abc', 2, 1))
print(re.compile('a*').fullmatch('aaa', 2, 1), re.compile('x*').match('abc', 3, 0), re.compile('(?m)^').match('a\nb', 2, 0))
print(re.compile('\\b').match('ab', 2, 0), re.compile('\\B').match('ab', 2, 0), re.compile('\\Z').match('ab', 2, 1))
print(re.compile('a').findall('aaa', 2, 1), re.compile('').findall('aaa', 2, 1), list(re.compile('').finditer('abc', 3, 1)))
print(re.compile('a').search('aaa', -100, 2**62))
try:
    re.compile('a').search('aaa', 1, 10**30)
except OverflowError as e:
    print('OverflowError', e)
m = re.search('b', 'abc', )
print(m.pos, m.endpos, re.compile('b').search('abc', 1, 99).endpos, re.compile('b').search('abc', -3).pos)
print(re.match('.*', "it's \"q\""), re.match('.+', 'tab\there'), re.match('.', 'é'), re.match(b'.', b'\xff'))
print(re.match('(?s).*', 'a\nb' * 20))

# str subclasses and bytes-likes as subjects
class S(str):
    pass
m = re.search('b+', S('abbc'))
print(m, type(m.group()).__name__, type(m.string).__name__, re.sub('b', 'x', S('abc')), type(re.sub('q', 'x', S('abc'))).__name__)
print(re.findall(S('b'), 'abcb'), re.split(S(','), S('a,b')))
print(re.search(b'b+', bytearray(b'abbc')), re.findall(b'\\w', memoryview(b'a b')))
print(re.sub(b'b', b'x', bytearray(b'abc')), re.split(b',', bytearray(b'a,b')))
print(re.match(b'(a)', bytearray(b'a')).group(1), type(re.match(b'a', bytearray(b'a')).group()).__name__)

import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
