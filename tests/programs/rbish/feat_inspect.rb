# p and inspect formats for every built-in value (Ruby 3.1 style).
p 1, -2, 3.0, 2.5e-10, 1e100, 10**25
p "plain", "with \"quotes\"", "tab\tnew\nline", "back\\slash", "", "uni: é"
p :sym, :"odd sym", :a?, :b!, :c=, :+, :[]
p nil, true, false
p [], [1, [2, [3, []]]], [nil, true, "s", :t, 1.5]
p({}, { a: 1 }, { "k" => "v" }, { 1 => [2, 3] }, { nil => nil }, { [1] => { b: :c } })
p({ "key with space": 1, "quoted-key": 2 })
p 1..5, (1...5), ("a".."c")
x = p
p x
y = p 42
p y
z = p 1, 2
p z
puts [1, [2, [3]]].inspect
puts({ a: { b: [1, nil] } }.inspect)
puts :sym.inspect, "str".inspect, nil.inspect, 1.0.inspect
puts [1, 2].to_s,({ x: 1 }).to_s, nil.to_s.empty?, :sym.to_s
class Pair
  def initialize(a, b)
    @a = a
    @b = b
  end

  def inspect
    "Pair(#{@a.inspect}, #{@b.inspect})"
  end

  def to_s
    "#{@a}&#{@b}"
  end
end
pair = Pair.new("x", [1, :two])
p pair
puts pair
p [pair, { pair: pair }]
puts "#{pair} / #{[pair].inspect}"
puts [pair, pair].join(" | ")
puts "nested: #{[1, "two", :three, nil, 4.0]}"
puts "hash: #{{ "a" => 1, b: 2 }}"
print "print: ", [1, 2], " ", { c: 3 }, " ", nil, " ", :sym, "\n"
p "a\u0001b", "\e[0m", "\r\n"
p 100.0, 1.0e-4, 0.1 * 3
p -0.0, 12.0e3, 123456789012345.0, 1234567890123456789.0
p [1.0, 2.50, 3.125]
