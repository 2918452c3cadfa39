# Mutable strings, <<, frozen strings, dup.
buf = ""
5.times { |i| buf << i.to_s << "," }
puts buf
buf << "end"
puts buf, buf.length

a = "shared"
b = a
b << "!"
puts a
c = a.dup
c << "?"
puts a, c

s = "hello"
s[0] = "J"
puts s
s[-1..] = "y!"
puts s
s.upcase!
puts s
s.downcase!
puts s
p s.capitalize!
p s.capitalize!
t = "  trim me  "
t.strip!
p t
r = "abc"
r.reverse!
p r
g = "a-b-c"
g.gsub!("-", "+")
p g
g.sub!("+", "")
p g
q = "x"
q.replace("replaced")
p q
q.clear
p q, q.empty?

f = "constant".freeze
p f.frozen?
p "literal".frozen?
p f.dup.frozen?
begin
  f << "more"
rescue => e
  puts "#{e.class}: #{e.message}"
end
SYMS = %w[alpha beta gamma].freeze
p SYMS.frozen?
begin
  SYMS << "delta"
rescue FrozenError => e
  puts e.class
end
p SYMS

parts = []
%w[a b c].each_with_index { |w, i| parts << w * (i + 1) }
p parts.join("-")
line = "=" * 20
puts line
text = "counter: "
text += "1"
puts text
n = "5"
n.concat("0", "0")
p n.to_i
prefix = "pre"
prefix.prepend(">>")
p prefix
word = "mississippi"
p word.chars.uniq.join
p word.each_char.select { |ch| ch == "s" }.size
p word.tr("is", "IS")
h = "hi"
h *= 3
p h
