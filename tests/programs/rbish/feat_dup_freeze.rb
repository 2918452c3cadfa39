# dup, freeze, frozen?, object identity and mutation through references.
original = [1, [2, 3], "str"]
shallow = original.dup
shallow << 4
shallow[1] << 99
shallow[2] << "!"
p original, shallow
h = { list: [1, 2] }
h2 = h.dup
h2[:list] << 3
h2[:new] = true
p h, h2
frozen = [1, 2, 3].freeze
p frozen.frozen?, frozen.dup.frozen?
begin
  frozen << 4
rescue FrozenError => e
  puts "FrozenError: #{e.message}"
end
copy = frozen.dup
copy << 4
p copy
NAMES = %w[ann bob].freeze
p NAMES.map(&:upcase)
class Doc
  attr_reader :title, :tags

  def initialize(title, tags)
    @title = title
    @tags = tags
  end

  def deep_copy
    Doc.new(title.dup, tags.dup)
  end

  def to_s
    "#{title} #{tags.inspect}"
  end
end
d1 = Doc.new("draft", ["a"])
d2 = d1.deep_copy
d2.tags << "b"
d3 = d1.dup
d3.tags << "shared"
puts d1, d2, d3
d1.freeze
p d1.frozen?, d2.frozen?
begin
  d1.instance_variable_set(:@title, "final")
rescue FrozenError => e
  puts e.class
end
s = "text"
t = s
u = s.dup
t << " more"
p s, u, s.equal?(t), s.equal?(u), s == t
sym1 = :name
p sym1.frozen?, 1.frozen?, nil.frozen?, "lit".frozen?, "lit".dup.frozen?
a = [1, 2]
b = a
b += [3]
p a, b
c = a
c.concat([3])
p a, c
def mutate!(arr)
  arr << :mutated
end
def reassign(arr)
  arr = [:new]
  arr
end
list = [:orig]
mutate!(list)
reassign(list)
p list
str = "abc".freeze
p str.upcase, str.frozen?, str.upcase.frozen?
p [1, 2, 3].freeze.map { |x| x * 2 }.frozen?
