"""Generate grumpy/go/runtime/sre_engine_cases_test.go: sre code compiled by
CPython's own re._compiler, with the spans CPython's _sre reports, so the Go
engine can be checked against the real one without the Python side.

Run with the CPython 3.11 the project targets:
    python3 tools/gen_sre_cases.py
"""
import os
import random
import sys
import re
import re._compiler as C
import re._parser as P

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

# (pattern, flags, [subjects])
CASES = [
    ('a+b', 0, ['aaab', 'b', 'xaab', '']),
    ('abc', 0, ['xxabcxx', 'ab', 'abcabc']),
    ('a.c', 0, ['abc', 'a\nc', 'axxc']),
    ('a.c', S, ['a\nc']),
    ('a*', 0, ['', 'aaa', 'baaa']),
    ('a*?b', 0, ['aaab', 'b']),
    ('(a+)(b*)', 0, ['aaabbc', 'c']),
    ('(a|b)*c', 0, ['abbac', 'c', 'abab']),
    ('(?:(a)|b)*', 0, ['ab', 'ba', 'bab']),
    ('(a)|b', 0, ['b', 'a']),
    ('(a*)*', 0, ['aaa', 'b']),
    ('(a*)+', 0, ['aaa', 'b']),
    ('(a|)*b', 0, ['aab']),
    ('(?:a|(b))+', 0, ['abab', 'aba']),
    ('(\\w+)\\s+\\1', 0, ['hello hello world', 'ab ac']),
    ('(?P<x>a)(?P=x)', 0, ['aa', 'ab']),
    ('(a)(?(1)b|c)', 0, ['ab', 'ac']),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']),
    ('(x)?(?(1)a|b)', 0, ['xa', 'b', 'xb']),
    ('a(?=b)', 0, ['ab', 'ac']),
    ('a(?!b)', 0, ['ab', 'ac']),
    ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb']),
    ('(?<=(a))b', 0, ['ab']),
    ('(?=(a+))a*b\\1', 0, ['baaabac']),
    ('(?>a+)b', 0, ['aaab', 'aaa']),
    ('(?>a|ab)c', 0, ['abc', 'ac']),
    ('a++b', 0, ['aaab']),
    ('a++a', 0, ['aaaa']),
    ('(?:ab)++c', 0, ['ababc', 'ababab']),
    ('(?:ab)*+ab', 0, ['ababab']),
    ('a?+a', 0, ['a', 'aa']),
    ('(ab|a)*+b', 0, ['abab', 'aab']),
    ('a{2,3}', 0, ['a', 'aa', 'aaaa']),
    ('a{2,3}?', 0, ['aaaa']),
    ('(?:ab){2,3}', 0, ['abababab', 'ab']),
    ('(?:ab){2,3}?', 0, ['abababab']),
    ('(?:a|b){3}', 0, ['abba']),
    ('^abc$', 0, ['abc', 'abc\n', 'xabc']),
    ('^abc$', M, ['x\nabc\ny']),
    ('abc\\Z', 0, ['abc\n', 'abc']),
    ('\\Aabc', 0, ['abc', 'xabc']),
    ('\\bfoo\\b', 0, ['a foo b', 'afoo', 'foo']),
    ('\\Bfoo\\B', 0, ['afoob', 'foo']),
    ('\\bfoo\\b', A, ['a foo b']),
    ('\\b\\w+\\b', 0, ['héllo wörld', 'Ωμέγα']),
    ('\\d+', 0, ['abc123', '٣٤٥x']),
    ('\\d+', A, ['٣٤٥x12']),
    ('\\s+', 0, ['a \t\n b', 'a\u2003b']),
    ('\\S+', 0, ['  ab c']),
    ('\\W+', 0, ['ab, cd']),
    ('[a-z]+', 0, ['ABCdef']),
    ('[a-z]+', I, ['ABCdef']),
    ('[^a-z]+', 0, ['abcDEF1']),
    ('[\\d\\s]+', 0, ['ab1 2 3c']),
    ('[^\\W\\d]+', 0, ['12abc3']),
    ('[αβγ]+', 0, ['xαβγδ']),
    ('[\u0100-\u0200x]+', 0, ['aāƀx']),
    ('[ぁ-んァ-ン一-龯]+', 0, ['abc日本語ひらがなカタカナ!']),
    ('[\U0001F600-\U0001F64F]+', 0, ['hi \U0001F600\U0001F601!']),
    ('[a-c\u4e00-\u4e10\U00010000]+', 0, ['zab\u4e05\U00010000c!']),
    ('abc', I, ['xABCx', 'AbC']),
    ('straße', I, ['STRASSE', 'STRAßE', 'strasse']),
    ('σ', I, ['Σ', 'ς', 'σ']),
    ('[σ]', I, ['Σ', 'ς']),
    ('ΣΑΣ', I, ['σας', 'ςας']),
    ('k', I, ['K', '\u212a']),
    ('[k-m]+', I, ['\u212aLM']),
    ('ǆ', I, ['Ǆ', 'ǅ']),
    ('i', I, ['İ', 'ı', 'I']),
    ('\u0130', I, ['i', 'İ']),
    ('[^a]', I, ['A', 'b']),
    ('[^k]', I, ['\u212a', 'x']),
    ('a', I | A, ['A']),
    ('(a)\\1', I, ['aA']),
    ('(σ)\\1', I, ['σΣ', 'σς']),
    ('.+', 0, ['ab\ncd']),
    ('.+', S, ['ab\ncd']),
    ('x*', 0, ['axxb']),
    ('', 0, ['abc']),
    ('(?:)', 0, ['']),
    ('a|b|c', 0, ['xcx']),
    ('ab|ac|ad', 0, ['xadx']),
    ('(ab|ac)+', 0, ['abacab']),
    ('(a(b)?)+', 0, ['aba']),
    ('(a(b)?)+?c', 0, ['abac']),
    ('((a)|b)+', 0, ['ab']),
    ('(?:(a)|(b))+', 0, ['ab', 'ba']),
    ('(a)|(b)', 0, ['b']),
    ('(?:(\\d+)|(\\w+))-', 0, ['abc-', '12-']),
    ('(.)(?=(.))', 0, ['ab']),
    ('^(?:(a)|b)(?(1)A|B)$', 0, ['aA', 'bB', 'aB']),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['Jane Doe']),
    ('(a+)+b', 0, ['aaaaaaaaaaaaaaaa']),
    ('(x+x+)+y', 0, ['xxxxxxxxxxxxxxxxxxxy']),
    ('(?i)Hello', 0, ['hELLO']),
    ('(?i:a)b', 0, ['Ab', 'AB']),
    ('(?s:.)\\n', 0, ['\n\n']),
    ('(?x) a b  c # comment', 0, ['abc']),
    ('[\\w.-]+@[\\w.-]+\\.\\w+', 0, ['mail me at foo.bar@ex-ample.com now']),
    ('(\\d{1,3})(?:\\.(\\d{1,3})){3}', 0, ['ip 192.168.1.20 x']),
    ('a{0}', 0, ['a']),
    ('a{,2}b', 0, ['aaab']),
    ('(a){0}b', 0, ['ab']),
    ('(?:a*)*b', 0, ['aab', 'c']),
    ('(?:a*?)*?b', 0, ['aab']),
    ('(?:x|(?:y|z)*)*w', 0, ['xyzw']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    ('((a)|b)*?c', 0, ['abc']),
    ('(?:(a)|b)*?c', 0, ['abc']),
    ('(a)*?b', 0, ['aab']),
    ('(?:(a)b)*c', 0, ['ababc']),
    ('(?:(?=a))*a', 0, ['a']),
    ('^$', 0, ['', '\n']),
    ('$', 0, ['a\nb\n']),
    ('$', M, ['a\nb\n']),
    ('^', M, ['a\nb\n']),
    ('(?m)^\\w', 0, ['ab\ncd']),
    (b'a+b', 0, [b'xaab']),
    (b'[\\x80-\\xff]+', 0, [b'ab\x80\x90\xffc']),
    (b'\\w+', 0, [b'ab\xe9c d']),
    (b'abc', I, [b'ABC']),
    (b'\\bx', L, [b'a x']),
    (b'[a-z]+', I | L, [b'ABC']),
    (b'a', I | L, [b'A']),
    (b'(a)\\1', I | L, [b'aA']),
    ('(?u)\\w', 0, ['é']),
    ('(?a)\\w+', 0, ['éab']),
    ('a\\Z', 0, ['a']),
    ('(?<=ab)c', 0, ['abc']),
    ('(?<=a|b)c', 0, ['bc']),
    ('(?<!ab)c', 0, ['xbc', 'abc']),
    ('\\w+(?=,)', 0, ['abc, def']),
    ('(a)(b)?(c)', 0, ['ac']),
    ('x(?P<n>y)?', 0, ['x']),
    ('(?:a(?=b)|ac)', 0, ['ac']),
    ('(?:ab)*?b', 0, ['ababb']),
    ('[^\\n]*', 0, ['abc\ndef']),
    ('[\\s\\S]*?x', 0, ['ab\ncx']),
    ('(a{2})*', 0, ['aaaaa']),
    ('(a{2}?)*', 0, ['aaaaa']),
    ('(?:a|b)*?(?:c)', 0, ['ababc']),
    ('(?:(?:a)|b){2,}', 0, ['ababa']),
]

