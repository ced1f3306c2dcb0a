# json with the _json accelerator: C scanstring messages, encode_basestring(_ascii).
import json
s = json.dumps({'a': [1, 2.5, None, True, "x\u00e9\n\"", {'b': []}]}, sort_keys=True)
print(s, json.loads(s))
print(json.dumps("\ud800\U0001f600", ensure_ascii=True), json.dumps("é\U0001f600", ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'), json.loads('[1e5, -0, 1.5E-3, "a\\/b"]'))
for bad in ['"abc', '"\\x"', '"\\u12"', '"a\x01b"', '{"a" 1}']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(e)
print(json.loads('"a\x01b"', strict=False))
print(json.dumps([1, 2], indent=2))
import json.decoder as jd, json.encoder as je
print(jd.scanstring is jd.c_scanstring, je.encode_basestring_ascii('a"\\\x7f\x01é\U0001f600\ud800'), je.encode_basestring('a"\\\x7f\x01é\U0001f600'))
for bad in ['"\\u12"', '"\\u12', '"\\uzzzz"', '"\\ud83d\\u12"', '"\\ud83dx"', '"\\', '"abc\\']:
    try: print(ascii(json.loads(bad)))
    except json.JSONDecodeError as e: print(e)
print(ascii(json.loads('"\\ud83d\\u0041"')), ascii(json.loads('"\\ud83d"')), ascii(json.loads('"\\udc00\\ud800"')))
print(json.dumps({'k\u00e9': ['\u2028', '\x00']}), json.dumps({'k\u00e9': '\U0001f600'}, ensure_ascii=False))
