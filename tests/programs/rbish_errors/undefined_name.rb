# A typo in a local variable name: NameError.
total = 0
[1, 2, 3].each { |n| total += n }
puts total
puts totl