# finditer cases: (pattern, flags, subject)
ITER = [
    ('a*', 0, 'baaac'),
    ('', 0, 'abc'),
    ('\\b', 0, 'ab cd'),
    ('x*', 0, 'axxb'),
    ('(a)|b', 0, 'abcab'),
    ('\\w+', 0, 'hello big world'),
    ('a|', 0, 'aba'),
    ('(?=a)|a', 0, 'aa'),
    ('$|a', M, 'a\nb\n'),
    ('^', M, 'a\nb\nc'),
    ('abc', 0, 'abcabcab'),
    ('[ab]', 0, 'xaxbx'),
    ('a+?', 0, 'aaa'),
    ('\\d*', 0, '12ab3'),
]


# Random patterns (a fixed seed, so the file is reproducible): the grammar
# mixes groups, alternation, every quantifier kind, lookarounds, atomic
# groups, backreferences and conditionals.
_rnd = random.Random(20220615)
ALPH = 'abcAB \n1_é\u212aσΣς'

def atom(d, ng):
    r = _rnd.random()
    if d > 3 or r < 0.3:
        return _rnd.choice(['a', 'b', 'c', 'A', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c]', '[σ]', 'σ', 'k', 'é', '\\b', '\\B', '^', '$', '\\Z', '\\A', ' ', '\\n'])
    if r < 0.45:
        ng[0] += 1
        return '(' + alt(d + 1, ng) + ')'
    if r < 0.55:
        return '(?:' + alt(d + 1, ng) + ')'
    if r < 0.6:
        return '(?=' + alt(d + 1, ng) + ')'
    if r < 0.65:
        return '(?!' + alt(d + 1, ng) + ')'
    if r < 0.7:
        return '(?<=' + _rnd.choice(['a', 'b', '[ab]', 'ab', '\\w', '(a)']) + ')'
    if r < 0.73:
        return '(?<!' + _rnd.choice(['a', 'b', '[ab]', 'ab', '\\w']) + ')'
    if r < 0.78:
        return '(?>' + alt(d + 1, ng) + ')'
    if r < 0.85 and ng[0] > 0:
        return '\\%d' % _rnd.randint(1, ng[0])
    if r < 0.9 and ng[0] > 0:
        return '(?(%d)%s|%s)' % (_rnd.randint(1, ng[0]), seq(d + 1, ng), seq(d + 1, ng))
    return _rnd.choice(['a', 'b', 'ab', 'ba'])

def quant(d, ng):
    a = atom(d, ng)
    r = _rnd.random()
    if r < 0.5 or a in ('^', '$', '\\b', '\\B', '\\Z', '\\A') or a.startswith('(?=') or a.startswith('(?!') or a.startswith('(?<'):
        return a
    q = _rnd.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}'])
    q += _rnd.choice(['', '', '?', '+'])
    return a + q

