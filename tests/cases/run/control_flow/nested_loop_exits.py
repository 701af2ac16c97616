grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == 99:
            found = (r, c)
            break
    else:
        continue
    break
print("found at", found)
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
class Found(Exception):
    pass
try:
    for a in range(5):
        for b in range(5):
            for c in range(5):
                if a * b * c == 24 and a < b < c:
                    raise Found((a, b, c))
except Found as f:
    print("exception exit", f.args[0])
count = 0
i = 0
while i < 5:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        count += 1
    i += 1
print("count", count)
def gen_exit():
    for x in range(10):
        for y in range(10):
            if x * y > 20:
                return
            yield x, y
print(len(list(gen_exit())))
