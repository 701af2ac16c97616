# exhaustive small slices: list/tuple/str/bytes/bytearray/range/memoryview agree with slice.indices
import itertools
bounds = [None, -7, -5, -3, -1, 0, 1, 2, 4, 5, 7]
steps = [None, -3, -2, -1, 1, 2, 3]
base = list(range(5))
seqs = [tuple(base), "abcde", b"abcde", bytearray(b"abcde"), range(5), memoryview(b"abcde")]
mismatches = 0
digest = []
for start, stop, step in itertools.product(bounds, bounds, steps):
    s = slice(start, stop, step)
    expected = [base[i] for i in range(*s.indices(5))]
    got = base[start:stop:step]
    if got != expected:
        mismatches += 1
    digest.append(len(got))
    for seq in seqs:
        part = seq[s]
        as_list = list(part) if not isinstance(part, str) else [ord(c) - 97 for c in part]
        if isinstance(seq, (bytes, bytearray, memoryview)):
            as_list = [v - 97 for v in as_list]
        if as_list != expected:
            mismatches += 1
            print("mismatch", type(seq).__name__, s, as_list, expected)
print(mismatches, sum(digest), len(digest))
print(digest[:40])
assign_mismatch = 0
for start, stop, step in itertools.product(bounds, bounds, steps):
    s = slice(start, stop, step)
    idx = list(range(*s.indices(5)))
    for payload_len in (0, len(idx), len(idx) + 1):
        target = list(base)
        payload = [100 + k for k in range(payload_len)]
        try:
            target[s] = payload
            outcome = target
        except ValueError as e:
            outcome = str(e)
        ba = bytearray(b"abcde")
        try:
            ba[s] = bytes(200 + k for k in range(payload_len))
            ba_outcome = [v - 100 if v >= 200 else v - 97 for v in ba]
        except ValueError as e:
            ba_outcome = str(e).replace("bytes", "sequence")
        if outcome != ba_outcome:
            assign_mismatch += 1
            if assign_mismatch <= 8 or assign_mismatch % 40 == 0:
                print("assign mismatch", s, payload_len, outcome, ba_outcome)
print("assign mismatches", assign_mismatch)
del_digest = []
for start, stop, step in itertools.product(bounds, bounds, steps):
    s = slice(start, stop, step)
    t = list(base)
    del t[s]
    b = bytearray(b"abcde")
    del b[s]
    if [v - 97 for v in b] != t:
        print("del mismatch", s)
    del_digest.append("".join(map(str, t)))
print(len(set(del_digest)), del_digest[:12])
