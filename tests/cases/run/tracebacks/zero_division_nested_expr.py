def average(values):
    return sum(values) / len(values)
def report(groups):
    return {name: round(average(vals), 2) for name, vals in groups.items()}
print(report({"a": [1, 2], "b": []}))
