a + b - c * d / e // f % g ** h @ i
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = a & b | c ^ ~d << 1 >> 2
y = a < b <= c > d >= e == f != g
z = (a := 1), [b], {c: d}, e.f, ...
def f() -> int: pass
q = a<<=b>>=c**=d//=e
