# The cmath module: values (rounded: the last bits may differ from libm),
# special values, error cases and argument conversion.
import cmath, math

def f(x):
    if math.isnan(x) or math.isinf(x) or x == 0:
        return repr(x)
    return '%.12g' % x

def c(z):
    return '(%s, %s)' % (f(z.real), f(z.imag))

def p(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, complex):
        print(c(r))
    elif isinstance(r, float):
        print(f(r))
    elif isinstance(r, tuple):
        print(tuple(f(x) for x in r))
    else:
        print(repr(r))

inf, nan = math.inf, math.nan
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
         'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
vals = [0j, -0j, complex(-0.0, 0.0), 1, -1, 2.5, 0.5 + 0.25j, -3 + 4j, 1e-300 + 1e-300j,
        1e300 + 1e300j, complex(inf, 0), complex(-inf, 2), complex(2, inf),
        complex(nan, 0), complex(0, nan), complex(inf, nan), 1j, -1j, 800 + 1j]
for name in names:
    fn = getattr(cmath, name)
    print(name)
    for v in vals:
        p(fn, v)
for v in vals:
    p(cmath.polar, v)
    p(cmath.phase, v)
    p(cmath.isfinite, v)
    p(cmath.isinf, v)
    p(cmath.isnan, v)
p(cmath.rect, 2, math.pi / 3)
p(cmath.rect, 1, -0.0)
p(cmath.rect, inf, 1)
p(cmath.rect, 1, inf)
p(cmath.rect, 0, inf)
p(cmath.log, 8, 2)
p(cmath.log, 1 + 1j, 1j)
p(cmath.log, 5, 1)
p(cmath.log, 0)
p(cmath.polar, complex(1.4e308, 1.4e308))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print(repr(cmath.inf), repr(cmath.infj), repr(cmath.nan), repr(cmath.nanj))
p(cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
p(cmath.isclose, 1 + 1j, 1 + 1.001j)
p(cmath.isclose, 1j, 1.1j, rel_tol=0.2)
p(cmath.isclose, 0j, 1e-10j, abs_tol=1e-9)
p(cmath.isclose, complex(inf, 0), complex(inf, 0))
p(cmath.isclose, 1, 2, rel_tol=-1)
p(cmath.isclose, 1, 2, rel_tol=1j)
p(cmath.isclose, 1, 2, 3)
p(cmath.isclose, 1)

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 1
class Neither:
    def __int__(self):
        return 2
p(cmath.sqrt, C())
p(cmath.sqrt, F())
p(cmath.sqrt, I())
p(cmath.sqrt, Bad())
p(cmath.sqrt, Neither())
p(cmath.sqrt, "1")
p(cmath.sqrt, None)
p(cmath.sqrt)
p(cmath.sqrt, 1, 2)
p(cmath.phase, 1, 2)
p(cmath.rect, 1)
p(cmath.log, 1, 2, 3)
p(cmath.exp, 1000)
p(cmath.cosh, complex(1000, 1))
p(cmath.atanh, 1)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
