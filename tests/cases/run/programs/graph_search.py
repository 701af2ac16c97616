graph = {
    "A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [], "G": ["A"],
}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    order = [node]
    for nxt in graph[node]:
        if nxt not in seen:
            order += dfs(nxt, seen)
    return order
def topo_sort():
    indeg = {n: 0 for n in graph}
    for outs in graph.values():
        for n in outs:
            indeg[n] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(bfs("A", "F"), bfs("F", "A"), dfs("G"), topo_sort())
weights = {("A", "B"): 4, ("A", "C"): 1, ("C", "B"): 2, ("B", "D"): 1, ("C", "D"): 5}
def dijkstra(src):
    dist = {src: 0}
    todo = {src}
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for (a, b), w in weights.items():
            if a == u and dist[u] + w < dist.get(b, float("inf")):
                dist[b] = dist[u] + w
                todo.add(b)
    return dict(sorted(dist.items()))
print(dijkstra("A"))
