print(True == 1, False == 0, True is 1 if False else "no identity", isinstance(True, int))
print(True + 1, True & False, True | False, True ^ True, ~True, -True, True << 3)
print(type(True & False).__name__, type(True + False).__name__, type(~False).__name__)
print(str(True), repr(False), int(True), float(False), bool("False"), bool(0.0), bool(-1))
print({True: "a", 1: "b"}, {1, 1.0, True}, [True, False].count(1))
try:
    bool.__new__(bool, 2) if False else type(True)(2)
    print(type(True)(2), bool([]))
except TypeError as e:
    print(e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
print(sum([True, True, False]), max(True, 2), True / 2, True // 2, divmod(True, 2))
print(hash(True), hash(False), True.real, True.numerator, (True).bit_length())
print(1 if [] else 0, 1 if [[]] else 0)
