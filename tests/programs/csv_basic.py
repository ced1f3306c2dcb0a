# csv / _csv: writer quoting rules, reader state machine (escapes, quoted
# newlines, strict mode, NONNUMERIC), dialects and the registry,
# DictReader/DictWriter, Sniffer, field_size_limit, errors.
import csv, io, _csv
def w(rows, **kw):
    s = io.StringIO(); wr = csv.writer(s, **kw)
    try:
        for r in rows: print(repr(wr.writerow(r)), end=' ')
    except Exception as e: print(type(e).__name__, e, end=' ')
    print(repr(s.getvalue()))
w([['a','b c','d,e','f"g', 'h\ni', 'j\rk', None, 1, 2.5, True, '']])
w([['']]); w([[''],[None]]); w([['', '']])
w([['a,b']], quoting=csv.QUOTE_NONE)
w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['a', 1, 2.5, None, True]], quoting=csv.QUOTE_NONNUMERIC)
w([['a', 1, None]], quoting=csv.QUOTE_ALL)
w([['a"b']], doublequote=False)
w([['a"b', 'c\\d']], doublequote=False, escapechar='\\')
w([['a\rb', 'c\nd']], lineterminator='\n')
w([[' a', 'b ']], delimiter=' ')
w([['x']], dialect='excel-tab'); w([['x', 'y']], dialect='unix')
w([['']], quoting=csv.QUOTE_NONE); w([(x for x in 'ab')]); w([5])
w([[1.0/3, 1e100, float('nan')]])
def r(lines, **kw):
    try: print(list(csv.reader(lines, **kw)))
    except Exception as e: print(type(e).__name__, e)
r(['a\\,b,c'], escapechar='\\'); r(['"a\\"b",c'], escapechar='\\'); r(['a,b\\', 'c'], escapechar='\\')
r(['"a', 'b",c']); r(['"a\n', 'b",c\n']); r(['a\x00b']); r([b'a']); r(['a"b,c'], strict=True)
r(['"ab"c,d'], strict=True); r(['"ab'], strict=True); r(['"ab']); r(['a\rb'])
r(['a,b\r\n', 'c\n', '', ' x,  y'], skipinitialspace=True)
r(['1,"a",2.5,,x'], quoting=csv.QUOTE_NONNUMERIC); r(['1,"a",2.5,'], quoting=csv.QUOTE_NONNUMERIC)
rd = csv.reader(['a\n','"b\n','c"\n','d']); print(next(rd), rd.line_num, next(rd), rd.line_num, next(rd), rd.line_num)
D = _csv.Dialect
for f in [lambda: D(delimiter=1), lambda: D(delimiter='ab'), lambda: D(delimiter=None), lambda: D(quotechar=1), lambda: D(quotechar='ab'), lambda: D(quotechar=None).quoting, lambda: D(quotechar=None, quoting=0), lambda: D(escapechar=5), lambda: D(lineterminator=None), lambda: D(lineterminator=5), lambda: D(quoting='x'), lambda: D(quoting=9), lambda: D(foo=1), lambda: D('nope'), lambda: D('excel').delimiter, lambda: D(doublequote=0).doublequote, lambda: setattr(D(), 'delimiter', 'x'), lambda: csv.writer(5), lambda: csv.get_dialect('x'), lambda: csv.unregister_dialect('x'), lambda: csv.register_dialect(5), lambda: csv.field_size_limit('x'), lambda: csv.list_dialects(), lambda: type(csv.reader([])), lambda: csv.reader(5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'age'])
dw.writeheader(); dw.writerow({'name': 'Ann', 'age': 30}); dw.writerows([{'name': 'Bob, Jr.', 'age': 4}])
print(repr(s.getvalue()))
s.seek(0)
for row in csv.DictReader(s): print(row)
try: dw.writerow({'nam': 1})
except ValueError as e: print(e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), csv.get_dialect('pipes').delimiter)
w([['a', 'b']], dialect='pipes')
class My(csv.Dialect):
    delimiter = ';'; quotechar = "'"; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
w([["x;y", "it's"]], dialect=My)
try:
    class Bad(csv.Dialect): delimiter = 'xx'
    Bad()
except Exception as e: print(type(e).__name__, e)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, sn.has_header('name,age\nann,3\nbob,4\n'))
csv.field_size_limit(5); r(['abcdefg']); print(csv.field_size_limit())
csv.field_size_limit(131072)
rows = [['id', 'name', 'note'], [1, 'Ann', 'said "hi"'], [2, 'Bob', 'multi\nline'], [3, '', None], [4.5, 'x,y', ' lead']]
for dialect in ['excel', 'excel-tab', 'unix']:
    s = io.StringIO(newline='')
    csv.writer(s, dialect=dialect).writerows(rows)
    text = s.getvalue()
    print(dialect, repr(text))
    print(list(csv.reader(io.StringIO(text, newline=''), dialect=dialect)))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([1, 2.5, 'a', -3, None])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
r = csv.reader(['a,b', 'c,d'])
print(r.dialect.delimiter, r.line_num, next(r), r.line_num, list(r), r.line_num)
dr = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='extra', restval='?')
print(list(dr), dr.fieldnames)
