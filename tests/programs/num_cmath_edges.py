# cmath: every function on special values (signed zeros, infinities, NaNs), constants, and error messages.
import cmath, math
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    out = []
    for z in [0, 1, -1, 1j, -1j, 2+3j, -0.5+0.25j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e300+1e300j, complex('inf'), complex('nan'), complex(float('inf'), float('nan')), 10]:
        try: out.append(repr(getattr(cmath, f)(z)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, out)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, math.pi / 2), cmath.rect(1, float('inf')) if False else '', cmath.log(8, 2), cmath.log(1j, 1j))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isfinite(1+1j), cmath.isinf(complex('inf')), cmath.isnan(complex(0, float('nan'))))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for bad in ["cmath.log(0)", "cmath.sqrt('x')", "cmath.log(1, 0)", "cmath.rect(1, float('nan'))", "cmath.rect(float('inf'), 0)", "cmath.exp(1000)", "cmath.cosh(1000+1j)", "cmath.atanh(1)", "cmath.isclose(1, 1, rel_tol=-1)", "cmath.phase('x')", "cmath.polar(None)", "cmath.log(1, 2, 3)", "cmath.acos(2)", "cmath.sqrt(10**400)"]:
    try: print(bad, repr(eval(bad)))
    except Exception as e: print(bad, type(e).__name__, e)
