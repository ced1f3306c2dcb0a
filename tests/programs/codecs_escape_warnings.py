import codecs, warnings
for b in [b'\\z', b'\\Z', b'\\8', b'\\\xfa', b'\\777', b'\\400', b'abc\\q\\r', b'\\n']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = codecs.escape_decode(b)
        print(b, r, [(x.category.__name__, str(x.message)) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = codecs.unicode_escape_decode(b)
            print(b, ascii(r), [(x.category.__name__, str(x.message)) for x in w])
        except Exception as e: print(type(e).__name__, e)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = b.decode('unicode_escape')
            print(b, ascii(r), [(x.category.__name__, str(x.message)) for x in w])
        except Exception as e: print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for f in [lambda: codecs.escape_decode(b'\\q'), lambda: b'\\q'.decode('unicode_escape'), lambda: codecs.unicode_escape_decode(b'\\777')]:
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
for b in [b'\\x1', b'\\N{foo}', b'\\']:
    for enc in ['unicode_escape', 'raw_unicode_escape', 'Unicode-Escape']:
        try: print(b.decode(enc))
        except Exception as e: print(type(e).__name__, e, e.__cause__)
        try: print(codecs.decode(b, enc))
        except Exception as e: print(type(e).__name__, e, e.__cause__)
