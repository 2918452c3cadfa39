def make_uf(n):
    parent = list(range(n))
    rank = [0] * n
    count = [n]
    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root
    def union(a, b):
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        count[0] -= 1
        return True
    def groups():
        g = {}
        for i in range(n):
            g.setdefault(find(i), []).append(i)
        return sorted(g.values())
    return find, union, groups, lambda: count[0]

find, union, groups, ncomp = make_uf(12)
pairs = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 3), (8, 9), (10, 11), (9, 11), (11, 8)]
for a, b in pairs:
    merged = union(a, b)
    print(f"union({a},{b}) -> {merged!s:5} components={ncomp()}")
print(groups())

# Kruskal's MST
edges = [(7, 'A', 'B'), (5, 'A', 'D'), (8, 'B', 'C'), (9, 'B', 'D'), (7, 'B', 'E'),
         (5, 'C', 'E'), (15, 'D', 'E'), (6, 'D', 'F'), (8, 'E', 'F'), (9, 'E', 'G'), (11, 'F', 'G')]
names = sorted({n for _, a, b in edges for n in (a, b)})
idx = {name: i for i, name in enumerate(names)}
find2, union2, groups2, ncomp2 = make_uf(len(names))
mst = []
total = 0
for w, a, b in sorted(edges):
    if union2(idx[a], idx[b]):
        mst.append((a, b, w))
        total += w
print(mst)
print("total weight:", total, "components:", ncomp2())
print([[names[i] for i in g] for g in groups2()])
