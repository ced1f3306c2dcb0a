import unicodedata as ud

chars = 'aZ5 \t\n.é€ß½²٣Ωω中ｱ\u0301\u200b\U0001f600\U0001d400\u00a0\ufb01'
for c in chars:
    print('U+%04X' % ord(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.name(c, '?'), ud.numeric(c, None), ud.decimal(c, None), ud.digit(c, None))
for name in ['LATIN SMALL LETTER A', 'snowman', 'EURO SIGN', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-4E2D',
             'HANGUL SYLLABLE GAG', 'LATIN CAPITAL LETTER A WITH GRAVE', 'BOGUS NAME', 'LINE FEED', 'zero width space']:
    try:
        c = ud.lookup(name)
        print(name, repr(c), ud.name(c, '?'))
    except KeyError as e:
        print(type(e).__name__, e)
print(ud.name('\uac01'), ud.name('\u4e2d'), ud.name('\U00020000'))
s = 'Ame\u0301lie café ﬁ Ⅸ ｶ ㍿ \u1e9b\u0323'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n), ud.is_normalized(form, s))
print(ascii(ud.normalize('NFC', '\u1100\u1161\u11a8')), ascii(ud.normalize('NFD', '\uac01')))
print(ascii(''.join(c for c in ud.normalize('NFD', 'Crème Brûlée à São Paulo') if not ud.combining(c))))
for f, args in [(ud.name, ('\x00',)), (ud.numeric, ('a',)), (ud.decimal, ('x',)), (ud.digit, ('½',)),
                (ud.normalize, ('NFX', 'a')), (ud.category, ('ab',)), (ud.category, (65,)), (ud.lookup, ('',)),
                (ud.name, ('',)), (ud.east_asian_width, ('',)), (ud.is_normalized, ('bad', 'x'))]:
    try:
        print(f(*args))
    except (ValueError, TypeError, KeyError) as e:
        print(f.__name__, type(e).__name__, e)
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, ud.ucd_3_2_0.category('\u0221'), ud.category('\u0221'))
print(ud.lookup('LATIN SMALL LETTER SHARP S').upper(), '\N{BLACK STAR}', len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
cats = {}
for cp in range(0x250):
    cats[ud.category(chr(cp))] = cats.get(ud.category(chr(cp)), 0) + 1
print(sorted(cats.items()))
print(sum(1 for cp in range(0x3000) if ud.east_asian_width(chr(cp)) == 'W'))
print(sum(ud.numeric(chr(cp), 0) for cp in range(0x2150, 0x2190)))
