def nested_closures():
    fns = {}
    for name in ["a", "b"]:
        fns[name] = [(lambda n=name, i=i: n + str(i)) for i in range(2)]
    return {k: [f() for f in v] for k, v in fns.items()}
print(nested_closures())
def comp_sees_enclosing(base):
    return {k: [base + k + j for j in "xy"] for k in "pq"}
print(comp_sees_enclosing("_"))
def set_of_tuples():
    return {(i, j) for i in range(3) for j in range(3) if i == j}
print(sorted(set_of_tuples()))
print([c for c in "hello" if c not in {c2 for c2 in "lo"}])
print(dict.fromkeys([k for k in "aba"]))
