# Method definitions: defaults, splats, hash arguments, implicit return, recursion.
def greet(name, greeting = "Hello", punctuation = "!")
  "#{greeting}, #{name}#{punctuation}"
end
puts greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?")

def sum_all(*numbers)
  numbers.sum
end
p sum_all, sum_all(1), sum_all(1, 2, 3), sum_all(*[4, 5, 6])

def head_tail(first, *rest, last)
  { first: first, rest: rest, last: last }
end
p head_tail(1, 2), head_tail(1, 2, 3, 4)

def configure(name, options = {})
  defaults = { retries: 3, verbose: false }
  settings = defaults.merge(options)
  "#{name}: retries=#{settings[:retries]} verbose=#{settings[:verbose]}"
end
puts configure("a"), configure("b", retries: 5), configure("c", { verbose: true })

def multi_return
  return 1, [2, 3], "four"
end
a, b, c = multi_return
p a, b, c, multi_return

def implicit(x)
  if x > 0
    "positive"
  else
    "non-positive"
  end
end
p implicit(1), implicit(-1)

def early(list)
  list.each { |x| return "found #{x}" if x > 10 }
  "none found"
end
p early([1, 20, 30]), early([1, 2])

def ackermann(m, n)
  if m.zero?
    n + 1
  elsif n.zero?
    ackermann(m - 1, 1)
  else
    ackermann(m - 1, ackermann(m, n - 1))
  end
end
p ackermann(2, 3), ackermann(3, 3)

def hanoi(n, from, to, via, moves)
  return moves if n.zero?
  hanoi(n - 1, from, via, to, moves)
  moves << "#{from}->#{to}"
  hanoi(n - 1, via, to, from, moves)
end
moves = hanoi(4, "A", "C", "B", [])
p moves.size, moves.first(5)

def predicate?(n)
  n > 3
end

def bang!(arr)
  arr.map! { |x| x * 2 }
end
p predicate?(5), predicate?(1)
nums = [1, 2]
bang!(nums)
p nums

def swap(pair)
  x, y = pair
  [y, x]
end
p swap([1, 2])
def count_calls
  @calls = (@calls || 0) + 1
end
3.times { count_calls }
p @calls
def gcd(a, b)
  b.zero? ? a : gcd(b, a % b)
end
p gcd(1071, 462), gcd(17, 5)
def power_set(items)
  return [[]] if items.empty?
  rest = power_set(items[1..])
  rest + rest.map { |s| [items[0]] + s }
end
p power_set([1, 2, 3]).sort
def nested_def_result
  inner = ->(v) { v * 3 }
  inner.(inner.(2))
end
p nested_def_result
p self.to_s
