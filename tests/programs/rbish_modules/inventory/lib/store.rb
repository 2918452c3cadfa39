require_relative "item"

class OutOfStock < StandardError; end

class Store
  include Enumerable

  def initialize
    @items = {}
    @sales = Hash.new(0)
  end

  def add(sku, name, price, qty)
    @items[sku] = Item.new(sku, name, price, qty)
    self
  end

  def each(&block)
    @items.values.each(&block)
  end

  def sell(sku, n)
    item = @items.fetch(sku)
    raise OutOfStock, "only #{item.qty} #{item.name} left" if item.qty < n
    item.qty -= n
    @sales[sku] += n
    item.price * n
  end

  def sales_report
    @sales.map { |sku, n| "#{@items[sku].name}=#{n}" }.join(", ")
  end
end
