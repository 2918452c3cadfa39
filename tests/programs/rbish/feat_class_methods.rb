# Class methods (def self.x, class << self), class variables, constants.
class Widget
  COLORS = %w[red green blue].freeze
  @@count = 0
  @registry = []

  class << self
    attr_reader :registry

    def create(*args)
      w = new(*args)
      @registry << w
      w
    end

    def named(name)
      @registry.find { |w| w.name == name }
    end
  end

  def self.count
    @@count
  end

  def self.reset!
    @@count = 0
  end

  attr_reader :name, :color, :serial

  def initialize(name, color = COLORS.first)
    raise ArgumentError, "bad color #{color}" unless COLORS.include?(color)
    @@count += 1
    @serial = @@count
    @name = name
    @color = color
  end

  def to_s
    "Widget##{serial}(#{name}, #{color})"
  end
end

Widget.create("gear")
Widget.create("cog", "blue")
Widget.new("loose", "green")
puts Widget.registry.map(&:to_s)
puts Widget.count
puts Widget.named("cog")
p Widget.named("nothing")
p Widget::COLORS
begin
  Widget.new("bad", "pink")
rescue ArgumentError => e
  puts "error: #{e.message}"
end
p Widget.count
Widget.reset!
puts Widget.new("fresh")

class MathUtil
  PRECISION = 3
  def self.mean(xs)
    (xs.sum.to_f / xs.size).round(PRECISION)
  end

  def self.variance(xs)
    m = mean(xs)
    (xs.sum { |x| (x - m)**2 } / xs.size).round(PRECISION)
  end

  def self.stddev(xs)
    Math.sqrt(variance(xs)).round(PRECISION)
  end
end
data = [2, 4, 4, 4, 5, 5, 7, 9]
p MathUtil.mean(data), MathUtil.variance(data), MathUtil.stddev(data)

class Counter
  @@instances = 0
  def self.instances
    @@instances
  end

  def initialize
    @@instances += 1
  end
end
class SubCounter < Counter
  def self.describe
    "sub sees #{@@instances}"
  end
end
Counter.new
SubCounter.new
SubCounter.new
p Counter.instances, SubCounter.instances
puts SubCounter.describe

class Config
  DEFAULTS = { verbose: false, level: 1 }.freeze
  def self.build(overrides = {})
    DEFAULTS.merge(overrides)
  end
end
p Config.build, Config.build(level: 3)
p Config::DEFAULTS.frozen?

class Temperature
  def self.from_fahrenheit(f)
    new((f - 32) * 5 / 9.0)
  end
  attr_reader :degrees
  def initialize(d)
    @degrees = d
  end
end
p Temperature.from_fahrenheit(212).degrees
p Temperature.respond_to?(:from_fahrenheit), Temperature.new(1).respond_to?(:from_fahrenheit)
p Widget.class, Widget.name
