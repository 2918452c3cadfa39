# format, printf and String#%.
puts format("%d", 42)
puts format("%5d|", 42)
puts format("%-5d|", 42)
puts format("%05d", 42)
puts format("%+d %+d", 5, -5)
puts format("%x %X %o %b", 255, 255, 8, 5)
puts format("%08b", 37)
puts format("%.2f", 3.14159)
puts format("%05.2f", 3.14159)
puts format("%10.3f|", 2.0 / 3)
puts format("%-10.1f|", 2.25)
puts format("%e", 12345.678)
puts format("%.2e", 0.000123)
puts format("%s is %d years", "Tom", 30)
puts format("%-10s|%10s|", "left", "right")
puts format("%p %p", "str", :sym)
puts format("%p", [1, "a", nil])
puts format("100%%")
puts format("%3s|%-3s|", "abcd", "ab")
puts format("%.3s", "abcdef")
puts "%d + %d = %d" % [1, 2, 3]
puts "%.1f%%" % 99.5
puts "%s" % nil.inspect
puts "%s" % [[1, 2]]
puts "%5.1f" % -2.345
printf("%d items at %.2f each\n", 3, 1.5)
printf("%-6s%6s\n", "name", "qty")
[["apple", 3, 0.5], ["banana", 12, 0.25], ["cherry", 100, 2.0]].each do |name, qty, price|
  printf("%-8s %4d %8.2f\n", name, qty, qty * price)
end
puts format("%d", 3.99)
puts format("%f", 1)
puts format("%s", 1.0)
puts format("%010.4f", Math::PI)
puts format("%d", 2**70)
