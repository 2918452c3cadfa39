# SICP-style constraint propagation network (celsius/fahrenheit and more).
class Connector
  attr_reader :name, :value, :informant

  def initialize(name)
    @name = name
    @value = nil
    @informant = nil
    @constraints = []
  end

  def has_value?
    !@value.nil?
  end

  def set_value(new_value, setter)
    if !has_value?
      @value = new_value
      @informant = setter
      @constraints.each { |c| c.process_new_value unless c.equal?(setter) }
    elsif (@value - new_value).abs > 1e-9
      raise ArgumentError, "contradiction on #{name}: #{@value} vs #{new_value}"
    end
  end

  def forget_value(retractor)
    return unless retractor.equal?(@informant)
    @informant = nil
    @value = nil
    @constraints.each { |c| c.process_forget_value unless c.equal?(retractor) }
  end

  def connect(constraint)
    @constraints << constraint unless @constraints.include?(constraint)
    constraint.process_new_value if has_value?
  end
end

class Constraint
  def initialize(*connectors)
    @connectors = connectors
    connectors.each { |c| c.connect(self) }
  end

  def process_forget_value
    @connectors.each { |c| c.forget_value(self) }
    process_new_value
  end
end

class Adder < Constraint
  def process_new_value
    a1, a2, sum = @connectors
    if a1.has_value? && a2.has_value?
      sum.set_value(a1.value + a2.value, self)
    elsif a1.has_value? && sum.has_value?
      a2.set_value(sum.value - a1.value, self)
    elsif a2.has_value? && sum.has_value?
      a1.set_value(sum.value - a2.value, self)
    end
  end
end

class Multiplier < Constraint
  def process_new_value
    m1, m2, product = @connectors
    if (m1.has_value? && m1.value.zero?) || (m2.has_value? && m2.value.zero?)
      product.set_value(0, self)
    elsif m1.has_value? && m2.has_value?
      product.set_value(m1.value * m2.value, self)
    elsif product.has_value? && m1.has_value?
      m2.set_value(product.value / m1.value, self)
    elsif product.has_value? && m2.has_value?
      m1.set_value(product.value / m2.value, self)
    end
  end
end

class Constant < Constraint
  def initialize(value, connector)
    @value = value
    super(connector)
    connector.set_value(value, self)
  end

  def process_new_value; end
end

class Probe < Constraint
  def initialize(log, connector)
    @log = log
    super(connector)
  end

  def process_new_value
    c = @connectors.first
    @log << format("Probe: %s = %s", c.name, c.value.is_a?(Float) ? c.value.round(4) : c.value)
  end

  def process_forget_value
    @log << "Probe: #{@connectors.first.name} = ?"
  end
end

class User; end

def celsius_fahrenheit_converter(c, f)
  u = Connector.new("u")
  v = Connector.new("v")
  w = Connector.new("w")
  x = Connector.new("x")
  y = Connector.new("y")
  Multiplier.new(c, w, u)
  Multiplier.new(v, x, u)
  Adder.new(v, y, f)
  Constant.new(9.0, w)
  Constant.new(5.0, x)
  Constant.new(32.0, y)
end

log = []
c = Connector.new("celsius")
f = Connector.new("fahrenheit")
celsius_fahrenheit_converter(c, f)
Probe.new(log, c)
Probe.new(log, f)
user = User.new
c.set_value(25.0, user)
c.forget_value(user)
f.set_value(212.0, user)
begin
  c.set_value(50.0, user)
rescue ArgumentError => e
  log << "Error: #{e.message}"
end
f.forget_value(user)
[-40.0, 0.0, 37.0].each do |temp|
  c.set_value(temp, user)
  c.forget_value(user)
end
puts log

# average: a + b = 2 * avg
log2 = []
a = Connector.new("a")
b = Connector.new("b")
avg = Connector.new("avg")
s = Connector.new("sum")
two = Connector.new("two")
Adder.new(a, b, s)
Multiplier.new(two, avg, s)
Constant.new(2, two)
Probe.new(log2, avg)
Probe.new(log2, b)
a.set_value(10, user)
b.set_value(30, user)
b.forget_value(user)
avg.set_value(7, user)
puts log2
p [a.value, b.value, avg.value, s.value]
