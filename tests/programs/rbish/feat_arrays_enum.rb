# Array iteration and Enumerable methods with blocks and symbols.
nums = [5, 3, 8, 1, 9, 2, 7]
nums.each { |n| print n, " " }
puts
nums.each_with_index { |n, i| print "#{i}:#{n} " }
puts
p nums.map { |n| n * 2 }
p nums.select(&:even?), nums.filter { |n| n > 4 }, nums.reject(&:odd?)
p nums.inject(:+), nums.reduce(0) { |s, n| s + n }, nums.inject { |a, b| a * b }
p nums.reduce(:*), nums.sum, nums.sum { |n| n * n }
p nums.min, nums.max, nums.min(2), nums.max(2)
words = %w[banana apple cherry kiwi fig]
p words.min_by(&:length), words.max_by { |w| w.length }
p words.sort_by { |w| [w.length, w] }
p words.group_by(&:size)
p nums.partition(&:even?)
p nums.count(&:odd?), nums.count, nums.count(3)
p nums.find { |n| n > 6 }, nums.detect { |n| n > 100 }
p nums.find_index(8), nums.index { |n| n < 3 }
p nums.any? { |n| n > 8 }, nums.all?(&:positive?), nums.none? { |n| n > 9 }
p [].any?, [].all?, [nil, false].any?, [1, nil].all?
p %w[a b a c b a].tally
p [1, 2, 3].product([4, 5])
p [1, 2, 3, 4].combination(2).to_a
p [1, 2, 3].permutation.to_a
p [1, 2, 3].permutation(2).count
p (1..10).each_slice(3).to_a
p (1..5).each_cons(2).to_a
p [1, 2, 3].each_with_object([]) { |n, acc| acc.unshift(n) }
p words.each_with_index.map { |w, i| "#{i}-#{w}" }
p words.map.with_index { |w, i| w[0] * (i + 1) }
p words.map.with_index(1).to_a.first(2)
words.each.with_index(1) { |w, i| print i, ".", w, " " }
puts
p nums.take_while { |n| n > 2 }, nums.drop_while { |n| n > 2 }
p nums.each_slice(2).map(&:first)
p nums.sum.fdiv(nums.size).round(3)
p nums.flat_map { |n| [n, -n] }.first(4)
p nums.zip(words).first(3)
p nums.uniq { |n| n % 3 }
p nums.sort.reverse.first(3)
p words.map(&:upcase).select { |w| w.include?("A") }
p [[1, 2], [3, 4]].map { |a, b| a * b }
p [[1, [2, 3]], [4, [5, 6]]].map { |a, (b, c)| a + b + c }
p [1, 2, 3].inject { |memo, x| memo > x ? memo : x }
p (1..4).inject(:*)
p nums.filter_map { |n| n * 10 if n.odd? }
p nums.sum(0.0) / nums.length
