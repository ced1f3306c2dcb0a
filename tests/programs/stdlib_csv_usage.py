import csv
import io

data = 'name,age,city\nAlice,30,"New York, NY"\nBob,25,"He said ""hi"""\n"Multi\nline",1,x\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
for row in csv.DictReader(io.StringIO(data)):
    print(row)
rd = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n5\n'), restkey='extra', restval='?')
print(list(rd), rd.fieldnames, rd.line_num)
rd = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['x', 'y'])
print([dict(r) for r in rd])
print(list(csv.reader(['a;b;"c;d"', '', ' x ; y '], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c'], quoting=csv.QUOTE_NONE)), list(csv.reader(['a b  c'], delimiter=' ')))
print(list(csv.reader(['"a"b,c'])), list(csv.reader(['a,b'], strict=False)))

out = io.StringIO()
w = csv.writer(out)
w.writerow(['plain', 'with,comma', 'with "quote"', 'new\nline', '', None, 1.5, 10])
w.writerows([[1, 2], ['x']])
print(repr(out.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC]:
    out = io.StringIO()
    csv.writer(out, quoting=q, lineterminator='\n').writerow(['a', 1, 2.5, None, 'b c'])
    print(q, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', delimiter='|').writerow(['a|b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar='\\').writerow(['say "x"'])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='-', lineterminator='\n')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'A'})
dw.writerows([{'id': 2, 'name': 'B', 'score': 9.5}])
print(out.getvalue(), end='')
try:
    dw.writerow({'id': 3, 'bogus': 1})
except ValueError as e:
    print(type(e).__name__, e)
dw2 = csv.DictWriter(out, ['a'], extrasaction='ignore')
dw2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(out, ['a'], extrasaction='nope')
except ValueError as e:
    print(type(e).__name__, e)

class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('pipes', Pipes)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.lineterminator == '\r\n', d.quoting)
print(list(csv.reader(["a|'b|c'|d"], 'pipes')))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, 'semi').writerow([1, 'x'])
print(repr(out.getvalue()))
csv.unregister_dialect('semi')
for f in [lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('nope'),
          lambda: csv.reader([], delimiter='::'), lambda: csv.reader([], quoting=99),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
          lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['"a"b'], strict=True)),
          lambda: list(csv.reader([1])), lambda: csv.writer(io.StringIO()).writerow(1),
          lambda: csv.reader([], delimiter=''), lambda: type(csv.reader([], quotechar=None)).__name__,
          lambda: list(csv.reader(['a\0b'])), lambda: csv.field_size_limit('x'),
          lambda: csv.register_dialect('x', delimiter=1), lambda: csv.reader([], lineterminator=1)]:
    try:
        print(f())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print(type(e).__name__, e)
print(old, csv.field_size_limit(old))

sn = csv.Sniffer()
sample = 'id;name;score\n1;"Ann";3.5\n2;"Bob";4.0\n3;"Cy";2\n'
dia = sn.sniff(sample)
print(dia.delimiter, repr(dia.quotechar), dia.doublequote, dia.skipinitialspace)
print(sn.has_header(sample), sn.has_header('a,b\n1,2\n3,4\n'), sn.has_header('1,2\n3,4\n'))
print(sn.sniff('a,b,c\n1,2,3\n').delimiter, sn.sniff('a\tb\n1\t2\n', delimiters='\t;').delimiter)
try:
    sn.sniff('abc')
except csv.Error as e:
    print(type(e).__name__, e)
r = csv.reader(io.StringIO('a,b\nc,d\n'))
print(r.dialect.delimiter, next(r), r.line_num)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
