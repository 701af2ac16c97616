# graph algorithms over dicts of sets: BFS, DFS, topological sort, components
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("g", "f"), ("h", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, set()).add(v)
    graph.setdefault(v, set())
print({k: sorted(v) for k, v in graph.items()})
def bfs(start):
    seen = {start}
    order = [start]
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            for v in sorted(graph[u]):
                if v not in seen:
                    seen.add(v)
                    order.append(v)
                    nxt.append(v)
        frontier = nxt
    return order
print(bfs("a"), bfs("f"), bfs("h"))
def topo():
    indeg = dict.fromkeys(graph, 0)
    for u in graph:
        for v in graph[u]:
            indeg[v] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in sorted(graph[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
        ready.sort()
    return out, sorted(k for k, d in indeg.items() if d > 0)
print(topo())
undirected = {}
for u, v in edges:
    undirected.setdefault(u, set()).add(v)
    undirected.setdefault(v, set()).add(u)
components = []
unvisited = set(undirected)
while unvisited:
    start = min(unvisited)
    stack, comp = [start], set()
    while stack:
        n = stack.pop()
        if n in comp:
            continue
        comp.add(n)
        stack.extend(undirected[n] - comp)
    unvisited -= comp
    components.append(sorted(comp))
print(components)
reach = {u: set(bfs(u)) - {u} for u in graph}
print({u: sorted(r) for u, r in reach.items()})
print(frozenset(map(frozenset, components)) == frozenset(map(frozenset, reversed(components))))
memo = {}
def paths(u, target):
    if u == target:
        return 1
    if u not in memo:
        memo[u] = sum(paths(v, target) for v in graph[u])
    return memo[u]
print(paths("a", "e"), sorted(memo.items()))
