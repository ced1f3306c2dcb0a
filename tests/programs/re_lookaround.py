import re

def show(pat, s, flags=0):
    print(pat, '|', repr(s), '->', [m.span() for m in re.finditer(pat, s, flags)], re.findall(pat, s, flags))

show('foo(?=bar)', 'foobar foobaz')
show('foo(?!bar)', 'foobar foobaz')
show('(?<=\\$)\\d+', 'cost $100 and 200 and $3')
show('(?<!\\$)\\b\\d+', 'cost $100 and 200 and $3')
show('(?<=ab|cd)x', 'abx cdx efx')
show('(?<=a(b))c', 'abc')
show('(?<!^)x', 'xxx')
show('(?=(\\w\\w))', 'abcd')
show('(?=(a+))', 'aaa')
show('\\b(?=\\w*z)\\w+', 'fizz buzz foo')
show('(?!a)\\w', 'abc')
show('x(?=y)(?!yz)', 'xyz xyy')
show('(?<![^,])[^,]*', 'a,,b,c')
show('(?<=(?<=a)b)c', 'abc bc')
show('(?=a)(?=ab)a', 'ab')
show('(?>a+)b', 'aaab aaa')
show('(?>a|ab)c', 'abc ac')
show('(?>x*)x', 'xxx')
show('a++b', 'aab ab b')
show('a*+a', 'aaaa')
show('(?:ab)++c', 'ababc abab')
show('(?:ab)*+ab', 'ababab')
show('a?+a', 'a aa')
show('[ab]{1,2}+b', 'abb ab')
show('(a|ab)*+b', 'aab')
show('\\d++\\.', '123. 45')
show('(?:(a)|b)++c', 'abac')
show('(\\w+?)(?=\\1)', 'abab xx')
show('(?<=(a))\\1', 'aa')
show('(?<=\\b)\\w', 'ab cd')
show('(?<=x{3})y', 'xxxy xxy')
show('(?i)(?<=A)b', 'aB')
show('(?m)(?<=^)\\w', 'ab\ncd')
m = re.search('(?<=(?P<pre>\\w))(?P<x>\\d)', 'a1')
print(m.groupdict(), m.span(), m.span('pre'))
m = re.match('(?!(a))b', 'b')
print(m.groups(), m.lastindex)
m = re.match('(?=(a))a', 'a')
print(m.groups(), m.lastindex)

# lookbehind needs fixed width
for bad in ['(?<=a+)b', '(?<=a|bc)d', '(?<!x*)y', '(?<=(?P<g>a)(?P=g))b']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error', bad, e)

# lookbehind can see before pos
print(re.compile('(?<=a)b').search('ab', 1))
print(re.compile('(?<!a)b').search('ab', 1))
print(re.compile('^b').search('ab', 1))
print(re.compile('\\bb').search('ab', 1))
