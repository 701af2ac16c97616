from fractions import Fraction as F
import math
print(F(3, 4), F(10, -8), F(), F(5), F('3/4'), F('-1.25'), F(' 2e-3 '), F('.5'), F('5.'), F('1_000/3'), F(0.1), F(2.25), F(F(1, 7), 5), F(F(1, 7), F(2, 3)))
print(repr(F(1, 3)), F(1, 3) + F(1, 6), F(1, 3) - 1, 2 * F(1, 3), F(1, 3) / F(2, 5), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(1, 2) ** 0.5, F(9, 4) ** F(1, 2))
print(F(1, 2) + 0.25, 0.25 + F(1, 2), F(1, 2) + 1j, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(2, 4) == F(1, 2), F(3) == 3, 3 == F(3), F(1, 2) != 1)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), {F(1, 2): 'x'}[0.5])
print(float(F(1, 3)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(0.1).limit_denominator())
print(F(1, 3).numerator, F(1, 3).denominator, F(6, 4).as_integer_ratio(), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)), bool(F(1, 9)))
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), 0.4))
for bad in ['x', '1/0', '1/', '/2', '1.2/3', '', '1__0', '_1', 'e5', '1e', '--1']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZDE', e)
try:
    F(3, 4) / F(0)
except ZeroDivisionError as e:
    print('ZDE', e)
try:
    F(1.5, 2)
except TypeError as e:
    print(e)
try:
    F(1, 2) + 'a'
except TypeError as e:
    print(e)
try:
    F(float('inf'))
except OverflowError as e:
    print(e)
print(F.from_float(0.5), F.from_float(3), F.__add__.__name__, F.__rtruediv__.__name__)
print(isinstance(F(1, 2), __import__('numbers').Rational), F(1, 2).__class__.__mro__[1].__name__)
print(format(F(1, 3)), f'{F(1, 3)}', str(F(-3, 1)))
