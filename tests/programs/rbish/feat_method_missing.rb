# method_missing, respond_to_missing?, send and public_send, define_method.
class OpenRecord
  def initialize(attrs = {})
    @attrs = attrs
  end

  def method_missing(name, *args)
    key = name.to_s
    if key.end_with?("=")
      @attrs[key.chomp("=").to_sym] = args.first
    elsif @attrs.key?(name)
      @attrs[name]
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.end_with?("=") || @attrs.key?(name) || super
  end

  def to_s
    @attrs.map { |k, v| "#{k}=#{v}" }.join(" ")
  end
end

rec = OpenRecord.new(name: "Ada", lang: "Ruby")
puts rec.name, rec.lang
rec.year = 1843
puts rec.year
puts rec
p rec.respond_to?(:name), rec.respond_to?(:year), rec.respond_to?(:nope), rec.respond_to?(:anything=)
begin
  rec.missing_thing
rescue NoMethodError => e
  puts "NoMethodError for #{e.name}"
end

class Recorder
  attr_reader :calls

  def initialize
    @calls = []
  end

  def method_missing(name, *args, &block)
    @calls << "#{name}(#{args.join(', ')})#{block ? ' with block' : ''}"
    self
  end

  def respond_to_missing?(*_args)
    true
  end
end
r = Recorder.new
r.move(1, 2).turn(:left).draw { }.stop
puts r.calls

class Calculator
  def add(a, b)
    a + b
  end

  def sub(a, b)
    a - b
  end

  def mul(a, b)
    a * b
  end

  private

  def secret
    "hidden"
  end
end
calc = Calculator.new
%i[add sub mul].each { |op| puts "#{op}(6, 3) = #{calc.send(op, 6, 3)}" }
p calc.public_send(:add, 1, 1)
p calc.send(:secret)
begin
  calc.public_send(:secret)
rescue NoMethodError => e
  puts "public_send refused: #{e.class}"
end
p calc.respond_to?(:secret), calc.respond_to?(:add)

class Color
  NAMES = %w[red green blue].freeze
  NAMES.each_with_index do |name, i|
    define_method("#{name}?") { @index == i }
    define_method("to_#{name}") { Color.new(i) }
  end

  def initialize(index)
    @index = index
  end

  def to_s
    NAMES[@index]
  end
end
c = Color.new(1)
p c.red?, c.green?, c.blue?
puts c.to_blue, c.to_red
class Settings
  %w[width height depth].each do |attr|
    define_method(attr) { instance_variable_get("@#{attr}") || 0 }
    define_method("#{attr}=") { |v| instance_variable_set("@#{attr}", v) }
  end
end
s = Settings.new
s.width = 10
s.send(:height=, 4)
p s.width, s.height, s.depth
p [1, 2, 3].send(:map) { |x| x * 3 }
p "hello".public_send(:upcase), 5.send(:+, 6)
