# Dijkstra with a hand-written binary heap
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        parent = (i - 1) // 2
        if h[parent] > h[i]:
            h[parent], h[i] = h[i], h[parent]
            i = parent
        else:
            break

def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top = h[0]
    h[0] = last
    i, n = 0, len(h)
    while True:
        l, r = 2 * i + 1, 2 * i + 2
        smallest = i
        if l < n and h[l] < h[smallest]:
            smallest = l
        if r < n and h[r] < h[smallest]:
            smallest = r
        if smallest == i:
            break
        h[i], h[smallest] = h[smallest], h[i]
        i = smallest
    return top

def dijkstra(graph, src):
    dist = {node: float('inf') for node in graph}
    prev = {}
    dist[src] = 0
    heap = [(0, src)]
    visited = set()
    while heap:
        d, u = heap_pop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev

def path_to(prev, target):
    out = []
    while target in prev:
        out.append(target)
        target = prev[target]
    out.append(target)
    return out[::-1]

edges = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1"""
graph = {}
for line in edges.splitlines():
    a, b, w = line.split()
    graph.setdefault(a, {})[b] = int(w)
    graph.setdefault(b, {})[a] = int(w)

dist, prev = dijkstra(graph, 'A')
for node in sorted(dist):
    d = dist[node]
    if d == float('inf'):
        print(f"{node}: unreachable ({d})")
    else:
        print(f"{node}: {d:>3} via {' -> '.join(path_to(prev, node))}")
print(dist)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heap_push(h, x)
print([heap_pop(h) for _ in range(len(h))])
print(repr(float('inf')), -float('inf'), float('inf') > 10**400)
