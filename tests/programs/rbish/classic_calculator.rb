# A tiny tokenizer and recursive-descent calculator with variables.
class Token
  attr_reader :type, :value

  def initialize(type, value)
    @type = type
    @value = value
  end

  def to_s
    "#{type}(#{value})"
  end
end

class CalcError < StandardError; end

class Lexer
  OPERATORS = %w[+ - * / % ^ ( ) =].freeze

  def initialize(src)
    @src = src
    @pos = 0
  end

  def tokens
    result = []
    while @pos < @src.length
      ch = @src[@pos]
      if ch == " "
        @pos += 1
      elsif ch >= "0" && ch <= "9" || ch == "."
        start = @pos
        @pos += 1 while @pos < @src.length && (@src[@pos] =~ /[0-9.]/)
        text = @src[start...@pos]
        result << Token.new(:num, text.include?(".") ? text.to_f : text.to_i)
      elsif ch =~ /[a-z_]/
        start = @pos
        @pos += 1 while @pos < @src.length && @src[@pos] =~ /[a-z_0-9]/
        result << Token.new(:ident, @src[start...@pos])
      elsif OPERATORS.include?(ch)
        result << Token.new(:op, ch)
        @pos += 1
      else
        raise CalcError, "unexpected character '#{ch}' at #{@pos}"
      end
    end
    result << Token.new(:eof, nil)
  end
end

class Calculator
  FUNCTIONS = {
    "sqrt" => ->(x) { Math.sqrt(x) },
    "abs" => ->(x) { x.abs },
    "double" => ->(x) { x * 2 }
  }.freeze

  def initialize
    @vars = { "pi" => 3.14159 }
  end

  def evaluate(line)
    @tokens = Lexer.new(line).tokens
    @i = 0
    value = statement
    raise CalcError, "unexpected #{peek}" unless peek.type == :eof
    value
  end

  private

  def peek
    @tokens[@i]
  end

  def advance
    tok = @tokens[@i]
    @i += 1
    tok
  end

  def accept(op)
    return false unless peek.type == :op && peek.value == op
    advance
    true
  end

  def statement
    if peek.type == :ident && @tokens[@i + 1].value == "="
      name = advance.value
      advance
      @vars[name] = expression
    else
      expression
    end
  end

  def expression
    value = term
    loop do
      if accept("+") then value += term
      elsif accept("-") then value -= term
      else break
      end
    end
    value
  end

  def term
    value = factor
    loop do
      if accept("*")
        value *= factor
      elsif accept("/")
        divisor = factor
        raise CalcError, "division by zero" if divisor == 0
        value /= divisor
      elsif accept("%")
        value %= factor
      else
        return value
      end
    end
  end

  def factor
    base = unary
    accept("^") ? base**factor : base
  end

  def unary
    return -unary if accept("-")
    primary
  end

  def primary
    tok = advance
    case tok.type
    when :num then tok.value
    when :ident
      if FUNCTIONS.key?(tok.value)
        raise CalcError, "expected ( after #{tok.value}" unless accept("(")
        arg = expression
        raise CalcError, "expected )" unless accept(")")
        FUNCTIONS[tok.value].call(arg)
      else
        @vars.fetch(tok.value) { raise CalcError, "undefined variable #{tok.value}" }
      end
    when :op
      raise CalcError, "unexpected #{tok}" unless tok.value == "("
      v = expression
      raise CalcError, "expected ) but got #{peek}" unless accept(")")
      v
    else
      raise CalcError, "unexpected end of input"
    end
  end
end

puts Lexer.new("x = 3 * (4 + 2.5)").tokens.map(&:to_s).join(" ")
calc = Calculator.new
[
  "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 / 2", "-7 % 3", "7.0 / 2",
  "x = 10", "y = x * 2 + 1", "x + y", "sqrt(16) + abs(-3)", "double(pi)",
  "2 * (3 + 4) - 5 / (1 + 1)", "10 / 0", "1 + ", "foo + 1", "3 $ 4",
  "(1 + 2", "2 ^ 100", "z = y % 4 - -x"
].each do |line|
  begin
    result = calc.evaluate(line)
    puts format("%-28s => %s", line, result)
  rescue CalcError => e
    puts format("%-28s !! %s", line, e.message)
  end
end
