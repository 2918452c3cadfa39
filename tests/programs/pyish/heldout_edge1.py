a = [1]; a.append(a); print(a, len(a))
d = {'k': 1}; d['self'] = d; print(d)
t = ([],); t[0].append(t) if False else None; print(t)
x = [1, 2, 3]; x[1:2] = x; print(x)
y = [1, 2, 3]; y[:] = y[::-1]; print(y)
y.extend(y); print(y)
y += y; print(len(y))
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan], nan in {nan}, (nan,) == (nan,), {nan: 1}.get(nan))
print(max([1, nan, 3]), min([nan, 1]), sorted([3, 1.5, 2, True, -0.0]), -0.0, 0.0 == -0.0, [0.0] == [-0.0])
print("ab" * -1, [1] * 0, (1, 2) * 2, [[]] * 3, 0 * "x", "x" * True)
l = [[]] * 3; l[0].append(1); print(l)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] < [0], (2,) > (1, 99), "a" < "ab", [[1]] == [[1]], {1: [2]} == {1: [2]}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} <= {1}, {3} > set())
print(1 < 2.5 < 3, 2 == 2.0, 10**20 == 1e20, 10**400 > 1e308, -10**400 < float('-inf'), 2**53 + 1 == float(2**53 + 1), 0.5 == 1/2)
s = {1, 2, 3}
print(s | {4}, s & {2, 9}, s - {1}, s ^ {3, 4}, s.union([5], (6,)), s.intersection(range(3)), s.difference({1}, {2}), s.symmetric_difference([1, 7]), s.issubset(range(5)), s.isdisjoint({7}))
s2 = set(s); s2.add(10); s2.discard(99); s2.discard(1); s2.update([7, 8], {9}); print(sorted(s2), s2.pop() in range(20), len(s2))
s3 = {5, 6}; s3.intersection_update({6, 7}); print(s3); s3.difference_update({6}); print(s3, set() == s3, frozenset is not None)
print(sorted({x % 5 for x in range(20)}), {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
big = {i: i * i for i in range(10)}
for k in list(big):
    if k % 3 == 0:
        del big[k]
print(big, len(big), list(big)[:3])
big[0] = 'back'; print(list(big.items())[-1], big.pop(1), big.pop(99, 'dflt'), big.get(2), big.get(3, 'nope'))
merged = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}, 'd': 5}; print(merged, merged | {'e': 6}, {'a': 1} | {'a': 2})
merged |= {'a': 0}; print(merged)
cp = merged.copy(); cp['z'] = 1; print(len(merged), len(cp), cp == merged, {1: 'a'} == {1.0: 'a'})
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
nested = {'x': {'y': {'z': [1, 2, {'w': 3}]}}}
nested['x']['y']['z'][2]['w'] += 10; nested['x']['y']['z'][0] -= 5; nested['x']['new'] = nested['x'].get('new', 0) + 1
print(nested)
m = [[1, 2], [3, 4]]; m[1][0] *= 10; m[0] += [5]; print(m)
tup = (1, [2, 3]); tup[1].append(4); tup[1][0] += 100; print(tup)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*[[1, 2], [3, 4], [5, 6]])])
print(round(0.1 + 0.2, 10), round(-1.5), round(-0.4), round(1e20), round(12345, -10), round(-7.25, 1), round(0.125, 2), round(0.375, 2))
print(int(-0.9), int('0'), int('-0'), int('00012'), int('1' * 50) % 10**9, bool('False'), float('-0'), float('.5'), float('5.'), float('1e3'), float('inf') * 0)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 2, -7 % 2, 7 % -2, -7 % -2, 7.0 // 2, -7.0 % 2, -0.0 % 5, 5 % -0.5 if False else 0, 2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
print(1 << 100 >> 98, -1 >> 100, ~0, ~-1, 5 & -5, -5 | 3, -6 ^ 3, 0xFF & ~0x0F, -(2**64) >> 3, (2**64 - 1) ^ -1)
