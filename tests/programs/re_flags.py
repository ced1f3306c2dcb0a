import re

def t(pat, s, flags=0):
    try:
        print(pat, '|', repr(s), re.findall(pat, s, flags))
    except Exception as e:
        print(pat, type(e).__name__, e)

t('abc', 'ABC abc AbC', re.I)
t('[a-z]+', 'ABC def', re.IGNORECASE)
t('[^a-z]+', 'ABC def', re.I)
t('(?i)straße', 'STRASSE STRAßE straße')
t('σ', 'Σσς', re.I)
t('[σ]', 'Σσς', re.I)
t('ς', 'Σσς', re.I)
t('[^σ]', 'Σσςx', re.I)
t('k', 'Kk\u212a', re.I)
t('\u212a', 'Kk\u212a', re.I)
t('[k]', 'Kk\u212a', re.I)
t('[j-l]', 'Kk\u212a', re.I)
t('k', 'Kk\u212a', re.I | re.A)
t('i', 'Iiİı', re.I)
t('ǆ', 'ǄǅǆDž', re.I)
t('µ', 'µΜμ', re.I)
t('[À-Þ]+', 'àéîõü', re.I)
t('ÿ', 'ÿŸ', re.I)
t('(a)\\1', 'aA Aa aa', re.I)
t('(σ)\\1', 'σΣ σς', re.I)
t('(?i:a)b', 'Ab AB ab')
t('a(?-i:b)', 'AB Ab ab', re.I)
t('^\\w+$', 'first\nsecond\nthird', re.M)
t('^\\w+$', 'first\nsecond\nthird')
t('\\w+$', 'first\nsecond\n')
t('\\w+\\Z', 'first\nsecond\n')
t('\\A\\w+', 'first\nsecond', re.M)
t('.+', 'a\nb', re.S)
t('.+', 'a\nb')
t('(?s).+', 'a\nb')
t('(?s:.)+', 'a\nb')
t('''
   (\\d+)   # number
   \\s*     # space
   ([a-z]+) # word
''', '12 abc 3def', re.X)
t('a b # c', 'ab a b', re.X)
t('[ ]a', ' a', re.X)
t('\\ a', ' a', re.X)
t('\\w+', 'héllo wörld', re.A)
t('\\w+', 'héllo wörld', re.U)
t('\\d+', '١٢٣ 123', re.A)
t('\\s+', 'a\u00a0b\u2003c', re.A)
t('\\s+', 'a\u00a0b\u2003c')
t('\\bé', 'é xé', re.A)
t('\\bé', 'é xé')
t('(?a)\\W', 'aé!')
t('(?u)\\W', 'aé!')
t(b'\\w+', b'caf\xe9 ok')
t(b'(?i)caf\xc9', b'caf\xe9 CAF\xc9')
t(b'[a-z]+', b'ABC def', re.I)
t(b'\\w+', b'ab cd', re.L)
t(b'(?L)a', b'Aa', re.I)
t(b'[a-z]+', b'AbC', re.I | re.L)
t('abc', 'ABC', re.I | re.M | re.S | re.X)
t('(?ims)^a.c$', 'A\nC\nabc')
t('(?x)a  b', 'ab')
t('(?-x:a  b)', 'a  b', re.X)

for fl in [0, re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M, re.I | re.S | re.X, re.A | re.I, re.DEBUG & 0, 1 << 12]:
    print(re.compile('x', fl))
print(re.compile(b'x'), re.compile(b'x', re.L), re.compile(b'x', re.I | re.L))
print(re.compile('(?i)x'), re.compile('(?s)(?m)x').flags, re.compile('x').flags, re.compile(b'x').flags)

for bad in [('x', re.A | re.U), ('x', re.L), (b'x', re.U), ('(?L)x', 0), ('(?au)x', 0), (b'(?u)x', 0), ('(?a)(?u)x', 0)]:
    try:
        print(re.compile(*bad))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
