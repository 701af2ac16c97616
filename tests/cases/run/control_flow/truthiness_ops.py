print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x")
print(not 0, not 1, not None, not [])
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
calls.clear()
print(t(1) or t(2), calls)
calls.clear()
print(t(1) < t(2) < t(0) < t(3), calls)
calls.clear()
print(t(1) < t(2) <= t(2) != t(5), calls)
print(1 < 2 > 1, 1 == 1.0 == True, "a" < "b" < "c")
print(3 in [1, 2, 3] not in [[True]], None is None is not False)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
try:
    None >= None
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "Z" < "a", [1, [2]] == [1, [2]])
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x], x in [x])
