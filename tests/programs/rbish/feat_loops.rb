# while, until, for-in, loop, break with value, next, begin/end while.
i = 0
while i < 5
  print i, " "
  i += 1
end
puts
j = 10
until j <= 0
  print j, " "
  j -= 3
end
puts
for k in 1..4
  print k * k, " "
end
puts
p k
for a, b in [[1, 2], [3, 4]]
  print a + b, " "
end
puts
for item in %w[x y z]
  print item.upcase
end
puts
n = 0
loop do
  n += 1
  next if n.odd?
  break if n > 8
  print n, " "
end
puts
found = [4, 8, 15, 16, 23, 42].each_with_index do |v, idx|
  break idx if v > 15
end
p found
res = while true
  break "broke out"
end
p res
p (loop do break 42 end)
p (while false do end)
total = 0
1.step(10, 3) { |s| total += s }
p total
10.step(1, -4) { |s| print s, " " }
puts
outer_result = (1..3).each do |x|
  (1..3).each do |y|
    next if y == x
    print "#{x}#{y} "
  end
end
puts
p outer_result
count = 0
begin
  count += 1
end while count < 3
p count
count = 10
begin
  count += 1
end until true
p count
primes = []
candidate = 2
while primes.size < 10
  primes << candidate if (2..Math.sqrt(candidate)).none? { |d| (candidate % d).zero? }
  candidate += 1
end
p primes
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = nil
matrix.each_with_index do |row, r|
  c = row.index(6)
  if c
    target = [r, c]
    break
  end
end
p target
sum = 0
3.times do |x|
  3.times do |y|
    next if x == y
    sum += x * y
  end
end
p sum
words = %w[apple banana cherry]
idx = 0
idx += 1 while idx < words.size && !words[idx].start_with?("c")
p idx
x = 100
x /= 2 until x < 10
p x
stack = [1, [2, [3, [4]]]]
flat = []
until stack.empty?
  top = stack.shift
  if top.is_a?(Array)
    stack = top + stack
  else
    flat << top
  end
end
p flat
r = catch(:done) do
  (1..5).each do |p1|
    (1..5).each do |p2|
      throw :done, [p1, p2] if p1 * p2 == 12
    end
  end
  :not_found
end
p r
p catch(:x) { 10 }
def where_am_i
  __method__
end
p where_am_i
