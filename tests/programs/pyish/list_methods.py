# List methods
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "start")
a.insert(-1, "pen")
a.insert(100, "end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
print(a.index(5), a.index(1), a.count(1), a.count("zz"))
a = [x for x in a if isinstance(x, int)]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
b = a.copy()
b.append(100)
print(a, b)
b.clear()
print(b, len(b))
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
stable.sort(key=lambda p: p[0])
print(stable)
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 * [1, 2])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(len([1, [2, 3]]), [1, 2, 3].index(3, 1))
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
nums = [5, 2, 8, 1]
print(sorted(nums), nums, list(reversed(nums)), nums[::-1])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
m = [3, 1, 2]
print(m.sort(), m)
print(min(m), max(m), sum(m), len(m))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
print(str([1, "a", None, 2.5, [True]]))
lst = [1, 2, 3, 2, 1]
while 2 in lst:
    lst.remove(2)
print(lst)
