"""String building and string methods: joining and concatenation, split,
replace, find, count, strip, upper/lower, startswith, slicing, ord/chr,
formatting with f-strings, % and str.format, a Caesar cipher and run-length
encoding."""

N = 80  # test size (bench/programs/strings.py uses 40000)

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliett", "kilo", "lima", "mike", "november",
         "oscar", "papa", "quebec", "romeo", "sierra", "tango"]


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


def make_text(lines):
    out = []
    for i in range(lines):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(i % 9 + 3)]
        if i % 4 == 0:
            words[0] = words[0].capitalize()
        out.append("  " + " ".join(words) + ".  ")
    return "\n".join(out)


def caesar(text, shift):
    result = []
    for ch in text:
        if "a" <= ch <= "z":
            result.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            result.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            result.append(ch)
    return "".join(result)


def run_length(text):
    if not text:
        return ""
    out = ""
    prev = text[0]
    run = 1
    for ch in text[1:]:
        if ch == prev:
            run += 1
        else:
            out += str(run) + prev if run > 1 else prev
            prev = ch
            run = 1
    out += str(run) + prev if run > 1 else prev
    return out


def main():
    text = make_text(N)
    print("text:", len(text), checksum(text))

    lines = [line.strip() for line in text.split("\n")]
    capitals = sum(1 for line in lines if line[:1].isupper())
    long_lines = [line for line in lines if len(line) > 40]
    print("lines:", len(lines), capitals, len(long_lines))

    upper = text.upper()
    swapped = text.replace("a", "4").replace("e", "3").replace("o", "0")
    print("replace:", swapped.count("4"), upper.count("ECHO"), swapped.find("k1l0"))

    pos = 0
    hits = 0
    while True:
        pos = text.find("lima", pos)
        if pos < 0:
            break
        hits += 1
        pos += 1
    print("find:", hits, text.rfind("tango"), text.index("golf"))

    secret = caesar(text, 13)
    back = caesar(secret, 13)
    print("caesar:", checksum(secret), back == text)

    squeezed = "".join(ch * (i % 4 + 1) for i, ch in enumerate(text[: N * 4]))
    encoded = run_length(squeezed)
    print("rle:", len(squeezed), len(encoded), checksum(encoded))

    table = []
    for i in range(N):
        w = WORDS[i % len(WORDS)]
        table.append(f"{i:5d}|{w:>10}|{w.title():<10}|{i * 1.5:8.2f}")
        table.append("%-8s %04d %x" % (w, i, i * 255))
        table.append("{0}:{1}".format(w[::-1], w.startswith("s")))
    report = "\n".join(table)
    print("report:", len(report), checksum(report))

    tokens = report.split()
    print("tokens:", len(tokens), max(tokens, key=len), min(tokens))

    words = text.lower().replace(".", " ").split()
    acronym = "".join(w[0] for w in words[:60]).upper()
    print("acronym:", acronym[:30], "-".join(sorted(set(words))[:4]))


main()
