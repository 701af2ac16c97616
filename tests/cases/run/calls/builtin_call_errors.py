calls = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(obj=[]),
    lambda: abs(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: int("5", 10, 3),
    lambda: sorted([], reversed=True),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: "".join(),
    lambda: "".split(1, 2, 3),
    lambda: print(sepp=" "),
    lambda: "x".startswith(),
    lambda: max(),
    lambda: min(1),
    lambda: getattr(1),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: dict(1, 2),
    lambda: list(1, 2),
    lambda: str(1, 2, 3, 4),
    lambda: object(1),
    lambda: [].sort(1),
    lambda: (1).bit_length(1),
    lambda: zip(strict=1, x=2),
    lambda: enumerate(),
    lambda: iter(),
    lambda: next(),
    lambda: round(),
    lambda: pow(1),
    lambda: hash(1, 2),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
