# int/float/complex formatting and conversions: grouping, alternate forms,
# bases, precision edge cases, to/from bytes, float.hex, parsing errors.
specs_int = ['', 'd', '+d', ' d', ',', '_', '_x', '_b', '#x', '#o', '#b', '#X', '08d', '+08,d', '^9', '*<8', '=+8', 'c', 'e', '.2f', '%', 'n', '012_d', '#010x']
for v in [0, 7, -42, 255, 123456789, -2**40, 10**20]:
    out = []
    for s in specs_int:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
specs_float = ['', 'f', '.0f', '.1f', '.3e', 'E', 'g', '.2g', 'G', '#g', '#.0f', '#.0e', '%', '.1%', ',.2f', '_.3f', '+.1f', ' .1f', '010.2f', '^12.3g', 'n', '.20g', 'z.1f', '.0%', 'r' ]
for v in [0.0, -0.0, 1.5, -2.5, 0.1, 1e16, 1.234e-7, 123456.789, 1e300, float('inf'), float('-inf'), float('nan'), 2.675, 0.5, 1e-310]:
    out = []
    for s in specs_float:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
for v in [1 + 2j, -1.5 - 0j, 1e20j, complex(0, -0.0), complex(float('nan'), float('inf')), 3.25 + 1e-5j]:
    out = []
    for s in ['', '.2f', '+.3e', '>20', '^20.2g', 'g', 'n', ',.1f', '%', '=10']:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), str(v), out)
print('%5.2f|%-8d|%+x|%#o|%e|%g|%G|%c|%r|%a|%%|%08.3f|%.0e|%i|%u|%X' % (3.14159, 42, 255, 8, 12345.678, 1e-5, 1e20, 65, 'x', 'é', -2.5, 15.5, -3, 7, 255))
print((255).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True), (1024).to_bytes(3))
print((3.5).hex(), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio(), (10).bit_length(), (-255).bit_count(), (2.0).is_integer(), (7).as_integer_ratio())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(12345, -2), round(-15, -1), round(25, -1), round(1e300, 2), round(0.5e-320, 320))
print(int('  -0x1F ', 16), int('0b101', 0), int('1_000'), int('z', 36), float(' 1e3 '), float('-inf'), float('1_0.5'), complex('1+2j'), complex(' (3-4.5j) '), int(' ٣ '))
for bad in ["int('12a')", "int('')", "int('0x', 16)", "int('1__0')", "int('5', 1)", "int('5', 37)", "int(1.5, 10)", "int(float('inf'))", "int(float('nan'))", "float('1e')", "float('')", "float('nan1')", "complex('1+')", "complex('j1')", "complex(1, 'x')", "(1).to_bytes(1, 'middle')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "float.fromhex('0x1p99999')", "format(1.5, 'd')", "format(1, 's')", "format(1+1j, '=10')", "format(1+1j, '010')", "format(2, ',_')", "format(2.0, '_,')", "format(10, '.2c')", "format(-1, 'c')", "format(0x110000, 'c')", "'%d' % 'x'", "'%c' % 1.5", "'%x' % 1.5", "round(1.5, 'x')", "round(float('inf'))", "divmod(1, 0)", "1 % 0.0", "(-8) ** 0.5 == 0", "2 ** -1", "0 ** -1", "0.0 ** -1", "pow(2, -1, 7)", "pow(2, -1, 4)", "pow(2, 1, 0)", "10 ** 400 * 1.0", "1e308 * 10", "float(10**400)", "(10**400) / 3", "int('9' * 5000)", "str(10 ** 5000)[:5]"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
