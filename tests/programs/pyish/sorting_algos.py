# Classic sorting algorithms
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

def selection(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a

def counting(a):
    counts = {}
    for v in a:
        counts[v] = counts.get(v, 0) + 1
    return [v for v in range(min(a), max(a) + 1) for _ in range(counts.get(v, 0))]

seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(data)
expected = sorted(data)
print(expected)
for name, fn in [("bubble", bubble), ("insertion", insertion), ("merge", merge_sort),
                 ("quick", quick), ("selection", selection), ("counting", counting)]:
    print(name, fn(data) == expected)
print(merge_sort(["pear", "apple", "fig"]), quick([3.5, -1, 2]), bubble([]), insertion([1]))
