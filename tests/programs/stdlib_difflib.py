import difflib

a = 'the quick brown fox jumps over the lazy dog'.split()
b = 'the quick red fox jumped over the very lazy dog'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, len(a), 0, len(b)))
print(list(sm.get_grouped_opcodes(1)))

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
s.set_seqs('abcd', 'bcde')
print(s.ratio(), s.get_matching_blocks())
s.set_seq1('xyz')
print(s.ratio())
s2 = difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 300 + 'c')
print(round(s2.ratio(), 4))
s3 = difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 300 + 'c', autojunk=False)
print(round(s3.ratio(), 4), len(s3.bjunk), len(s3.bpopular))

old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n']
new = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'eight\n', 'nine\n']
print(''.join(difflib.unified_diff(old, new, fromfile='a.txt', tofile='b.txt',
                                   fromfiledate='d1', tofiledate='d2')))
print(''.join(difflib.unified_diff(old, new, n=1)))
print(''.join(difflib.context_diff(old, new, fromfile='a', tofile='b')))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff([], [])))
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
diff = list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n']))
print(''.join(diff))
print(''.join(difflib.restore(diff, 1)), ''.join(difflib.restore(diff, 2)))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(type(e).__name__, e)

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'hello', 'whale'], n=2, cutoff=0.5))
print(difflib.get_close_matches('xyz', ['abc']))
for n, c in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], n, c)
    except ValueError as e:
        print(type(e).__name__, e)

d = difflib.Differ()
for line in d.compare(['Python is great\n', 'same\n'], ['Python is grate\n', 'same\n', 'added\n']):
    print(repr(line))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('code\n'))

h = difflib.HtmlDiff(wrapcolumn=20)
tbl = h.make_table(['line a', 'same', 'old stuff here'], ['line b', 'same', 'new stuff here!'],
                   'from', 'to', context=True, numlines=1)
import re
tbl = re.sub(r'difflib_chg_to\d+__', 'ID_', tbl)
print(tbl.count('<tr>'), tbl.count('class="diff_chg"'), tbl.count('class="diff_add"'))
print(len(tbl.splitlines()))
for bad in [(1, 2), ('ab', 3)]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
