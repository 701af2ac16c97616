low, high = 1, "9"
def check(v):
    return low < v < high
check(5)
