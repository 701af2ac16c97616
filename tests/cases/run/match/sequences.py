def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3), b"ab", bytearray(b"x")]:
    print(repr(s), "->", shape(s))
def nested(p):
    match p:
        case [(a, b), [c, *_]]:
            return a, b, c
        case [int(), str()]:
            return "int, str"
        case _:
            return None
print(nested([(1, 2), [3, 4, 5]]), nested([1, "a"]), nested([1, 2]))
def star_only(x):
    match x:
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"
print(star_only([]), star_only((1,)), star_only("str"), star_only({1: 2}), star_only(iter([1])))
