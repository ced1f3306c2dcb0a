import shlex

for s in ['ls -l "my file.txt" \'single q\' back\\ slash', 'echo "a \\"quoted\\" word" end',
          "a'b'c \"d\"e", 'cmd # comment here', '  spaced   out  ', '', 'x=1 y="2 3"', "it's", 'a"b']:
    try:
        print(shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(shlex.split('a "b c" d', posix=False))
for s in ['', 'safe', 'has space', "it's", 'a"b', '$HOME', 'semi;colon', 'ü', '-flag=@x%+,./:']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '']))

lex = shlex.shlex('a = b + "c d" ; e(f)', posix=True)
print(list(lex))
lex = shlex.shlex('x && y || z; (a | b) > out 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('x && y', punctuation_chars='&')
print(list(lex))
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex('a,b;c', posix=True)
lex.whitespace += ',;'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('path/to/file.txt other', posix=True)
lex.wordchars += '/.'
print(list(lex))
lex = shlex.shlex('a\nb # c\nd', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex("'unterminated", posix=True)
try:
    list(lex)
except ValueError as e:
    print(type(e).__name__, e)
lex = shlex.shlex('"esc \\" q" x', posix=True)
print(list(lex))
lex = shlex.shlex('a "b c" d', posix=False)
print(list(lex), lex.eof)
try:
    shlex.shlex('x', punctuation_chars=True).whitespace_split = False
    print(list(shlex.shlex('x;y', punctuation_chars=True)))
except ValueError as e:
    print(type(e).__name__, e)