def seq(d, ng):
    return ''.join(quant(d, ng) for _ in range(_rnd.randint(1, 3)))

def alt(d, ng):
    return '|'.join(seq(d, ng) for _ in range(_rnd.randint(1, 2 if d else 3)))



def random_cases(n):
    cases, iters = [], []
    while len(cases) < n:
        ng = [0]
        pat = alt(0, ng)
        flags = _rnd.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        try:
            re.compile(pat, flags)
        except (re.error, OverflowError, RecursionError):
            continue
        subjects = [''.join(_rnd.choice(ALPH) for _ in range(_rnd.randint(0, 12))) for _ in range(3)]
        cases.append((pat, flags, subjects))
        iters.append((pat, flags, ''.join(_rnd.choice(ALPH) for _ in range(_rnd.randint(0, 20)))))
    return cases, iters


def go_str(s):
    if isinstance(s, bytes):
        return 'string([]rune{' + ', '.join(str(b) for b in s) + '})'
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"' or ch == '\\':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return '"' + ''.join(out) + '"'


def runes(s):
    if isinstance(s, bytes):
        return '[]rune{' + ', '.join(str(b) for b in s) + '}'
    return '[]rune(' + go_str(s) + ')'


def compile_code(pattern, flags):
    p = P.parse(pattern, flags)
    code = C._code(p, flags | p.state.flags)
    return code, p.state.groups - 1


