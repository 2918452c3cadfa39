# sub/gsub with strings and simple regular expressions.
text = "The quick brown fox jumps over the lazy dog"
puts text.gsub("o", "0")
puts text.sub("quick", "slow")
puts text.gsub(/[aeiou]/, "*")
puts text.gsub(/\s+/, "_")
puts text.sub(/\w+$/, "cat")
puts text.gsub(/o(\w)/) { |m| m.upcase }
puts "2024-01-15".gsub("-", "/")
puts "a1b22c333".gsub(/\d+/) { |d| "<#{d.length}>" }
puts "hello world".gsub(/(\w+)/) { $1.capitalize }
puts "x = 1;  y = 2".split(/;\s*/).inspect
puts "a1b2c3".scan(/\d/).inspect
puts "key=value".sub(/(\w+)=(\w+)/, '\2=\1')
puts text =~ /fox/
puts text.match?(/cat/)
if (m = text.match(/(\w+) fox/))
  puts m[0], m[1]
end
case "hello123"
when /^\d+$/ then puts "digits"
when /^[a-z]+\d+$/ then puts "letters then digits"
else puts "other"
end
words = text.downcase.split(/\W+/)
p words
p words.select { |w| w =~ /^[a-m]/ }
p "CamelCaseString".gsub(/([A-Z])/) { "_" + $1.downcase }.sub(/^_/, "")
p "  many   spaces here ".strip.squeeze(" ")
p "tab\tseparated\tvalues".split("\t")
p "1,2;3 4".split(/[,; ]/).map(&:to_i)
p "aaa".gsub("a", "bb")
p "hello".sub("l", "L")
p "path/to/file.rb".sub(/\.rb$/, ".py")
p "ruby" =~ /z/
p "abcabc".index("c", 3)
p "price: $42".gsub(/\$(\d+)/) { "EUR #{$1.to_i * 2}" }
