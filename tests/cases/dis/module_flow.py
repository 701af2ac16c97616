# Control flow at module level (no fast locals, names are global).
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
    if total > 20:
        break
else:
    total = -1
while total:
    total -= 1
try:
    import missing
except ImportError:
    missing = None
