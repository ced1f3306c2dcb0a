# unicodedata: every property over the whole code space (hashed), names and
# lookup (aliases, named sequences, algorithmic names), the four
# normalization forms, the Unicode 3.2.0 database object, errors.
import hashlib
import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)

def props(db, c):
    return (db.category(c), db.bidirectional(c), db.combining(c), db.mirrored(c), db.east_asian_width(c),
            db.decimal(c, None), db.digit(c, None), db.numeric(c, None), db.decomposition(c), db.name(c, None))

for db in (u, u.ucd_3_2_0):
    h = hashlib.sha256()
    for cp in range(0, 0x110000, 3):
        h.update(repr(props(db, chr(cp))).encode('utf-8', 'surrogatepass'))
    print(db.unidata_version, 'properties', h.hexdigest())
    h = hashlib.sha256()
    for cp in range(1, 0x30000, 5):
        s = chr(cp) + '\u0323\u0301a'
        for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            h.update(db.normalize(form, s).encode('utf-8', 'surrogatepass'))
    print(db.unidata_version, 'normalize', h.hexdigest())

for c in 'aA1½٣²\u0301 \u00e9\u4e00가\U0001F600\ufeff\x00(\u200f':
    print(ascii(c), props(u, c))
s = 'e\u0301\u0323 Å ﬁ ½ 가각 \u1100\u1161\u11a8 A\u030a\u0323 ḍ̇ \U0001d400 \u1e9b\u0323 \u0958'
for f in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = u.normalize(f, s)
    print(f, ascii(n), u.is_normalized(f, s), u.is_normalized(f, n))
for n in ['LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'KEYCAP NUMBER SIGN', 'latin small letter a', 'HANGUL SYLLABLE GAG',
          'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-4e00', 'TANGUT IDEOGRAPH-17000', 'NUL', 'x' * 300, 'NO SUCH',
          'LATIN SMALL LETTER R WITH TILDE', b'DIGIT ONE', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'NUSHU CHARACTER-1B170']:
    try:
        print(ascii(u.lookup(n)))
    except KeyError as e:
        print('KeyError', e)
print([u.name(c, None) for c in '\u4e00\uac00\ud7a3\U00017000\U0001b170\uf900 '])
print(u.ucd_3_2_0.category('\U0001F600'), u.ucd_3_2_0.name('\u00e9'), u.ucd_3_2_0.normalize('NFC', 'e\u0301'))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: u.name('\x00'))
t(lambda: u.name('\x00', 'dflt'))
t(lambda: u.name('ab'))
t(lambda: u.category('ab'))
t(lambda: u.category(1))
t(lambda: u.decimal('a'))
t(lambda: u.digit('a'))
t(lambda: u.numeric('a'))
t(lambda: u.normalize('XX', 'a'))
t(lambda: u.normalize('NFC', 1))
t(lambda: u.lookup(1))
t(lambda: u.ucd_3_2_0.name('\U0001F600'))
t(lambda: u.ucd_3_2_0.lookup('GRINNING FACE'))
t(lambda: u.UCD())
t(lambda: u.east_asian_width(''))
