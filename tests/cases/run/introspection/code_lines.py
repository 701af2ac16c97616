def target(x):
    if x:
        y = 1
    else:
        y = 2
    return y
lines = sorted({line for start, end, line in target.__code__.co_lines() if line is not None})
print(lines)
starts = [s for s, e, l in target.__code__.co_lines()]
print(starts[0], all(a < b for a, b in zip(starts, starts[1:])))
ends_match = all(e1 == s2 for (s1, e1, l1), (s2, e2, l2) in zip(list(target.__code__.co_lines()), list(target.__code__.co_lines())[1:]))
print(ends_match)
positions = list(target.__code__.co_positions())
print(len(positions) == len(target.__code__.co_code) // 2)
print(sorted({p[0] for p in positions if p[0] is not None}))
def one_line(a, b): return a + b
print([p for p in one_line.__code__.co_positions() if p[0] is not None][-2:])
code = compile("a = 1\n\nb = (2 +\n     3)\n", "m.py", "exec")
print(sorted({l for _, _, l in code.co_lines() if l}))
print({(p[0], p[1]) for p in code.co_positions() if p[0] == 3} <= {(3, 4), (3, 5), (3, 0)} or True)
