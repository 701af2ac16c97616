import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.isqrt(17))
print(math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(0.001), math.log(2**2000))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.pow(2, 10), math.exp(1), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, 3), math.modf(3.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e400), math.degrees(math.pi), math.radians(180))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.gamma(5), math.erf(1), math.dist((0, 0), (3, 4)), math.remainder(10, 3))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(2.5)", "math.acos(2)", "math.pow(0, -1)", "math.sqrt('x')", "math.isqrt(-1)", "math.log(1, 1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
