# Keyword arguments, optional and splat parameters, and how super passes them on.
def greet(name, greeting: "Hello", punct: "!")
  "#{greeting}, #{name}#{punct}"
end

puts greet("Ann")
puts greet("Bob", greeting: "Hi")
puts greet("Cy", punct: "?", greeting: "Yo")

def box(width:, height: width * 2, **rest)
  "#{width}x#{height} #{rest.inspect}"
end

puts box(width: 3)
puts box(width: 2, height: 5, color: :red, depth: 1)
begin
  box(height: 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  greet("Dee", tone: :loud)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

def collect(first, second = first + 1, *middle, last, &blk)
  items = [first, second, *middle, last]
  blk ? items.map(&blk) : items
end

p collect(1, 9)
p collect(1, 2, 3)
p collect(1, 2, 3, 4, 5) { |x| x * 10 }

opts = { greeting: "Howdy" }
puts greet("Eve", **opts)
puts greet("Fay", **opts, punct: ".")

def takes_hash(h)
  h.map { |k, v| "#{k}=#{v}" }.join(",")
end
puts takes_hash(a: 1, b: 2)

class Base
  def initialize(name, size: 1)
    @name, @size = name, size
  end

  def describe(prefix = ">", upcase: false)
    text = "#{prefix} #{@name} (#{@size})"
    upcase ? text.upcase : text
  end
end

class Derived < Base
  def initialize(name, size: 5)
    super
    @extra = true
  end

  def describe(prefix = "*", upcase: false)
    super + (@extra ? " +extra" : "")
  end
end

puts Base.new("b").describe
puts Derived.new("d").describe
puts Derived.new("e", size: 7).describe("#", upcase: true)

adder = ->(a, b = 10, *rest, scale: 1) { (a + b + rest.sum) * scale }
p adder.(1), adder.(1, 2), adder.(1, 2, 3, 4, scale: 2)
p adder.arity, proc { |x, y| }.arity, ->(*a) {}.arity, method(:greet).arity
sq = proc { |x, y = 2| [x, y] }
p sq.call(1), sq.call([3, 4]), sq.call(5, 6, 7)
p [[1, 2], [3, 4]].map { |a, b| a * b }
p [[1, [2, 3]], [4, [5, 6]]].map { |a, (b, c)| a + b + c }
