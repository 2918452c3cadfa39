# A JSON-like serializer with pretty printing, and a tiny parser back.
module MiniJSON
  class ParseError < StandardError; end

  module_function

  def escape(str)
    out = "\""
    str.each_char do |ch|
      out << case ch
             when "\"" then "\\\""
             when "\\" then "\\\\"
             when "\n" then "\\n"
             when "\t" then "\\t"
             else ch
             end
    end
    out << "\""
  end

  def dump(value, indent = 0, step = 2)
    pad = " " * (indent + step)
    close = " " * indent
    case value
    when nil then "null"
    when true, false then value.to_s
    when Integer then value.to_s
    when Float then value.finite? ? value.to_s : "null"
    when String then escape(value)
    when Symbol then escape(value.to_s)
    when Array
      return "[]" if value.empty?
      items = value.map { |v| pad + dump(v, indent + step, step) }
      "[\n" + items.join(",\n") + "\n" + close + "]"
    when Hash
      return "{}" if value.empty?
      items = value.map { |k, v| "#{pad}#{escape(k.to_s)}: #{dump(v, indent + step, step)}" }
      "{\n" + items.join(",\n") + "\n" + close + "}"
    else
      raise ArgumentError, "cannot serialize #{value.class}"
    end
  end

  def compact(value)
    case value
    when Array then "[" + value.map { |v| compact(v) }.join(",") + "]"
    when Hash then "{" + value.map { |k, v| escape(k.to_s) + ":" + compact(v) }.join(",") + "}"
    else dump(value)
    end
  end

  def parse(text)
    @text = text
    @pos = 0
    value = parse_value
    skip_ws
    raise ParseError, "trailing data at #{@pos}" if @pos < @text.length
    value
  end

  def skip_ws
    @pos += 1 while @pos < @text.length && " \n\t".include?(@text[@pos])
  end

  def parse_value
    skip_ws
    ch = @text[@pos]
    case ch
    when "{" then parse_object
    when "[" then parse_array
    when "\"" then parse_string
    when "t" then literal("true", true)
    when "f" then literal("false", false)
    when "n" then literal("null", nil)
    when "-", "0".."9" then parse_number
    else raise ParseError, "unexpected #{ch.inspect} at #{@pos}"
    end
  end

  def literal(word, value)
    raise ParseError, "bad literal at #{@pos}" unless @text[@pos, word.length] == word
    @pos += word.length
    value
  end

  def parse_number
    start = @pos
    @pos += 1 while @pos < @text.length && "-+.eE0123456789".include?(@text[@pos])
    token = @text[start...@pos]
    token.include?(".") || token.include?("e") ? token.to_f : token.to_i
  end

  def parse_string
    @pos += 1
    out = ""
    while @text[@pos] != "\""
      if @text[@pos] == "\\"
        @pos += 1
        out << { "n" => "\n", "t" => "\t" }.fetch(@text[@pos], @text[@pos])
      else
        out << @text[@pos]
      end
      @pos += 1
    end
    @pos += 1
    out
  end

  def parse_array
    @pos += 1
    items = []
    skip_ws
    if @text[@pos] == "]"
      @pos += 1
      return items
    end
    loop do
      items << parse_value
      skip_ws
      sep = @text[@pos]
      @pos += 1
      break if sep == "]"
      raise ParseError, "expected , or ] at #{@pos - 1}" unless sep == ","
    end
    items
  end

  def parse_object
    @pos += 1
    obj = {}
    skip_ws
    if @text[@pos] == "}"
      @pos += 1
      return obj
    end
    loop do
      skip_ws
      key = parse_string
      skip_ws
      raise ParseError, "expected : at #{@pos}" unless @text[@pos] == ":"
      @pos += 1
      obj[key] = parse_value
      skip_ws
      sep = @text[@pos]
      @pos += 1
      break if sep == "}"
      raise ParseError, "expected , or } at #{@pos - 1}" unless sep == ","
    end
    obj
  end
end

doc = {
  name: "rbish", version: 1.5, stable: false, tags: ["ruby", "mini"], empty: [], nothing: nil,
  nested: { depth: 2, list: [1, [2, 3], { "k" => "v\"q\"" }], blank: {} }, text: "line1\nline2\ttab"
}
pretty = MiniJSON.dump(doc)
puts pretty
small = MiniJSON.compact(doc)
puts small
back = MiniJSON.parse(pretty)
p back
puts MiniJSON.compact(back) == small
p MiniJSON.parse("[1, -2.5, 3e2, true, null, \"x\"]")
["[1, 2", "{\"a\" 1}", "[1] x", "@"].each do |bad|
  begin
    MiniJSON.parse(bad)
  rescue MiniJSON::ParseError => e
    puts "ParseError: #{e.message}"
  rescue NoMethodError
    puts "ParseError: truncated input"
  end
end
begin
  MiniJSON.dump(1..2)
rescue ArgumentError => e
  puts e.message
end
