# A first program for glasspy: see its tokens with --tokens, its tree with --ast.
def greet(name: str, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


for who in ["world", "glasspy"]:
    print(greet(who))
