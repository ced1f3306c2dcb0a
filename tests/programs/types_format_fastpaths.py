for v in [0, 7, -42, 123456789, 10**30, -10**25, True, False, 3.5, -0.0, float('inf'), 1e100, "abc", "é"]:
    for spec in ["", "d", "04d", ">8", "<6", "^7", "+", ",", "_", "x", "#x", "08.3f", ".2e", "%", "s", "=+10", "c", "10,"]:
        try:
            r = format(v, spec)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(v), repr(spec), repr(r))
        try:
            r = f"{v:{spec}}"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(r))
print("%s %d %r" % ("a", 5, [1]), "ab" * 3, 3 * "x", "ab" * -1, "x" * True)
try:
    "a" * 2**70
except Exception as e:
    print(type(e).__name__, e)
print("%(a)s" % {"a": 1}, "%s" % 1.5, "%s" % "x", "%d" % True)
specs = ["", "0", "00", "5", "05", "010", "d", "5d", "05d", "x", "4x", "04x", "X", "08X", "o", "6o", "b", "012b", "1", "01d", "3d"]
for v in [0, 1, -1, 7, -42, 255, -255, 123456, 2**63 - 1, -2**63, 2**64, True]:
    print(v, [format(v, s) for s in specs], [f"{v:{s}}" for s in specs])
