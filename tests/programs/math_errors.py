# math's error behaviour: exception types and messages.
import math

def check(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)

for expr in [
    "math.sqrt(-1)", "math.sqrt('x')", "math.sqrt(10**400)", "math.sqrt(None)",
    "math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(10, 1)", "math.log(10, 0)", "math.log(-10**400)",
    "math.log()", "math.log(1, 2, 3)", "math.log('x')", "math.log(10, 'x')",
    "math.log10(0)", "math.log2(-1)", "math.log1p(-1)", "math.log1p(-2)",
    "math.exp(1000)", "math.exp2(2000)", "math.expm1(1000)", "math.cosh(1000)", "math.sinh(-1000)",
    "math.acos(2)", "math.asin(-1.5)", "math.atanh(1)", "math.atanh(-1)", "math.acosh(0.5)",
    "math.sin(math.inf)", "math.cos(-math.inf)", "math.tan(math.inf)",
    "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.pow(-0.0, -1)", "math.pow(math.nan, 0)", "math.pow(1, math.nan)",
    "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.fmod(1)",
    "math.ldexp(1, 10000)", "math.ldexp(1.0, 2.0)", "math.ldexp(1, 10**30)", "math.ldexp(0.0, 10**30)", "math.ldexp(1)",
    "math.factorial(-1)", "math.factorial(1.5)", "math.factorial(5.0)", "math.factorial('x')", "math.factorial(10**20)", "math.factorial()",
    "math.comb(-1, 2)", "math.comb(5, -2)", "math.comb(1.0, 2)", "math.comb(5)", "math.comb(2**70, 2**69)",
    "math.perm(-1)", "math.perm(3, -1)", "math.perm(5, 2.0)",
    "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt('9')",
    "math.gcd(1.5)", "math.gcd('x')", "math.lcm(4, 5.0)",
    "math.ceil(math.inf)", "math.ceil(math.nan)", "math.floor(-math.inf)", "math.floor('x')", "math.trunc('x')", "math.trunc(math.nan)",
    "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(1e308)",
    "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.fsum([1, 'x'])", "math.fsum(1)", "math.fsum([math.nan, 1])",
    "math.hypot('x')", "math.hypot(1, None)", "math.hypot(2**1024)", "math.hypot(x=1)",
    "math.dist((1, 2), (1,))", "math.dist(1, 2)", "math.dist('ab', 'cd')",
    "math.isclose(1)", "math.isclose(1, 1, 2)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 1, abs_tol='x')", "math.isclose('a', 1)",
    "math.prod(5)", "math.prod(['a'], start=2)", "math.prod([1], 2)",
    "math.sin()", "math.sin(1, 2)", "math.sin(x=1)", "math.atan2(1)", "math.pow(1)", "math.copysign(1)", "math.nextafter(1, 2, 3)",
    "math.gcd(x=1)", "math.lcm(x=1)", "math.fsum(x=1)", "math.perm(n=1)", "math.comb(n=1, k=2)", "math.atan2(y=1, x=2)",
    "math.factorial(x=1)", "math.prod()", "math.prod(x=[1])", "math.isclose(a=1, b=1)", "math.isclose(1, b=1, c=3)",
    "math.floor(x=1)", "math.log(x=1)",
    "math.isinf(10**400)", "math.isnan('x')", "math.degrees('x')", "math.frexp(10**400)", "math.fabs(-10**400)",
]:
    check(expr)

class BadFloat:
    def __float__(self):
        return "nope"
check("math.sqrt(BadFloat())")
