# math functions on ordinary arguments; values are printed with repr,
# so the last digit matters.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, 0.5, 1, 2, 3.75, 10, 100.5, 1e-10, 12345.678]
for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
             "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "fabs"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ["asin", "acos", "atanh"]:
    f = getattr(math, name)
    print(name, [f(v) for v in [-0.9, -0.5, 0.0, 0.25, 0.75]])
print("acosh", [math.acosh(v) for v in [1, 1.5, 2, 10, 1e10]])
print("atan2", [math.atan2(y, x) for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (3, 4), (-2.5, 0.1)]])
print("pow", math.pow(2, 10), math.pow(2, 0.5), math.pow(10, -2), math.pow(-2, 3), math.pow(1.0001, 10000), math.pow(7, 1/3))
print("hypot", math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-7), math.hypot(1e200, 1e200), math.hypot(0.1, 0.2))
print("dist", math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
print("rounding", math.ceil(2.1), math.ceil(-2.1), math.floor(2.9), math.floor(-2.9), math.trunc(-2.9), math.trunc(7))
print(math.ceil(10**30), math.floor(1e20), math.trunc(-1e20), type(math.floor(2.5)).__name__)
print("fmod", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(1, math.inf))
print("frexp", math.frexp(8), math.frexp(0.3), math.frexp(-1e-300), math.frexp(0.0))
print("ldexp", math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(5, 0))
print("modf", math.modf(3.25), math.modf(-3.25), math.modf(math.inf))
print("copysign", math.copysign(3, -0.0), math.copysign(-2.5, 1))
print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print("checks", math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print("degrees", math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(1))
print("factorial", [math.factorial(n) for n in [0, 1, 5, 10, 20]], math.factorial(30))
print("isqrt", math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 12345), math.isqrt(True))
print("gcd", math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print("lcm", math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(4, 0), math.lcm(2**64, 3))
print("comb", math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.comb(10**20, 2))
print("perm", math.perm(5), math.perm(5, 2), math.perm(5, 6), math.perm(20, 20), math.perm(5, None))
print("prod", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2.0]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]), math.fsum([]), math.fsum(x / 7 for x in range(100)))
print("fsum", math.fsum([1e-16, 1, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-30]), math.fsum([math.inf, 1.0]))
print("nextafter", math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(0.0, -0.0))
print("ulp", math.ulp(1), math.ulp(1e300), math.ulp(0), math.ulp(-2.5), math.ulp(math.inf))
print("big ints", math.log(10**400), math.log10(10**500), math.log2(2**5000), math.log(2**1024, 4), math.log(10**400, 10))
print("int args", math.sqrt(16), math.exp(0), math.log(True), math.sqrt(10**30))
print("gamma", math.gamma(1), math.gamma(5), math.gamma(10), round(math.gamma(0.5) ** 2, 12), math.lgamma(1), math.lgamma(2))
print("erf", round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.erf(0), math.erfc(0), math.erf(math.inf))
print("cbrt", round(math.cbrt(27), 12), round(math.cbrt(-8), 12), math.cbrt(0.0))
print("specials", math.exp(-1000), math.atan(math.inf), math.tanh(-math.inf), math.sqrt(-0.0), math.log(math.inf), math.pow(math.inf, -1))

class Half:
    def __float__(self):
        return 0.5
class Three:
    def __index__(self):
        return 3
class MyFloat(float):
    pass
print("protocols", math.sqrt(Half()), math.exp(Three()), math.factorial(Three()), math.floor(MyFloat(2.5)), math.sin(MyFloat(0.5)))
class Ceil:
    def __ceil__(self):
        return "ceil!"
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"
print(math.ceil(Ceil()), math.floor(Ceil()), math.trunc(Ceil()))
