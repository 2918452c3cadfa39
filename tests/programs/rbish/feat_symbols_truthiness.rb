# Symbols, nil, true and false: only nil and false are falsy.
sym = :status
p sym, sym.to_s, sym.to_sym, :"with space", sym.length
p :a == :a, :a.equal?(:a), "a".to_sym == :a
p %i[red green blue]
p [:b, :c, :a].sort
p :abc <=> :abd
p :upcase.to_proc.call("shout")

[nil, false, true, 0, "", [], {}, 0.0, :sym].each do |v|
  puts "#{v.inspect} is #{v ? 'truthy' : 'falsy'}"
end

p nil.to_a, nil.to_s, nil.to_i, nil.inspect
p nil.nil?, 0.nil?, false.nil?
p true & false, true | false, true ^ true, !true, !nil
p nil || "default", false || nil, 1 && 2, nil && 1
x = nil
x ||= 10
x ||= 20
p x
y = 5
y &&= y * 2
p y
z = nil
z &&= z + 1
p z
p true.class, false.class, nil.class
p (1 if false)
p [1, nil, 2, false, 3].compact
p [1, nil, 2, false, 3].select { |v| v }
value = nil
puts "value is nil" if value.nil?
puts "unless works" unless value
puts (value || "fallback")
p 1 == 1.0, 1.eql?(1.0), 1.equal?(1)
p nil.to_a.empty?
def lookup(key)
  {a: 1, b: nil}[key]
end
p lookup(:a), lookup(:b), lookup(:c)
p !!lookup(:a), !!lookup(:b)
