# Hash default values and default blocks; counting and grouping.
counts = Hash.new(0)
"the rain in spain falls mainly on the plain".split.each { |w| counts[w] += 1 }
p counts
p counts["missing"], counts.key?("missing"), counts.size
letters = Hash.new(0)
"mississippi".each_char { |c| letters[c] += 1 }
p letters
p letters.sort_by { |c, n| [-n, c] }
p letters.max_by { |_, n| n }

groups = Hash.new { |h, k| h[k] = [] }
%w[apple avocado banana blueberry cherry cranberry date].each do |fruit|
  groups[fruit[0]] << fruit
end
p groups
p groups.keys
p groups["z"], groups.keys.last

memo = Hash.new do |h, n|
  h[n] = n < 2 ? n : h[n - 1] + h[n - 2]
end
p memo[40]
p memo.size

nested = Hash.new { |h, k| h[k] = Hash.new(0) }
[["fruit", "apple"], ["veg", "kale"], ["fruit", "pear"], ["fruit", "apple"]].each do |kind, name|
  nested[kind][name] += 1
end
p nested
shared = Hash.new([])
shared[:a] += [1]
shared[:b] += [2]
p shared, shared[:c]
h = Hash.new("none")
p h[:x], h.fetch(:x, "fetched"), h.default
h.default = "changed"
p h[:y]
totals = Hash.new(0.0)
[["a", 1.5], ["b", 2.25], ["a", 0.5]].each { |k, v| totals[k] += v }
p totals
inventory = Hash.new(0)
inventory[:apples] += 5
inventory[:pears] -= 2
inventory[:apples] -= 1
p inventory
p inventory.select { |_, v| v > 0 }.keys
word_lengths = %w[a bb cc ddd e].group_by(&:length)
p word_lengths
p word_lengths.transform_values(&:count)
p %w[x y x z x].tally.sort_by { |k, v| -v }.first
index = Hash.new { |hash, key| hash[key] = key.to_s * 2 }
p index[:ab], index.fetch(:ab), index.key?(:cd)
p index
