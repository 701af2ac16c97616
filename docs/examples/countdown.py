def countdown(n):
    while n > 0:  # one value per step
        yield n
        n -= 1

print(sum(countdown(3)))
