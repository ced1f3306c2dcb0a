# The format-spec mini-language for int, float and complex: format() and f-strings.

ints = [0, 7, -7, 42, 255, -255, 1234567, -1234567, 2**40, -(2**70), 10**25]
ispecs = ["", "d", "5", "<6", ">6", "^7", "=8", "08", "+", " ", "-", ",", "_", "b", "o", "x", "X", "#b", "#o", "#x",
          "#X", "#010x", "_b", "#_x", "+,d", "020,", "*^15,", "x>+10", "n", "012n", "e", ".2e", "f", ".3f", "%", "g",
          ".3G", ",.2f", "_.1f"]
for v in ints:
    for s in ispecs:
        print(repr(s), format(v, s))
for v in [65, 0x263A, 0x1F600]:
    print(format(v, "c"), format(v, ">4c"), format(v, "^5c"))

floats = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 1234.5678, -1234.5678, 1e-7, 3.14159265358979, 1e16, 123456789.125,
          float("inf"), float("-inf"), float("nan"), 9.995, 0.000123, 1e300]
fspecs = ["", "f", ".0f", ".2f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%", "n", "10",
          "<12", "^12.2f", "=+12.3f", "012.3f", "+", " ", ",", ",.2f", "_.3f", "015,.2f", "*>14.4e", ".3", ".0",
          "#.3", "z.2f", "z", "F", ".3F", "#e", ".0e", "#.0e"]
for v in floats:
    for s in fspecs:
        print(repr(s), format(v, s))

for c in [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float("inf"), float("nan"))]:
    for s in ["", "f", ".2f", "e", ".3g", "g", "20", "<30", "^30.2f", "+", " ", ",.2f", "#", ".0", "n", ">25"]:
        print(repr(s), format(c, s))

# f-strings.
x, y, n = 3.14159, -2.5, 1234567
print(f"{x}|{x:.2f}|{x:>10.3f}|{x:<10.1f}|{x:^10.0f}|{x:+.4e}|{x:010.2f}")
print(f"{n:,}|{n:_}|{n:>15,}|{n:x}|{n:#x}|{n:08d}|{n:+d}|{n:e}|{n:.2%}")
print(f"{y:.1f}|{y:z.0f}|{-0.0:z}|{y!r}|{y!s}|{n!r}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{n:{w},}|{True}|{True:d}|{False:>5}|{2**100}")
print(f"{1e10:g}|{1e-10:g}|{123456789:g}|{0.1 + 0.2}|{1/3:.15f}|{2/3:.0%}")
print(format(12.5), format(-3), format(1j), format(True), format(2**64, ""), format(1.5, ""))
