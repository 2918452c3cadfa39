class Item
  attr_reader :sku, :name, :price
  attr_accessor :qty

  def initialize(sku, name, price, qty)
    @sku = sku
    @name = name
    @price = price
    @qty = qty
  end

  def value
    price * qty
  end

  def to_s
    format("%-6s %-10s %6.2f x %3d = %8.2f", sku, name, price, qty, value)
  end
end
