# Decimal.__format__(spec, override): the C module's second argument, a dict
# of decimal_point / thousands_sep / grouping (a string of group sizes) that
# applies to every presentation type.
import decimal

D = decimal.Decimal
dicts = [{'thousands_sep': '-'}, {'grouping': '\3'}, {}, {'thousands_sep': ''},
         {'decimal_point': '.'}, {'grouping': '\2', 'decimal_point': '.'},
         {'thousands_sep': '-', 'grouping': '\3', 'decimal_point': ','},
         {'decimal_point': '\u066b', 'thousands_sep': '\u066c', 'grouping': '\3\2'},
         {'decimal_point': '', 'thousands_sep': ','},
         {'decimal_point': '.', 'grouping': '\3\x7f', 'thousands_sep': ' '}]
for spec in ['.2f', ',.2f', 'n', 'e', '', '010n', ',', '_.2f', ',.3g', '>20,.2f']:
    for o in dicts:
        try:
            print(repr(spec), o, repr(D('1234567.5').__format__(spec, o)),
                  repr(D('-0.000123').__format__(spec, o)))
        except Exception as e:
            print(repr(spec), o, type(e).__name__, e)
for spec in ['_', '_.2f', ',_', '10_']:
    try:
        print(repr(format(D('1234567.5'), spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
