# raise/rescue with classes, messages, hierarchy, else/ensure order.
class AppError < StandardError; end

class ValidationError < AppError
  attr_reader :field

  def initialize(field, msg = "is invalid")
    @field = field
    super("#{field} #{msg}")
  end
end

class NotFound < AppError
  def initialize(msg = "resource not found")
    super
  end
end

def risky(kind)
  case kind
  when :zero then 1 / 0
  when :nil then nil.upcase
  when :arg then Integer("abc")
  when :custom then raise ValidationError.new(:email, "is missing")
  when :notfound then raise NotFound
  when :runtime then raise "plain failure"
  when :type then "a" + 1
  when :key then {}.fetch(:k)
  when :cls then raise AppError, "with class and message"
  else "ok"
  end
end

%i[zero nil arg custom notfound runtime type key cls none].each do |kind|
  begin
    result = risky(kind)
    puts "#{kind}: returned #{result}"
  rescue ZeroDivisionError => e
    puts "#{kind}: ZeroDivisionError #{e.message}"
  rescue NoMethodError => e
    puts "#{kind}: NoMethodError #{e.message.split("\n").first}"
  rescue ValidationError => e
    puts "#{kind}: invalid field #{e.field}: #{e.message}"
  rescue AppError => e
    puts "#{kind}: #{e.class} (#{e.class.superclass}) #{e.message}"
  rescue TypeError, ArgumentError => e
    puts "#{kind}: #{e.class}: #{e.message}"
  rescue StandardError => e
    puts "#{kind}: other #{e.class}: #{e.message}"
  end
end

def with_ensure(fail)
  puts "  body start"
  raise ArgumentError, "failing" if fail
  puts "  body end"
  :body_value
rescue ArgumentError => e
  puts "  rescued #{e.message}"
  :rescue_value
else
  puts "  else runs"
  :else_value
ensure
  puts "  ensure runs"
  :ensure_value_ignored
end
p with_ensure(false)
p with_ensure(true)

def ensure_with_return
  return "from body"
ensure
  puts "ensure before return"
end
p ensure_with_return

x = Integer("12") rescue -1
y = Integer("zz") rescue -1
p x, y

begin
  begin
    raise NotFound, "inner"
  rescue NotFound => e
    raise AppError, "outer wraps #{e.message}"
  end
rescue AppError => e
  puts e.message
end

begin
  raise ValidationError, :age
rescue => e
  p e.class, e.message, e.is_a?(AppError), e.is_a?(StandardError)
end

e = RuntimeError.new("made by hand")
p e.message, e.class, e.class.ancestors.take(3)
p ZeroDivisionError.ancestors.include?(StandardError)
begin
  raise e
rescue RuntimeError => caught
  p caught.equal?(e)
end
def checked_sqrt(v)
  raise ArgumentError, "negative: #{v}" if v.negative?
  Math.sqrt(v)
end
[4, -4, 9].each do |v|
  begin
    puts checked_sqrt(v)
  rescue ArgumentError => err
    puts "bad input (#{err.message})"
  end
end
begin
  [1, 2, 3].each { |v| raise StopIteration if v == 2 }
rescue StopIteration
  puts "stopped"
end
