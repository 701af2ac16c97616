# The collections module's deque and defaultdict are the native ones;
# Counter, OrderedDict and namedtuple work alongside them.
import collections, _collections

print(collections.deque is _collections.deque, collections.defaultdict is _collections.defaultdict)
graph = collections.defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
    graph[b]
queue, seen, order = collections.deque([1]), {1}, []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order, dict(sorted(graph.items())))
words = "the quick brown fox jumps over the lazy dog the end".split()
by_letter = collections.defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(sorted(by_letter.items())[:3], collections.Counter(words).most_common(2))
last = collections.deque(maxlen=3)
for w in words:
    last.append(w)
print(last, list(last), last.maxlen)
Point = collections.namedtuple("Point", "x y")
pts = collections.deque(Point(i, i * i) for i in range(4))
pts.rotate(1)
print(pts, pts[0].y)
od = collections.OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), isinstance(collections.defaultdict(int), dict), issubclass(collections.deque, object))
nested = collections.defaultdict(lambda: collections.defaultdict(int))
nested["x"]["y"] += 1
print({k: dict(v) for k, v in nested.items()}, collections.deque("abc") == collections.deque("abc"))
