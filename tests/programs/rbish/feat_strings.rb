# String basics: building, case, searching, slicing.
s = "Hello, World"
puts s.length, s.size
puts s.upcase, s.downcase, s.swapcase
puts "ruby is fun".capitalize
puts s.reverse
puts s[0], s[-1], s[0, 5], s[7..], s[7..11], s[0...5], s[-5..]
p s[100]
puts s.index("o"), s.index("o", 5), s.rindex("o")
p s.index("z")
puts s.include?("World"), s.include?("world")
puts s.start_with?("Hell"), s.end_with?("World"), s.end_with?("x")
puts "  padded  ".strip + "|"
puts "  padded  ".lstrip + "|"
puts "  padded  ".rstrip + "|"
puts "x".center(9, "*"), "x".ljust(5, ".") + "|", "x".rjust(5) + "|"
puts "abc" * 3
puts "abc" + "def"
puts "a,b,,c".split(",").inspect
puts "one two  three".split.inspect
puts "a-b-c".split("-", 2).inspect
puts "hello".chars.inspect
puts "hi!".bytes.inspect
count = 0
"banana".each_char { |c| count += 1 if c == "a" }
puts count
puts "banana".count("a"), "banana".count("an")
puts "abc" <=> "abd", "b" <=> "a", "a" <=> "a"
puts "abc" == "abc", "abc".eql?("abc")
puts "".empty?, " ".empty?
puts "a".ord, 98.chr
puts "az".succ, "zz".succ, "a9".succ, "Zz".succ
puts "hello world".tr("lo", "01")
puts "hello".tr("a-y", "b-z")
puts "hello"[1..3]
puts "%s and %s" % ["this", "that"]
puts "abc".to_sym.inspect
puts "42".to_i + 1, "3.5".to_f * 2, "12abc".to_i, "abc".to_i
puts "hello world".sub("o", "0"), "hello world".gsub("o", "0")
puts "snake_case_name".split("_").map(&:capitalize).join
puts "Hello"[1] == "e"
puts "tEsT".downcase.capitalize
puts "line1\nline2".lines.inspect
puts "abc".each_char.to_a.inspect
puts "ab\tc".inspect
puts "quote\"d".inspect
puts "multiple words here".split(" ").map(&:length).inspect
puts "hello".start_with?("he", "x")
puts "Mississippi".squeeze, "Mississippi".delete("s")
puts "abc".insert(1, "X")
puts "hello" "world"
puts "ab".concat("cd")
puts "x-y-z".partition("-").inspect
puts "%-8s|" % "left"
puts "title case words".split.map(&:capitalize).join(" ")
