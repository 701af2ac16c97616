# idioms built on dicts and sets: dedupe, invert, group, count, index
data = "to be or not to be that is the question whether tis nobler in the mind to suffer".split()
print(list(dict.fromkeys(data)))
seen = set()
print([w for w in data if not (w in seen or seen.add(w))])
counts = {}
for w in data:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
inverse = {}
for w, c in counts.items():
    inverse.setdefault(c, []).append(w)
print(inverse)
by_len = {}
for w in data:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
index = {}
for pos, w in enumerate(data):
    index.setdefault(w, []).append(pos)
print({w: p for w, p in index.items() if len(p) > 1})
swapped = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(swapped)
vowels = set("aeiou")
print(sorted({w for w in data if vowels.issuperset(set(w) & vowels) and set(w) & vowels >= {"o"}}))
print(sorted(set(data[:8]) & set(data[8:])), sorted(set(data[:8]) ^ set(data[8:]))[:6])
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(sum(v for (r, c), v in matrix.items() if r == c), max(matrix, key=matrix.get))
print(dict(sorted(counts.items())[:4]), dict(zip(*[iter("abcdef")] * 2)))
merged = {}
for part in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged |= part
print(merged, {k: v for d in ({"x": 1}, {"y": 2}) for k, v in d.items()})
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if v:
            out.update(flatten(v, key + "."))
        else:
            out[key] = None
    return out
print(flatten(nested))