def spans(m):
    if m is None:
        return 'nil'
    out = []
    for i in range(m.re.groups + 1):
        out.extend(m.span(i))
    return '[]int{' + ', '.join(map(str, out)) + '}'


def main():
    lines = ['// Code generated by tools/gen_sre_cases.py from CPython %s. DO NOT EDIT.' % '.'.join(map(str, sys.version_info[:3])),
             '', 'package runtime', '',
             'var sreGenCases = []sreGenCase{']
    rcases, riters = random_cases(150)
    for pattern, flags, subjects in CASES + rcases:
        code, groups = compile_code(pattern, flags)
        cp = re.compile(pattern, flags)
        for subj in subjects:
            for op in ('match', 'search', 'fullmatch'):
                m = getattr(cp, op)(subj)
                li = -1 if m is None or m.lastindex is None else m.lastindex
                lines.append('\t{%s, %s, %d, %s, %s, %s, %d},' % (
                    go_str(pattern if isinstance(pattern, str) else pattern.decode('latin-1')),
                    '[]uint32{' + ', '.join(str(int(x)) for x in code) + '}', groups,
                    runes(subj), '"%s"' % op, spans(m), li))
    lines.append('}')
    lines.append('')
    lines.append('var sreIterCases = []sreIterCase{')
    for pattern, flags, subj in ITER + riters:
        code, groups = compile_code(pattern, flags)
        allsp = [x for m in re.finditer(pattern, subj, flags)
                 for i in range(m.re.groups + 1) for x in m.span(i)]
        lines.append('\t{%s, %s, %d, %s, []int{%s}},' % (
            go_str(pattern), '[]uint32{' + ', '.join(str(int(x)) for x in code) + '}', groups,
            runes(subj), ', '.join(map(str, allsp))))
    lines.append('}')
    out = os.path.join(os.path.dirname(__file__), '..', 'grumpy', 'go', 'runtime', 'sre_engine_cases_test.go')
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
