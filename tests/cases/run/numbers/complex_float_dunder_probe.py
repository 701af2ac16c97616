import math
exprs = r'''
complex(1, 2) * complex(float('inf'), 0)
complex(float('inf'), float('inf')) / complex(1, 1)
complex(1, 1) / complex(float('inf'), 0)
complex(1e308, 1e308) / complex(1e308, 1e308)
complex(1e-308, 1e-308) / complex(1e-308, 1e-308)
complex(3, 4) / complex(0, 1e-320)
(1+2j) / 1e-320
(1+2j) ** 0
(1+2j) ** 1
(1+2j) ** -3
(0.5+0.5j) ** 200
1j ** -1
(-1) ** 0.5
(-1.0) ** (1/3)
(-8) ** (1/3)
0j ** 0
0j ** 2
0j ** 2.5
(1+0j) ** (10**20)
(2+0j) ** 1024
(2+0j) ** 1023.5
pow(1j, 3.0)
pow(complex(2, 0), complex(0.5, 0))
complex('1e308') * 10
abs(complex(3e307, 4e307))
abs(complex(float('inf'), float('nan')))
hash(complex(float('inf'), 0))
hash(complex(0, float('inf')))
hash(complex(float('nan'), 0)) == hash(float('nan'))
-(0j)
-complex(0.0, -0.0)
+complex(-0.0, -0.0)
complex(-0.0, 0) + 0
complex(-0.0, 0) + 0.0
complex(-0.0, 0) + (-0.0)
complex(-0.0, -0.0) * 1
complex(-0.0, -0.0) - 0
0 - 0j
0.0 - 0j
-0.0 - 0j
1j * -0.0
1j * 0
1 - 1j * 1
(1+1j).real.hex()
complex.__add__(1j, True)
complex.__radd__(1j, 2)
complex.__rsub__(1j, 2)
complex.__rtruediv__(2j, 1)
complex.__rpow__(2j, 2)
complex.__pow__(2j, 2, None)
complex.__pow__(2j, 2, 3)
(2j).__pow__(2, 3)
1.5 + 1j
1.5 * 1j
1.5 / 1j
10**20 * 1j
10**400 * 0j
True + 1j
math.sqrt(2) * 1j
(1e16+1j) - 1e16
repr(1e16+1j)
repr(1e-16j + 1)
repr(complex(1.0000000000000002, 3))
str(complex(-1e-300, 1e300))
repr(complex(12345678901234567, 0))
repr(complex(1e22, 1e21))
repr(complex(0.1, 1/3))
format(complex(0.1, 1/3), '.3')
format(complex(1, 1), '.0')
format(complex(1, 1), 'g')
format(complex(1e22, 1e21), '')
format(complex(1e22, 1e21), 'g')
format(complex(1e22, 1e21), '.1')
format(complex(0, 1e22), '')
format(complex(-0.0, 1), '')
format(complex(0, -0.0), '')
format(complex(0, -0.0), 'g')
format(complex(0, 0), 'g')
format(complex(1, 0), '.2g')
format(complex(float('nan'), float('-inf')), '+')
format(complex(float('nan'), float('-inf')), 'F')
format(complex(1.5, 2.5), '^30.2e')
format(complex(1.5, 2.5), 'x<30')
format(complex(1.5, 2.5), ' ')
format(complex(1.5, -2.5), '-')
float.__truediv__(1.0, 0)
float.__rtruediv__(0.0, 1)
float.__pow__(2.0, 3, None)
float.__pow__(2.0, 3, 5)
float.__rpow__(2.0, 3)
float.__rsub__(1.5, 10**400)
float.__mul__(1.5, 10**400)
float.__abs__(-0.0)
float.__bool__(-0.0)
float.__int__(-0.9)
float.__trunc__(-0.9)
float.__neg__(0.0)
float.__pos__(-0.0)
(-0.0).__repr__()
(1e300).__mul__(1e300)
(1e300).__pow__(2)
(2.0).__pow__(-1075)
(2.0).__pow__(-1074)
(-2.0).__pow__(0.5)
(-2.0).__pow__(1023)
(-2.0).__pow__(1024)
(-2.0).__pow__(1025)
(1.0000001).__pow__(10**10)
(0.9999999).__pow__(10**10)
(-1.0).__pow__(10**100)
(-1.0).__pow__(float(2**60+1))
(-1.0).__pow__(1e300)
(-0.5).__pow__(float('inf'))
(-2.0).__pow__(float('inf'))
(-2.0).__pow__(float('-inf'))
(-0.0).__pow__(-3)
(-0.0).__pow__(-3.5)
(-0.0).__pow__(float('-inf'))
float('nan').__pow__(0)
(1.0).__pow__(float('nan'))
math.pow(-0.0, -3)
math.pow(-2.0, 0.5)
math.pow(10, 400)
math.pow(-10, 401)
'''.strip().split('\n')
for e in exprs:
    try:
        r = eval(e)
        print(e, '->', repr(r))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
