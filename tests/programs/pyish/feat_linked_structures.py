"""Container classes written the way libraries do: a linked list with the
full sequence protocol, a priority queue on heapq, a sorted multiset on bisect."""
import heapq
import bisect
import itertools


class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)

    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([1, 2, 3, 4])
ll.push(0)
print(ll, len(ll), ll[2], ll[-1], ll[1:3], list(reversed(ll)), 3 in ll, 9 in ll)
ll.reverse()
print(ll, ll == LinkedList([4, 3, 2, 1, 0]), ll + [7], sum(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print(e)


class PriorityQueue:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()

    def add(self, task, priority=0):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)

    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            priority, _, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task, priority
        raise KeyError("pop from an empty priority queue")

    def __len__(self):
        return len(self.entries)

    def __bool__(self):
        return bool(self.entries)


pq = PriorityQueue()
for t, p in [("write", 5), ("test", 3), ("ship", 9), ("plan", 1), ("test", 7)]:
    pq.add(t, p)
pq.remove("ship")
order = []
while pq:
    order.append(pq.pop())
print(order, len(pq))
try:
    pq.pop()
except KeyError as e:
    print("KeyError", e)


class SortedMultiset:
    def __init__(self, items=()):
        self.data = sorted(items)

    def add(self, x):
        bisect.insort(self.data, x)

    def discard(self, x):
        i = bisect.bisect_left(self.data, x)
        if i < len(self.data) and self.data[i] == x:
            del self.data[i]
            return True
        return False

    def count(self, x):
        return bisect.bisect_right(self.data, x) - bisect.bisect_left(self.data, x)

    def range(self, lo, hi):
        return self.data[bisect.bisect_left(self.data, lo):bisect.bisect_right(self.data, hi)]

    def __contains__(self, x):
        return self.count(x) > 0

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"{type(self).__name__}({self.data})"


ms = SortedMultiset([5, 1, 3, 3, 9])
ms.add(4)
ms.add(3)
print(ms, ms.count(3), ms.range(2, 5), 4 in ms, 8 in ms, ms.discard(3), ms.discard(8), len(ms))
print(list(ms), max(ms), [x for x in ms if x > 3])
