"""List work and sorting: appends, pops, inserts, slicing and slice
assignment, comprehensions, index/count/reverse, the built-in sort with keys
and reverse, and hand-written merge sort, quicksort, insertion sort and
binary search over the same data."""

N = 110000  # size; test size: 600


def pseudo_random(count, seed):
    out = []
    x = seed
    for _ in range(count):
        x = (x * 1664525 + 1013904223) % 4294967296
        out.append(x >> 12)
    return out


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quicksort(items, lo, hi):
    while lo < hi:
        pivot = items[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while items[i] < pivot:
                i += 1
            while items[j] > pivot:
                j -= 1
            if i <= j:
                items[i], items[j] = items[j], items[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(items, lo, j)
            lo = i
        else:
            quicksort(items, i, hi)
            hi = j


def insertion_sort(items):
    for k in range(1, len(items)):
        value = items[k]
        pos = k - 1
        while pos >= 0 and items[pos] > value:
            items[pos + 1] = items[pos]
            pos -= 1
        items[pos + 1] = value


def bisect(items, value):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    data = pseudo_random(N, 42)
    builtin = sorted(data)
    merged = merge_sort(data)
    quick = data[:]
    quicksort(quick, 0, len(quick) - 1)
    small = data[: N // 20]
    insertion_sort(small)
    print("sorted equal:", builtin == merged == quick, small == sorted(data[: N // 20]))
    print("extremes:", builtin[0], builtin[-1], builtin[N // 2])

    found = 0
    for probe in range(0, N * 4, 3):
        value = data[probe % N] + probe % 2
        k = bisect(builtin, value)
        if k < N and builtin[k] == value:
            found += 1
    print("bisect hits:", found)

    records = [(v % 100, v % 7, i) for i, v in enumerate(data)]
    records.sort(key=lambda r: (r[1], -r[0]))
    by_second = sorted(records, key=lambda r: r[2] % 13, reverse=True)
    print("records:", records[0], records[-1], by_second[0], by_second[-1])

    stack = []
    popped = 0
    for i, v in enumerate(data):
        stack.append(v)
        if i % 3 == 2:
            popped += stack.pop() % 1000
            popped += stack.pop(0 if i % 2 else -1) % 1000
    print("stack:", len(stack), popped)

    window = data[: N // 10]
    for i in range(N // 40):
        window.insert(i % 50, i)
        del window[len(window) // 2]
    window[10:20] = [0] * 5
    window[::7] = [1] * len(window[::7])
    print("window:", len(window), sum(window) % 1000003, window.count(1), window.index(0))

    evens = [v for v in data if v % 2 == 0]
    pairs = [a - b for a, b in zip(evens, evens[1:])]
    matrix = [[(r * c) % 17 for c in range(60)] for r in range(60)]
    transposed = [list(row) for row in zip(*matrix)]
    diag = sum(transposed[i][i] for i in range(60))
    flat = [x for row in matrix for x in row]
    flat.reverse()
    print("comprehensions:", len(evens), sum(pairs), diag, flat[:5], max(flat), flat.count(16))

    chunks = [data[i:i + 100] for i in range(0, N, 100)]
    chunks.sort(key=sum)
    print("chunks:", len(chunks), sum(chunks[0]), sum(chunks[-1]), min(min(c) for c in chunks))


main()
