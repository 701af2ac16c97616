def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", item] if item != "nothing":
            return f"taking {item}"
        case ["take", _]:
            return "nothing to take"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "empty"
for c in ["go north", "go west", "take lamp", "take nothing", "drop a b", "drop", ""]:
    print(repr(c), "->", run(c))
x = "outer"
match 5:
    case x:
        pass
print("capture rebinds:", x)
match (1, 2):
    case (a, b) if (total := a + b) > 2:
        print("walrus in guard", total)
def guard_order():
    calls = []
    def g(n):
        calls.append(n)
        return False
    match 1:
        case 1 if g(1):
            pass
        case 1 if g(2):
            pass
        case _:
            pass
    return calls
print(guard_order())
for src in ["match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n",
            "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
            "match x:\n    case 1 + 1:\n        pass\n",
            "match x:\n    case _ as _:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
