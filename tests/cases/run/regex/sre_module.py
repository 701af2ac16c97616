# The _sre module's own surface: constants, case helpers, and compile()'s
# checks of the code it is given.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 49, 0xe9, 0x212a)])
print([_sre.unicode_iscased(c) for c in (65, 49, 0xe9, 0xdf, 0x130, 0x212a, 0x3c2, 0x1f80, 0x10400, 0x4e00)])
print([_sre.ascii_tolower(c) for c in (65, 90, 91, 97, 0xc9)])
print([hex(_sre.unicode_tolower(c)) for c in (65, 0xc9, 0x130, 0x212a, 0x3a3, 0x1e9e, 0x10400, 0x1f88, 0x4e00)])
for bad in ['x', 1.5, None]:
    try:
        _sre.ascii_iscased(bad)
    except TypeError as e:
        print('TypeError:', e)

# A pattern 'ab' as re._compiler emits it.
good = [14, 10, 3, 2, 2, 2, 2, 97, 98, 0, 0, 16, 97, 16, 98, 1]
p = _sre.compile('ab', 32, good, 0, {}, (None,))
print(p, p.match('abc'), p.search('xab'), p.groups, p.groupindex, p.flags, p.pattern)

broken = [
    [],
    [16, 97],                  # no SUCCESS at the end
    [16],                      # operand missing
    [99, 1],                   # unknown opcode
    [15, 5, 1],                # jump past the end
    [17, 0, 1],                # MARK for a group the pattern does not have
    [11, 0, 1],                # back-reference to a missing group
    [24, 5, 1, 2, 16, 97, 16], # REPEAT_ONE body not closed by SUCCESS
    [19, 1],                   # MIN_UNTIL outside a REPEAT
    [13, 3, 16, 97, 1],        # IN set not ended by FAILURE
    [7, 4, 16, 97, 1, 0, 1],   # BRANCH alternative without its JUMP
    [4, 100, 0, 1],            # ASSERT skip past the end
]
for code in broken:
    try:
        _sre.compile('x', 0, code, 0, {}, (None,))
        print(code, 'accepted')
    except RuntimeError as e:
        print(code, 'RuntimeError:', e)
for code in [[16, 2**32, 1], [16, -1, 1], [16, 'a', 1]]:
    try:
        _sre.compile('x', 0, code, 0, {}, (None,))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for args in [('x', 0, (1,), 0, {}, ()), ('x', 0, [1], 0, [], ()), ('x', 0, [1], 0, {}, []), (1, 0, [1], 0, {}, ())]:
    try:
        _sre.compile(*args)
    except TypeError as e:
        print('TypeError:', e)
print(_sre.compile(None, 0, [1], 0, {}, ()).match('').span())
