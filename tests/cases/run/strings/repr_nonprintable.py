# repr escapes exactly the non-printable code points
def esc(cp):
    r = repr(chr(cp))[1:-1]
    return r if r != chr(cp) else None
changed = [cp for cp in range(0x110000) if not (0xD800 <= cp <= 0xDFFF) and esc(cp) is not None]
print(len(changed))
runs = []
for cp in changed:
    if runs and runs[-1][1] == cp - 1:
        runs[-1][1] = cp
    else:
        runs.append([cp, cp])
print(len(runs))
print([(hex(a), hex(b)) for a, b in runs[:80]])
print([(hex(a), hex(b)) for a, b in runs[-40:]])
forms = {}
for cp in changed[:3000]:
    e = esc(cp)
    forms[e[:2]] = forms.get(e[:2], 0) + 1
print(sorted(forms.items()))
print([esc(cp) for cp in (0, 7, 9, 10, 13, 27, 0x7f, 0x85, 0xad, 0x378, 0x2028, 0xe000, 0xfff9, 0x1d173, 0xe0001, 0xf0000, 0x10ffff)])
print(all(chr(cp).isprintable() == (esc(cp) is None) for cp in range(0, 0x30000) if not 0xD800 <= cp <= 0xDFFF or True and cp not in (0x5c, 0x27)))
