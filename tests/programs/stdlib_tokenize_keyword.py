import io
import keyword
import token
import tokenize

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ['if', 'match', 'case', '_', 'True', 'print', 'async', 'type', '']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))

src = '''def f(a, b=2, *args, **kw):
    """doc"""
    x = a + b * 3.5e-1 - 0x1F  # comment
    if x >= 10 and not kw:
        return [i ** 2 for i in range(x)]
    s = f'{x!r:>5}' + b'raw' + r"\\d"
    return {'k': (x, ...)}
@dec
class C: pass
'''
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
for t in toks:
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, t.exact_type == t.type)
print(tokenize.untokenize(toks) == src)
print(tokenize.untokenize([(t.type, t.string) for t in toks[:12]]))
btoks = list(tokenize.tokenize(io.BytesIO(b'x = 1\n').readline))
print([(tokenize.tok_name[t.type], t.string) for t in btoks])
print(tokenize.untokenize(btoks))
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx=1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx=1\n').readline))
try:
    tokenize.detect_encoding(io.BytesIO(b'# coding: nope\n').readline)
except SyntaxError as e:
    print(type(e).__name__, e)
for t in tokenize.generate_tokens(io.StringIO('a[1:2] != b -> c; d @= e //= 2\n').readline):
    print(token.tok_name[t.exact_type], end=' ')
print()
for bad in ['x = (1,\n', 'def f():\n  x\n y\n', '"""abc\n', "'abc\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print('ok', repr(bad))
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET + 1), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES['->'] == token.RARROW, token.OP, token.NAME, token.NUMBER, token.STRING, token.COMMENT, token.NL)
print(tokenize.Name, tokenize.Number[:20])
