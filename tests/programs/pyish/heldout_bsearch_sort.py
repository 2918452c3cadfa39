def bisect_left(a, x, key=lambda v: v):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def search_rotated(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

def float_root(f, lo, hi, eps=1e-12):
    while hi - lo > eps:
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    return round((lo + hi) / 2, 9)

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 14]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect_right(a, x) - bisect_left(a, x))
rot = [15, 18, 22, 3, 5, 9, 12]
print([search_rotated(rot, t) for t in (3, 15, 12, 22, 7)])
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10**20, 2**127)])
print(float_root(lambda v: v * v * v - 2, 0, 2), float_root(lambda v: v * v - 10, 0, 10))
records = [("alice", 3, 88.5), ("bob", 1, 92.0), ("carol", 3, 88.5), ("dave", 2, 75.25),
           ("eve", 1, 92.0), ("frank", 2, 60.0), ("grace", 3, 99.0)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: -r[2]))
print(sorted(records, key=lambda r: (r[1], -r[2], r[0]), reverse=True))
by_score = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score])
r2 = list(records)
r2.sort(key=lambda r: r[0][-1])
print([r[0] for r in r2])
r2.sort(key=lambda r: r[1], reverse=True)
print([r[0] for r in r2])
print(sorted("The Quick brown Fox jumps".split(), key=str.casefold), sorted([3, -1, -4, 1, 5, -9], key=abs))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a'], [1]]), sorted([(1, 2), (1,), (0, 5, 5)]))
print(sorted({'x': 3, 'y': 1, 'z': 2}, key=lambda k: {'x': 3, 'y': 1, 'z': 2}[k]), sorted(range(10), key=lambda n: (n % 3, -n)))
ks = [bisect_left(records, s, key=lambda r: r[2]) for s in (60, 88.5)]
print(ks)
lst = [5, 3, 1]
lst.insert(0, 9); lst.insert(-1, 7); lst.insert(100, 0); lst.insert(-100, -1)
print(lst, lst.index(1), lst.index(7, 2), lst.count(5), lst.pop(), lst.pop(0), lst.pop(2), lst)
lst.remove(9); lst.extend(range(3)); lst.extend("ab")
c = lst.copy(); c.reverse(); lst.clear()
print(lst, c, c.index('a'), len(c))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
nums.sort(); print(nums); nums.sort(reverse=True); print(nums)
print(nums[::-1] == sorted(nums), list(reversed(nums)) == nums[::-1], nums.index(5, 3), nums.count(5))
del nums[1:3]; print(nums, nums[1:-1:2])
