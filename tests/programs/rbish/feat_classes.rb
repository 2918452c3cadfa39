# Classes: initialize, instance variables, accessors, to_s, instance methods.
class Point
  attr_reader :x, :y

  def initialize(x = 0, y = 0)
    @x = x
    @y = y
  end

  def +(other)
    Point.new(@x + other.x, @y + other.y)
  end

  def -(other)
    Point.new(x - other.x, y - other.y)
  end

  def *(k)
    Point.new(x * k, y * k)
  end

  def -@
    Point.new(-x, -y)
  end

  def [](i)
    i == 0 ? x : y
  end

  def distance_to(other)
    Math.sqrt((x - other.x)**2 + (y - other.y)**2)
  end

  def to_s
    "(#{x}, #{y})"
  end

  def inspect
    "#<Point #{x},#{y}>"
  end
end

a = Point.new(1, 2)
b = Point.new(4, 6)
puts a, b
puts a + b, b - a, a * 3, -a
p a, [a, b]
puts "a[0]=#{a[0]} a[1]=#{a[1]}"
puts a.distance_to(b)
puts Point.new
puts "interpolated: #{a}"

class Account
  attr_accessor :owner
  attr_writer :note
  attr_reader :balance

  def initialize(owner, balance = 0)
    @owner = owner
    @balance = balance
    @history = []
  end

  def deposit(amount)
    @balance += amount
    @history << [:deposit, amount]
    self
  end

  def withdraw(amount)
    return false if amount > @balance
    @balance -= amount
    @history << [:withdraw, amount]
    true
  end

  def history_summary
    @history.map { |kind, amt| "#{kind}:#{amt}" }.join(", ")
  end

  def note
    @note || "(none)"
  end
end

acct = Account.new("Ada", 100)
acct.deposit(50).deposit(25)
p acct.withdraw(500), acct.withdraw(75)
p acct.balance
puts acct.history_summary
acct.owner = "Grace"
puts acct.owner, acct.note
acct.note = "vip"
puts acct.note
p acct.respond_to?(:deposit), acct.respond_to?(:fly), acct.respond_to?(:note=)
p acct.class, acct.class.name, Account.name, acct.is_a?(Account), acct.instance_of?(Object)
p acct.instance_variables
p acct.instance_variable_get(:@balance)
acct.instance_variable_set(:@balance, 1)
p acct.balance

class Temperature
  def initialize(celsius)
    @celsius = celsius
  end

  def fahrenheit
    @celsius * 9.0 / 5 + 32
  end

  def fahrenheit=(f)
    @celsius = (f - 32) * 5.0 / 9
  end

  def celsius
    @celsius.round(2)
  end
end
t = Temperature.new(100)
p t.fahrenheit
t.fahrenheit = 212
p t.celsius
t.fahrenheit = 0
p t.celsius
class Point
  def zero?
    x.zero? && y.zero?
  end
end
p Point.new.zero?, a.zero?
p a.frozen?, a.dup.x, a.equal?(a), a.equal?(a.dup)
