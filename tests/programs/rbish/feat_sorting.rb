# Sorting: sort, sort with block, sort_by, <=>, stable-ish ties by key.
nums = [42, 7, 19, 3, 88, 7, 56]
p nums.sort
p nums.sort { |a, b| b <=> a }
p nums.sort.reverse
p nums.sort_by { |n| -n }
p nums.max(3), nums.min(3)
words = %w[pear Apple fig banana Cherry date]
p words.sort
p words.sort_by(&:downcase)
p words.sort_by { |w| [w.length, w] }
p words.sort { |a, b| a.length == b.length ? a <=> b : a.length <=> b.length }
p words.min, words.max, words.minmax
people = [["Ann", 31], ["Bob", 25], ["Cid", 31], ["Dee", 19]]
p people.sort_by { |name, age| [-age, name] }
p people.max_by { |_, age| age }
p people.min_by(&:last)
p people.sort { |(n1, a1), (n2, a2)| [a1, n2] <=> [a2, n1] }
p [[2, "b"], [1, "z"], [2, "a"], [1, "a"]].sort
p [3.5, -1, 2, 0.5].sort
p ["b", "B", "a", "A"].sort
nums2 = nums.dup
nums2.sort!
p nums2, nums
nums2.sort_by! { |n| n % 10 }
p nums2.map { |n| n % 10 }
p nums2.reverse!
def bubble_sort(arr)
  a = arr.dup
  loop do
    swapped = false
    (a.size - 1).times do |i|
      if a[i] > a[i + 1]
        a[i], a[i + 1] = a[i + 1], a[i]
        swapped = true
      end
    end
    break unless swapped
  end
  a
end
def quicksort(arr)
  return arr if arr.size <= 1
  pivot, *rest = arr
  left, right = rest.partition { |x| x < pivot }
  quicksort(left) + [pivot] + quicksort(right)
end
def merge_sort(arr)
  return arr if arr.length <= 1
  mid = arr.length / 2
  left = merge_sort(arr[0...mid])
  right = merge_sort(arr[mid..])
  result = []
  until left.empty? || right.empty?
    result << (left.first <= right.first ? left.shift : right.shift)
  end
  result + left + right
end
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
p bubble_sort(data), quicksort(data), merge_sort(data)
p bubble_sort(data) == data.sort
p data.each_slice(3).map { |s| s.sort }.sort_by(&:first)
p data.sort.each_cons(2).all? { |a, b| a <= b }
p (1..20).sort_by { |n| [n % 3, -n] }
