# Conversions between numbers, strings, symbols, arrays.
p Integer("42"), Integer("-17"), Integer("ff", 16)
p Integer("0b101"), Integer("0o17"), Integer("  12  ")
p Float("1.5"), Float("1e3"), Float("-0.25")
["12x", "", "1.5", nil].each do |s|
  begin
    p Integer(s)
  rescue ArgumentError, TypeError => e
    puts "#{s.inspect} -> #{e.class}"
  end
end
begin
  Float("abc")
rescue ArgumentError => e
  puts e.message
end
p "42".to_i, "42abc".to_i, "abc".to_i, " 7 ".to_i, "-3".to_i, "1_000".to_i
p "3.75".to_f, "1e-2".to_f, ".5".to_f, "x".to_f, "2.5kg".to_f
p 42.to_s, 42.to_f, 3.99.to_i, -3.99.to_i, 42.to_s(2), 3.0.to_s, 1e3.to_i
p 65.chr, "A".ord, "ABC".bytes, [72, 105].map(&:chr).join
p :sym.to_s, "str".to_sym
p [1, 2].to_a, (1..3).to_a, { a: 1 }.to_a, [[:k, :v]].to_h, nil.to_a
p 10.to_s.rjust(5, "0"), 3.14159.to_s[0, 4]
p "%.3f" % 2, "%d" % 2.9, 7.fdiv(2), 7 / 2.0, 7.0.to_i / 2
p Integer === 3, Float === 3.0, Numeric === 3, String === "s", (3.0).integer?, 3.integer?
p 3.7 % 1, 10.0.floor, 10.5.floor.class, 2**62, (2**64).class
p [1, "2", 3.5, nil, :four].map(&:to_s)
p ["1", "2", "3"].map(&:to_i).sum, ["1.5", "2.5"].sum(&:to_f)
p "1,2,3".split(",").map(&:to_i), [1, 2, 3].join.to_i, 123.digits.reverse
p "%05.1f" % 3.14159, "%x" % 255
p 255.to_s(16).upcase, "11111111".to_i(2), 0b1010, 0o17, 0xff, 1e3
p 12.5.round, 13.5.round, 12.5.floor, -12.5.ceil, 12.345.round(1), 12.355.round(2)
