while True:
    break
while x > 0:
    x -= 1
    if x == 5:
        continue
else:
    done()
while (n := next(it)) is not None: pass
