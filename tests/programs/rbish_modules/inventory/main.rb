require_relative "lib/store"

store = Store.new
store.add("A-1", "hammer", 12.5, 10)
     .add("B-2", "nails", 0.05, 2000)
     .add("C-3", "saw", 24.99, 3)
store.each { |item| puts item }
revenue = 0.0
[["A-1", 3], ["C-3", 2], ["C-3", 2], ["B-2", 500], ["Z-9", 1]].each do |sku, n|
  begin
    amount = store.sell(sku, n)
    revenue += amount
    puts format("sold %d of %s for %.2f", n, sku, amount)
  rescue OutOfStock => e
    puts "cannot sell #{sku}: #{e.message}"
  rescue KeyError
    puts "no such sku #{sku}"
  end
end
puts format("revenue: %.2f", revenue)
puts "sales: #{store.sales_report}"
puts format("stock value: %.2f", store.sum(&:value))
p store.map(&:qty), store.min_by(&:value).name, store.sort_by(&:name).map(&:sku)
p OutOfStock.superclass, store.count, store.include?(nil)
