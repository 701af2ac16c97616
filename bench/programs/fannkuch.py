"""Fannkuch-redux: for every permutation of 1..n, repeatedly reverse the
first k elements, where k is the first element, until 1 comes first; count
the flips.  Prints a checksum (flip counts added for even-numbered and
subtracted for odd-numbered permutations, in the benchmark's order of
generation) and the largest number of flips.  List indexing and swaps."""

N = 9  # size; test size: 7
REPEAT = 2  # size; test size: 1


def fannkuch(n):
    perm = list(range(n))
    counter = [0] * n
    r = n
    index = 0
    checksum = 0
    max_flips = 0
    while True:
        while r != 1:
            counter[r - 1] = r
            r -= 1

        # count the flips of this permutation
        p = perm[:]
        flips = 0
        first = p[0]
        while first != 0:
            lo = 0
            hi = first
            while lo < hi:
                p[lo], p[hi] = p[hi], p[lo]
                lo += 1
                hi -= 1
            flips += 1
            first = p[0]
        if flips > max_flips:
            max_flips = flips
        if index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # next permutation: rotate the first r+1 elements left by one,
        # carrying into the next position when a counter runs out
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            counter[r] -= 1
            if counter[r] > 0:
                break
            r += 1
        index += 1


def main():
    for _ in range(REPEAT):
        checksum, flips = fannkuch(N)
    print(checksum)
    print(f"Pfannkuchen({N}) = {flips}")


main()
