import json, json.decoder, sys
class BadBool:
    def __bool__(self): 1/0
try: print(json.decoder.JSONDecoder(strict=BadBool()).decode('""'))
except Exception as e: print(type(e).__name__, e)
for args in [(b"xxx", sys.maxsize + 1), (b"xxx", 1), ("xxx", 'a'), ('"abc"', 10), ('"abc"', -1), ('"a\\u00e9b"', 1), ('"a\tb"', 1, False)]:
    try: print(json.decoder.scanstring(*args))
    except Exception as e: print(type(e).__name__, e)
try: json.decoder.scanstring('"a\tb"', 1)
except Exception as e: print(type(e).__name__, e, e.pos, e.lineno, e.colno)
