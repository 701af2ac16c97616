"""Dictionary work: counting words, grouping into dicts of lists, get and
setdefault, membership tests, deletion, iteration over items, dict
comprehensions, tuple keys, nested dicts and a memo table."""

N = 1500  # test size (bench/programs/dicts.py uses 500000)

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze"]


def word(i):
    a = SYLLABLES[i % 10]
    b = SYLLABLES[(i // 10) % 10]
    c = SYLLABLES[(i * 7 + 3) % 10]
    return a + b + c if i % 3 else a + b


def count_words(n):
    counts = {}
    for i in range(n):
        w = word((i * i + 3 * i) % 997)
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(counts):
    groups = {}
    for w, c in counts.items():
        groups.setdefault(len(w), []).append((c, w))
    return groups


def grid_paths(rows, cols, memo):
    key = (rows, cols)
    if key in memo:
        return memo[key]
    if rows == 0 or cols == 0:
        result = 1
    else:
        result = (grid_paths(rows - 1, cols, memo) + grid_paths(rows, cols - 1, memo)) % 1000000007
    memo[key] = result
    return result


def inventory(n):
    stock = {}
    for i in range(n):
        name = word(i % 211)
        shelf = stock.get(name)
        if shelf is None:
            shelf = stock[name] = {"qty": 0, "moves": 0}
        shelf["qty"] += (i % 7) - 3
        shelf["moves"] += 1
        if shelf["qty"] < -5:
            del stock[name]
    return stock


def main():
    counts = count_words(N * 2)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("distinct:", len(counts), "top:", top)

    groups = group_by_length(counts)
    for length in sorted(groups):
        group = groups[length]
        print("length", length, len(group), max(group))

    squares = {i: i * i for i in range(N)}
    inverse = {v: k for k, v in squares.items() if k % 3 == 0}
    hits = 0
    for i in range(N * 2):
        if i in inverse:
            hits += inverse[i]
    print("squares:", len(squares), len(inverse), hits)

    memo = {}
    side = min(40 + N // 1000, 150)
    print("grid paths:", grid_paths(side, side, memo), len(memo))

    stock = inventory(N * 3)
    total_qty = sum(s["qty"] for s in stock.values())
    total_moves = sum(s["moves"] for s in stock.values())
    print("inventory:", len(stock), total_qty, total_moves)

    merged = dict(squares)
    merged.update({k: -v for k, v in inverse.items()})
    removed = 0
    for k in list(merged):
        if k % 5 == 0:
            merged.pop(k)
            removed += 1
    keys = list(merged.keys())
    print("merged:", len(merged), removed, keys[:3], keys[-1], merged[keys[-1]])

    pairs = {}
    for i in range(N):
        key = (i % 97, i % 89)
        pairs[key] = pairs.get(key, 0) + i
    print("tuple keys:", len(pairs), pairs[(5, 5)], max(pairs.values()))


main()
