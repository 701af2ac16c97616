# heapq and bisect run on the native _heapq and _bisect.
import heapq, bisect, random, _heapq, _bisect

print(heapq.heappush is _heapq.heappush, bisect.bisect_left is _bisect.bisect_left, bisect.bisect is bisect.bisect_right)
rng = random.Random(7)
data = [rng.randrange(1000) for _ in range(5000)]
h = list(data)
heapq.heapify(h)
print(h[:12], all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
small = [5, 3, 8, 1, 9, 2, 7]
heapq.heapify(small)
print(small, [heapq.heappop(small) for _ in range(3)], small)
heapq.heappush(small, 0)
print(small, heapq.heappushpop(small, 10), heapq.heappushpop(small, -1), heapq.heapreplace(small, 4), small)
mx = [1, 5, 2, 8, 3]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
print(heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge("ace", "bd", reverse=False)))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])

class Evil:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
hp = []
hp.extend([Evil(hp), Evil(hp)])
try:
    heapq.heappush(hp, Evil(hp))
except RuntimeError as e:
    print("RuntimeError", e)

def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError, IndexError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)
err(heapq.heappush, 1, 2)
err(heapq.heappush, [])
err(heapq.heappop, 1)
err(heapq.heappop, [])
err(heapq.heapify, (1,))
err(heapq.heapreplace, [], 1)
err(heapq.heappushpop, [], 1)
err(heapq._heappop_max, [])
err(heapq.heappush, [1], "a")

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_right(a, 2, hi=None), bisect.bisect_left(a, 2, lo=4))
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(recs, (4, "d"), key=lambda r: r[0])
print(a, recs)
class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
s = Seq([1, 3])
bisect.insort(s, 2)
print(s, bisect.bisect("abcde", "c"), bisect.bisect_left(range(0, 100, 5), 42))
err(bisect.bisect_left)
err(bisect.bisect_left, [1], 1, -1)
err(bisect.bisect_left, [1], 1, 0, "x")
err(bisect.bisect_left, 1, 1)
err(bisect.insort_left, (1,), 1)
err(bisect.bisect_right, [1, 2, 3], 2, 0, 10)
err(bisect.bisect_right, [1, 2, 3], 2, lo=None)
err(bisect.bisect_right, [1, 2, 3], 2, foo=1)
err(bisect.bisect_right, [1, 2, 3], 2, 1, 2, None)
err(bisect.bisect_left, [1], 1, 2**80)
err(bisect.bisect_left, [1], 1, 0, -1)
