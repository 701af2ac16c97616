class Config:
    base = 10
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    indexed = {n: i for i, n in enumerate(names)}
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"
    pairs = [(n, i) for n in names for i in range(1)]
    first_iter_sees_class = [x for x in names]
print(Config.upper, Config.indexed, Config.scaled, Config.pairs, Config.first_iter_sees_class)
class Lambdas:
    factor = 3
    try:
        fn = (lambda: factor)()
    except NameError as e:
        fn = str(e)
print(Lambdas.fn)
def in_function():
    factor = 4
    class Inner:
        vals = [factor * i for i in range(3)]
    return Inner.vals
print(in_function())
