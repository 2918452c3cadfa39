# Closures: counters, shared captured variables, generators of functions.
def make_counter
  count = 0
  increment = -> { count += 1 }
  get = -> { count }
  reset = -> { count = 0 }
  [increment, get, reset]
end
inc, get, reset = make_counter
3.times { inc.call }
p get.call
reset.call
inc.()
p get.()
inc2, get2, _reset2 = make_counter
inc2.call
p get.call, get2.call

def make_accumulator(total)
  ->(n) { total += n }
end
acc = make_accumulator(100)
acc.call(10)
p acc.call(5)

adders = (1..3).map { |i| ->(x) { x + i } }
p adders.map { |f| f.call(10) }

callbacks = []
[10, 20, 30].each { |v| callbacks << proc { v * 2 } }
p callbacks.map(&:call)

x = 1
change_x = -> { x = 99 }
change_x.call
p x

def memoize(fn)
  cache = {}
  calls = 0
  memo = lambda do |n|
    if cache.key?(n)
      cache[n]
    else
      calls += 1
      cache[n] = fn.call(n)
    end
  end
  [memo, -> { calls }]
end
slow_square = ->(n) { n * n }
fast, calls = memoize(slow_square)
[4, 4, 5, 4, 5, 6].each { |n| print fast.call(n), " " }
puts
p calls.call

fib = nil
fib = ->(n) { n < 2 ? n : fib.(n - 1) + fib.(n - 2) }
p (0..15).map(&fib)

def counter_object
  value = 0
  {
    up: -> { value += 1 },
    down: -> { value -= 1 },
    show: -> { "value=#{value}" }
  }
end
c = counter_object
c[:up].call
c[:up].call
c[:down].call
c[:up].call
puts c[:show].call

log = []
logger = ->(msg) { log << "[#{log.size}] #{msg}" }
%w[start middle end].each(&logger)
puts log

total = 0
(1..10).each { |i| total += i if i.odd? }
p total
i = 0
while i < 3
  i += 1
  later = -> { i * 100 }
end
p later.call

def make_stack
  items = []
  push = ->(v) { items.push(v); items.size }
  pop = -> { items.pop }
  peek = -> { items.last }
  [push, pop, peek]
end
push, pop, peek = make_stack
push.(1)
push.(2)
p push.(3), peek.(), pop.(), pop.(), peek.()
