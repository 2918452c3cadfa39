"""Generator pipelines over a binary search tree: in-order / pre-order
traversal with yield from, merging sorted streams, windowed statistics."""
import heapq
import itertools


class Node:
    __slots__ = ("key", "left", "right", "count")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None
        self.count = 1


class Tree:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        node = self.root
        while True:
            if key == node.key:
                node.count += 1
                return
            side = "left" if key < node.key else "right"
            nxt = getattr(node, side)
            if nxt is None:
                setattr(node, side, Node(key))
                return
            node = nxt

    def __iter__(self):
        return self.inorder(self.root)

    def inorder(self, node):
        if node is not None:
            yield from self.inorder(node.left)
            for _ in range(node.count):
                yield node.key
            yield from self.inorder(node.right)

    def preorder(self, node, depth=0):
        if node is None:
            return 0
        yield depth, node.key
        a = yield from self.preorder(node.left, depth + 1)
        b = yield from self.preorder(node.right, depth + 1)
        return 1 + max(a, b)

    def height(self):
        gen = self.preorder(self.root)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                return stop.value

    def __len__(self):
        return self.size

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed


def take(n, it):
    return list(itertools.islice(it, n))


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def running_mean(it):
    total = 0
    for i, x in enumerate(it, 1):
        total += x
        yield total / i


def dedupe(it):
    prev = object()
    for x in it:
        if x != prev:
            yield x
            prev = x


def main(n):
    keys = [v % 1000 for v in take(n, lcg(42))]
    t1 = Tree(keys)
    t2 = Tree(v % 1000 for v in take(n, lcg(7)))
    s1 = list(t1)
    print(len(t1), s1[:8], s1 == sorted(keys), t1.height(), t2.height())
    merged = list(dedupe(heapq.merge(t1, t2)))
    print(len(merged), merged[-5:], 500 in t1, keys[3] in t1)
    wins = [sum(w) for w in window(iter(t1), 4)]
    print(len(wins), wins[:4], max(wins))
    means = list(running_mean(x for x in t2 if x % 3 == 0))
    print(len(means), round(means[-1], 6) if means else None)
    depth_hist = {}
    for d, _ in t1.preorder(t1.root):
        depth_hist[d] = depth_hist.get(d, 0) + 1
    print(sorted(depth_hist.items())[:6])
    pairs = ((a, b) for a, b in zip(t1, t2) if (a + b) % 7 == 0)
    print(take(3, pairs), sum(1 for _ in pairs))
    evens = (k for k in t1 if k % 2 == 0)
    chunks = iter(lambda: take(5, evens), [])
    print([sum(c) for c in chunks][:6])


main(300)
