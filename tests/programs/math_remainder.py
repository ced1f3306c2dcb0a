# math.remainder, pow special cases, lgamma of tiny arguments.
import math

def p(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))

inf, nan = math.inf, math.nan
for x, y in [(3, 2), (5, 2), (-5, 2), (-0.0, 1), (-2.0, 1), (2.0, 1), (7.5, 2.5), (1e308, 1e-300),
             (10, 3), (-10, 3), (6, 4), (2, inf), (-2, -inf), (0.1, 0.01), (1e-310, 3e-310),
             (inf, 1), (1, 0), (nan, 1), (1, nan), (-inf, 0.0), (0.0, 0.0)]:
    p(lambda: math.remainder(x, y))
p(lambda: math.remainder(1))
p(lambda: math.remainder('a', 1))
for x in (inf, -inf):
    for y in (0.0, -0.0, 1, 2, -1, -3, 0.5):
        p(lambda: math.pow(x, y))
for x, y in [(1e100, 1e308), (-1e100, 1e308), (1e308, 1e308), (0.5, 1e308), (-0.5, 1e308),
             (2, -1e308), (-2, 1e307), (1e-300, 1e300)]:
    p(lambda: math.pow(x, y))
for x in (1e-308, 5.6e-309, 1e-323, 5e-324, -1e-308, -5e-324, 1e-18, -1e-18):
    print('%.12g' % math.lgamma(x))
for x in (40, 41.5, 57.25, 100.5, 150.75, 170, 171, 171.624):
    print('%.14g' % math.gamma(x))
for x in (171.625, 172, 2000, 1.7e308):
    p(lambda: math.gamma(x))
