import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(locale.format_string('%d items', 1234567, grouping=True), locale.format_string('%.2f', 1234.5678))
print(locale.format_string('%s and %d', ('x', 5)), locale.format_string('%(a)s=%(b).1f', {'a': 'pi', 'b': 3.14159}))
print(locale.format_string('%10.3f|%-8d|', (2.5, 42), grouping=True))
print(locale.str(3.14159), locale.str(1e20), locale.atof('1234.5'), locale.atoi('42'), locale.delocalize('1,234.5'))
print(locale.localize('1234.5'), locale.currency if False else '', locale.getpreferredencoding(False) != '')
try:
    locale.currency(1.5)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: locale.atof('abc'), lambda: locale.atoi('1.5'), lambda: locale.setlocale(locale.LC_ALL, 'xx_NOPE.UTF-8'),
            lambda: locale.setlocale(12345), lambda: locale.format_string('%d %d', 1),
            lambda: locale.format_string('%s', 1, 2, 3, 4)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, locale.Error) as e:
        print(type(e).__name__, e)
print(locale.normalize('en_US'), locale.normalize('C'), locale.normalize('de_DE.utf8'), locale.normalize('fr'))
print(locale._parse_localename('en_US.UTF-8'), locale._build_localename(('de_DE', 'ISO8859-1')))
print(locale.strcoll('a', 'b') < 0, locale.strcoll('b', 'a') > 0, locale.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, None))
print(locale.setlocale(locale.LC_ALL, ('C', None)) if False else locale.setlocale(locale.LC_CTYPE, 'C'))
print(locale.getlocale(locale.LC_CTYPE))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(type(e).__name__, e)
