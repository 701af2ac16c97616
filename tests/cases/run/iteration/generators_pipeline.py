def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1
source = """x = 1  # set x
# full comment

y = x + 1
print(y)  # show"""
for n, line in numbered(strip_comments(read_lines(source))):
    print(n, line)
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (x * x for x in it)
print(list(take(5, squares(naturals()))), list(take(3, "ab")))
def chunked(seq, size):
    buf = []
    for item in seq:
        buf.append(item)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunked(range(7), 3)))
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
rt = running_total()
next(rt)
for v in [5, 10, 20]:
    print(rt.send(v), end=" ")
print()
try:
    rt.send(None)
except StopIteration as e:
    print("final", e.value)
