def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print(e)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None), e.send(1), e.send("x"))
e.close()
try:
    e.send(2)
except StopIteration:
    print("closed generator stops")
