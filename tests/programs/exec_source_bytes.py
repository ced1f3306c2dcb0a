# exec/eval/compile of bytes: UTF-8 BOM, coding declarations, and the
# errors for a bad declaration or undecodable bytes.
bom = b'\xef\xbb\xbf'
print(eval(bom + b'a', {'a': 1}))
print(eval(b'a', {'a': 2}))
co = compile(bom + b'print(3)\n', '', 'exec')
exec(co)
print(eval('\ufeff1'.encode('utf-8')))
print(eval(b'# -*- coding: latin-1 -*-\n"\xe9"'))
print(eval(b'\n# vim: set fileencoding=cp1252 :\n"\x80"'))
print(eval(b'x = 1\n# coding: latin-1\n"\xc3\xa9"'.split(b'\n', 1)[1]))
try:
    eval('\ufeff1')
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval(bom[:2] + b'a')
except SyntaxError as e:
    print(type(e).__name__, e)
for src in (bom + b'# coding: latin-1\nx=1\n', b'# coding: foo\nx=1\n', b'x=1\ny=\xff\n'):
    try:
        compile(src, 'fn', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno)
    try:
        eval(src)
    except (SyntaxError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
