# A custom exception with a message, raised three frames deep and not rescued.
class ValidationError < StandardError
  def initialize(field)
    super("invalid field: #{field}")
  end
end

class Form
  def initialize(fields)
    @fields = fields
  end

  def validate!
    @fields.each { |name, value| check(name, value) }
  end

  private

  def check(name, value)
    raise ValidationError.new(name) if value.nil?
  end
end

puts "validating"
Form.new("user" => "ann", "email" => nil).validate!
puts "not reached"
