# puts, print, p and $stdout with arrays, nil, multiple arguments.
puts "one", "two"
puts ["a", ["b", ["c"]]]
puts []
puts nil
puts [nil]
puts 1, 2.0, :three
puts "no newline doubled\n"
puts "two newlines\n\n"
puts
print "a", "b", 1, nil, :c, "\n"
print "no newline"
print "\n"
$stdout.puts "via stdout"
$stdout.print "via print\n"
$stdout.write("written\n")
STDOUT.puts "STDOUT constant"
$stdout << "chained " << 42 << "\n"
puts "tab\tseparated"
puts 'single quoted \n stays'
puts "unicode: caf\u00e9"
rows = [["Name", "Qty", "Price"], ["Widget", 3, 4.5], ["Gadget", 12, 0.99]]
rows.each { |r| puts r.map(&:to_s).map { |c| c.ljust(8) }.join("|") }
puts "-" * 26
rows.drop(1).each { |name, qty, price| puts format("%-8s|%8d|%8.2f", name, qty, price) }
heredoc = <<~TEXT
  Dear #{rows[1][0]},
    indented line
  Total: #{rows.drop(1).sum { |_, q, pr| q * pr }.round(2)}
TEXT
puts heredoc
raw = <<~'RAW'
  no #{interpolation} here
RAW
print raw
puts "a" "b" 'c'
str = "multi
line literal"
puts str
puts "%s|%s" % %w[left right]
puts "#{1}#{2}#{"three"}#{nil}#{:four}#{[5]}"
p puts("puts returns nil")
p print("")
$stdout.flush
puts "done"
