text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len), min(words, key=lambda w: (len(w), w)))
lines = text.splitlines()
for n, line in enumerate(lines, 1):
    print(f"{n:>2}| {line[:30]:<30} | {len(line.split()):3d} words")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
print(text.count("it was"), text.find("age"), text.rfind("age"), text.title()[:20], text.swapcase()[:10])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(words[:4])), words[-3:])
