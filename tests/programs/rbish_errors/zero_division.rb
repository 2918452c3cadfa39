# Integer division by zero inside a block.
totals = [10, 20, 30]
counts = [2, 5, 0]
totals.zip(counts).each do |total, count|
  puts "average: #{total / count}"
end
