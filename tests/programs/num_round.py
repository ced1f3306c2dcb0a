# round(): half-to-even for int and float, ndigits including negative, __round__.

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, -0.0, 1e300, 5e-324,
          123.456, -123.456, 1e16 + 2, 4503599627370497.0, 0.285, 1234.5]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 5), round(v, None))
    print(round(v, 400), round(v, -400), round(v, 308), round(v, -308), round(v, 323), round(v, 17))
for v in [0, 5, 15, 25, -25, 35, 150, 250, 12345, -12355, 10**20 + 5 * 10**19, 2**64]:
    print(v, round(v), round(v, 2), round(v, -1), round(v, -2), round(v, -5), round(v, -30), round(True, -1))
print(round(float("inf")) if False else round(float("inf"), 2), round(float("nan"), 1), round(-0.4), round(-0.6, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(True)).__name__)
print(round(number=2.567, ndigits=2), round(2.567, ndigits=1))


class R:
    def __round__(self, n=None):
        return ("rounded", n)


r1 = round(R())
r2 = round(R(), 3)
print(r1[0], r1[1], r2[1])
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("x"), lambda: round(1.5, 1.5),
            lambda: round(1.7976931348623157e308, -308), lambda: round(), lambda: round(1, 2, 3), lambda: round(5, "a")]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
