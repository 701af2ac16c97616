def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"
for v in [0, 1, 3, -1, 1.5, 2j, "hi", b"raw", None, True, False, 0.0, 1.0, "x"]:
    print(repr(v), describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
    return "unknown"
print(color("red"), color("green"), color("blue"))
