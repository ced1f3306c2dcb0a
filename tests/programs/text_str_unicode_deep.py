# str methods on non-ASCII text: casing special cases, unicode whitespace/linebreaks, digits
words = ['ΣΑΣ', 'ΟΔΥΣΣΕΥΣ', 'Σ', 'AΣ.', 'AΣb', 'ﬃ', 'ŉ', 'ǰ', 'İstanbul', 'ß', 'Straße', 'ᾳ', 'ᾼ', 'ǈ', 'Ǉ', 'ǉ', 'ΐ',
         'ﬀ title', 'o\u0301ne two', 'ὒ', 'ʼn', 'i̇', 'ꭰ', 'Ꭰ', '\U00010400\U00010428', 'ǅemal', 'x\u0345']
for w in words:
    print(ascii(w), ascii(w.lower()), ascii(w.upper()), ascii(w.title()), ascii(w.capitalize()),
          ascii(w.swapcase()), ascii(w.casefold()), w.istitle(), w.isupper(), w.islower())
ws = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000'
print([c.isspace() for c in ws + '\u200b\ufeff'].count(True), len(ws))
print(('a' + ws + 'b' + ws + 'c').split(), ascii(('\u3000x\x85').strip()), ascii('x\u200b'.strip()))
print(ascii('a\x85b\u2028c\u2029d\x1ce\x1df\x1eg\r\nh'.splitlines()), ascii('a\x85b'.splitlines(True)))
print(int('١٢٣'), int('\uff11\uff12'), float('\uff11.\uff15'), int(' 42\u3000'), float('\u0661\u066b5') if False else 0, int('৪২'))
for s in ['١٢٣', '½', '²', 'Ⅻ', '٣.٥', '𝟗', '〇', 'a']:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ['π', 'ℕ', '_x', 'x·y', 'a\u0300', '\u0300a', '℘', '℮', 'Ⅻ', '１x', 'x１', 'ｘ', '']:
    print(ascii(s), s.isidentifier(), s.isprintable())
print(ascii('\u00ad'.isprintable()), '\u2028'.isprintable(), ' '.isprintable(), '\U0001f600'.isprintable(), '\U000e0001'.isprintable())
s = 'a\U0001f600b\u00e9c\U00010348'
print(len(s), ascii(s[1]), ascii(s[::-1]), ascii(s[1::2]), s.find('b'), s.index('\u00e9'), s.rfind('\U00010348'), ascii(s.upper()))
print(ascii(s.center(11, '\u2605')), ascii(s.ljust(9, '\U0001f600')), ascii('\u00e9'.zfill(4)), ascii(format(s, '*^12')))
print(ascii('{:\u2500^9}'.format('x')), ascii('%-4s|%3s' % ('\u00e9', '\U0001f600')), ascii('%c%c' % (0x1f600, '\u00e9')))
print(ascii('x\t\u00e9\ty'.expandtabs(4)), ascii('\u00e9\u00e9\u00e9'.replace('\u00e9', '\U0001f600', 2)))
print('aXbXc'.split('X', -1), 'abc'.find('', 10), 'abc'.find('', 3), 'abc'.rfind('', -1), 'abcabc'.find('c', -2), 'abc'.count('', 1, 2))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith(('x', 'bc'), -2), 'abc'.index('c', -1), 'ab'.rindex('a', -5, 1))
print('\u0130'.lower().upper(), ascii('\u1e9e'.lower()), ascii('ß'.upper().lower()), ascii('ﬁ'.title()), ascii('ǳ'.title()))
print(sorted(['b', 'A', 'é', 'a', 'É', 'Z', '\U0001f600', '\uffff']), max('héllo'), min('héllo'))
print('é' < 'z', 'é' > 'ê', '\U0001f600' > '\uffff', 'a\x00' > 'a', 'abc'.__lt__('abd'), 'a'.__lt__(1))
print(ascii(str(b'caf\xc3\xa9', 'utf-8')), ascii(str(b'caf\xe9', 'latin-1')), ascii(b'caf\xe9'.decode('utf-8', 'replace')),
      ascii(b'x\xff'.decode('utf-8', 'backslashreplace')), ascii(b'x\xff'.decode('ascii', 'ignore')), ascii('\udcff'.encode('utf-8', 'surrogateescape')))
print(ascii('é€\U0001f600'.encode('utf-16-le')), ascii('é€'.encode('cp1252')), ascii('é\u20ac'.encode('ascii', 'xmlcharrefreplace')), ascii('é'.encode('ascii', 'namereplace')))
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, ascii(e.object), e.reason)
try:
    b'ab\xc3('.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.object, e.reason)
try:
    'a\u20acb'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(ascii(repr('\x00\x7f\x80\xa0\xad\u0378\u200b\u2028\ud800\U0001f600\U000e0001\ufffe')), repr("'"), repr('"\''), repr('\\'))
import codecs
for enc in ['ascii', 'latin-1', 'cp1252', 'utf-8']:
    print(enc, ascii('a\u00e9\u20ac\ue000\U0001f600\uac01\u4e2d\ud800'.encode(enc, 'namereplace') if enc != 'utf-8' else ''))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'x\u00e9\ue000', 1, 3, 'r')), ascii(codecs.encode('\u2603', 'cp437', 'namereplace')))
