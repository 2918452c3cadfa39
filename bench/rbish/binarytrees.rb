# binarytrees: allocate, walk and discard many perfect binary trees.
#
# A node is a two-element array [left, right]; a leaf is [nil, nil].  Trees
# of every second depth from 4 up to the maximum are built and checked
# (node count), plus one "stretch" tree and one long-lived tree.
#
# Size argument: the maximum tree depth (at least 6 is used).

def bottom_up_tree(depth)
  return [nil, nil] if depth == 0
  depth -= 1
  [bottom_up_tree(depth), bottom_up_tree(depth)]
end

def item_check(tree)
  left, right = tree
  return 1 if left.nil?
  1 + item_check(left) + item_check(right)
end

n = (ARGV[0] || 11).to_i
min_depth = 4
max_depth = [min_depth + 2, n].max
stretch_depth = max_depth + 1

puts "stretch tree of depth #{stretch_depth}\t check: " \
     "#{item_check(bottom_up_tree(stretch_depth))}"

long_lived_tree = bottom_up_tree(max_depth)

min_depth.step(max_depth, 2) do |depth|
  iterations = 1 << (max_depth - depth + min_depth)
  check = 0
  iterations.times do
    check += item_check(bottom_up_tree(depth))
  end
  puts "#{iterations}\t trees of depth #{depth}\t check: #{check}"
end

puts "long lived tree of depth #{max_depth}\t check: #{item_check(long_lived_tree)}"
