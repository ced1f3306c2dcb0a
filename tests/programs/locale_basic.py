# locale / _locale in the C locale: setlocale, localeconv, nl_langinfo, formatting.
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(False), locale.nl_langinfo(locale.CODESET))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.YESEXPR))
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.2f", 1234.5), locale.str(1.5),
      locale.atof("2.5"), locale.atoi("42"), locale.currency(5, symbol=False) if False else "-", locale.delocalize("1.5"))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
for bad in ["xx_YY.UTF-8", "de_DE"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(type(e).__name__, e)
try:
    locale.nl_langinfo(9999)
except ValueError as e:
    print("ValueError", e)
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.nl_langinfo(locale.CODESET), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.LC_CTYPE, locale.LC_ALL, locale.CHAR_MAX, issubclass(locale.Error, Exception))
print(locale.normalize("en_US"), locale.normalize("C"), locale.getdefaultlocale.__name__)
