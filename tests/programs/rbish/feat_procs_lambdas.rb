# Procs and lambdas: call forms, arity, return semantics.
square = lambda { |x| x * x }
cube = ->(x) { x * x * x }
add = proc { |a, b| (a || 0) + (b || 0) }
p square.call(4), square.(5), square[6], cube.call(3)
p add.call(1, 2), add.call(1), add.call(1, 2, 3)
p square.lambda?, add.lambda?
p square.arity, add.arity, proc { |*a| a }.arity, lambda { |a, b = 1| }.arity, proc { }.arity
begin
  square.call(1, 2)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

def run_lambda
  l = -> { return 10 }
  v = l.call
  "lambda returned #{v}, method continues"
end
def run_proc
  pr = proc { return 20 }
  pr.call
  "never reached"
end
puts run_lambda
p run_proc

inc = ->(x) { x + 1 }
double = ->(x) { x * 2 }
p inc.call(double.call(3)), double.(inc.(3))
p [1, 2, 3].map(&square)
p %w[a b].map(&:upcase)
adder = ->(a) { ->(b) { a + b } }
add5 = adder.(5)
p add5.(10), adder[1][2]
ops = {
  "+" => ->(a, b) { a + b },
  "-" => ->(a, b) { a - b },
  "*" => ->(a, b) { a * b },
  "/" => ->(a, b) { b.zero? ? nil : a / b }
}
ops.each { |sym, fn| puts "8 #{sym} 2 = #{fn.call(8, 2)}" }
p ops["/"].call(1, 0)
def takes_block(&blk)
  blk
end
b = takes_block { |x| x + 1 }
p b.call(1), b.lambda?
pipeline = [inc, double, square]
p pipeline.inject(3) { |acc, f| f.call(acc) }
counter = 0
incr = -> { counter += 1 }
5.times { incr.call }
p counter
yielding = proc { |x, y| "#{x}-#{y}" }
p yielding.call([1, 2]), yielding.call(1)
p [[1, 2], [3, 4]].map(&yielding)
def meth_with_default(a, b = a * 2, *rest)
  [a, b, rest]
end
p meth_with_default(1), meth_with_default(1, 5), meth_with_default(1, 2, 3, 4)
