# Blocks: yield, block_given?, &block parameters, block return values.
def twice
  yield
  yield
end
twice { puts "hi" }

def with_index_of(items)
  i = 0
  items.each do |item|
    yield item, i
    i += 1
  end
  :done
end
p(with_index_of(%w[a b c]) { |x, i| puts "#{i} -> #{x}" })

def maybe_block
  if block_given?
    "block says #{yield(21)}"
  else
    "no block"
  end
end
puts maybe_block
puts maybe_block { |x| x * 2 }

def apply_all(values, &transform)
  values.map(&transform)
end
p apply_all([1, 2, 3]) { |v| v + 100 }

def capture(&block)
  block
end
saved = capture { |a, b| "#{a}+#{b}" }
p saved.call(1, 2), saved.class

def my_map(arr)
  result = []
  arr.each { |x| result << yield(x) }
  result
end
p my_map([1, 2, 3]) { |x| x * x }

def my_select(arr)
  arr.each_with_object([]) { |x, acc| acc << x if yield(x) }
end
p my_select((1..10).to_a, &:even?)

def find_first(arr)
  arr.each do |x|
    return x if yield(x)
  end
  nil
end
p find_first([3, 8, 12, 5]) { |x| x > 7 }
p find_first([1, 2]) { |x| x > 7 }

def measure(label)
  puts "start #{label}"
  result = yield
  puts "end #{label}"
  result
end
v = measure("calc") { 6 * 7 }
p v

def repeat(n)
  return [] unless block_given?
  n.times { |i| yield i }
end
repeat(3) { |i| print "r#{i} " }
puts

def each_pair_of(arr)
  arr.each_cons(2) { |a, b| yield a, b }
end
each_pair_of([1, 4, 9, 16]) { |a, b| print b - a, " " }
puts

result = [1, 2, 3, 4].each do |x|
  next if x.even?
  print x, " "
end
puts
p result
found = [5, 6, 7].each { |x| break x * 10 if x == 6 }
p found
sum = 0
[[1, 2], [3, 4]].each { |a, b| sum += a * b }
p sum
def block_to_proc(&b)
  b
end
pr = block_to_proc { |x| x.to_s * 3 }
p %w[a b].map(&pr)
counter = 0
add = proc { counter += 1 }
3.times(&add)
p counter
def yielder
  yield 1, 2, 3
end
yielder { |a, *rest| p a, rest }
yielder { |a, b| p [a, b] }
x = 10
[1].each { |y| x = y + x }
p x
