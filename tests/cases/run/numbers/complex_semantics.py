z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z * (1 - 2j), z / 2, z / (1 + 1j), z ** 2, (1j) ** 2, 2 ** 1j)
print(complex(1, 2), complex("3+4j"), complex("-1.5j"), complex(2), complex(), complex(1j, 1j))
for bad in ["3 + 4j", "abc", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
for op in [lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: z < z, lambda: int(z), lambda: float(z), lambda: round(z)]:
    try:
        op()
    except TypeError as e:
        print(e)
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
print(z == 3 + 4j, 1 + 0j == 1, hash(1 + 0j) == hash(1), repr(complex(-0.0, -0.0)), repr(1e300j * 1e10))
print(repr(complex(float("nan"), 1)), complex("inf-infj"), 1j.imag, type(1j.real).__name__)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
print(f"{z:.2f}", format(1.5 - 2j, ">20"), format(1 + 1j))
