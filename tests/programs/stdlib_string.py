import string
from string import Template, Formatter, capwords

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(capwords('hello   world  foo'), capwords('  a-b c_d  '), capwords('x-y-z', '-'))
print(capwords("don't stop"), capwords(''))

t = Template('$who likes $what; ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template)
for kw in [dict(who='x'), dict()]:
    try:
        print(t.substitute(**kw))
    except KeyError as e:
        print(type(e).__name__, e)
for bad in ['$', 'a $ b', '${x', '$1abc', 'ok ${ bad}']:
    try:
        print(Template(bad).substitute(x=1))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(Template(bad).safe_substitute(x=1)))
print(Template('$x').is_valid(), Template('$').is_valid(), Template('${a} $b $$ ${c}').get_identifiers())

class Pct(Template):
    delimiter = '%'
print(Pct('%who owes %{amt} (100%%)').substitute(who='me', amt=3))

class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9]*(?:\.[a-z]+)?'
print(Dotted('$user.name and $x').safe_substitute({'user.name': 'u', 'x': 1}))

class Braced(Template):
    delimiter = '#'
    braceidpattern = r'[A-Z]+'
print(Braced('#{ABC} #abc #{abc}').safe_substitute(ABC=1, abc=2))

class Custom(Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )'''
print(Custom('[[name]] is [[[[ and [[x]]').substitute(name='N', x='X'))
try:
    Custom('oops [[1').substitute()
except ValueError as e:
    print(type(e).__name__, e)

f = Formatter()
print(f.format('{0}-{1}-{x}', 1, 2, x=3))
print(f.format('{a[0]}{a[1]:>3}{b.real}', a='xy', b=2+3j))
print(f.vformat('{} {}', ('a', 'b'), {}))
print(list(f.parse('a{0!r:>4}b{{c}}{x.y[1]}')))
print(f.get_field('x.real', (), {'x': 5}))
try:
    f.format('{} {0}', 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print(type(e).__name__, e)
try:
    f.format('{0!z}', 1)
except ValueError as e:
    print(type(e).__name__, e)

class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == 'up':
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)
u = Upper()
print(u.format('{name:up} {other} {0:>5} {X!l} {y!r}', 7, name='bob', X='ABC', y='q'))

class Check(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: %s' % sorted(map(str, unused)))
try:
    Check().format('{0}{a}', 1, 2, a=1, b=2)
except ValueError as e:
    print(type(e).__name__, e)
print(Check().format('{0}{a}', 1, a=2))
