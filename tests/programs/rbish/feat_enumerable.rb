# Including Enumerable (via each) and Comparable (via <=>) in own classes.
class NumberList
  include Enumerable

  def initialize(*items)
    @items = items
  end

  def each
    @items.each { |i| yield i }
    self
  end

  def <<(item)
    @items << item
    self
  end
end

list = NumberList.new(5, 3, 9, 1, 7)
list << 4
p list.to_a, list.sort, list.map { |x| x * 10 }, list.select(&:odd?)
p list.min, list.max, list.sum, list.count, list.first, list.first(2)
p list.include?(9), list.find { |x| x > 5 }, list.reduce(:+), list.inject { |a, b| a * b }
p list.sort_by { |x| -x }, list.min_by { |x| (x - 6).abs }, list.max_by { |x| x % 5 }
p list.each_slice(2).to_a, list.each_with_index.to_a.last, list.partition(&:even?)
p list.group_by(&:odd?), list.tally, list.to_a.reverse, list.reject { |x| x < 4 }
p list.each_with_object([]) { |x, acc| acc << x if x > 3 }, list.zip(list.map(&:to_s)).first
p list.any? { |x| x > 8 }, list.all?(&:positive?), list.none?(&:zero?), list.minmax
p list.sort.each_cons(2).map { |a, b| b - a }, list.uniq.size, list.entries.size

class Node
  include Comparable
  attr_reader :value, :children

  def initialize(value, children = [])
    @value = value
    @children = children
  end

  def <=>(other)
    value <=> other.value
  end

  def to_s
    "N#{value}"
  end
end

class Tree
  include Enumerable

  def initialize(root)
    @root = root
  end

  def each(&block)
    walk(@root, &block)
  end

  private

  def walk(node, &block)
    block.call(node)
    node.children.each { |c| walk(c, &block) }
  end
end

tree = Tree.new(Node.new(1, [Node.new(2, [Node.new(4), Node.new(5)]), Node.new(3, [Node.new(6)])]))
puts tree.map(&:to_s).join(" ")
p tree.count, tree.map(&:value).sum, tree.max.to_s, tree.min.to_s, tree.sort.reverse.map(&:value)
p tree.select { |n| n.children.empty? }.map(&:value)
p tree.find { |n| n.value > 3 }.to_s
p tree.sort_by { |n| -n.value }.first.value
p Node.new(3) > Node.new(2), Node.new(3) == Node.new(3), Node.new(1).between?(Node.new(0), Node.new(2))
p Node.new(9).clamp(Node.new(1), Node.new(5)).value
p [Node.new(3), Node.new(1), Node.new(2)].sort.map(&:to_s), [Node.new(3), Node.new(8)].max.value

class Countdown
  include Enumerable

  def initialize(from)
    @from = from
  end

  def each
    n = @from
    while n > 0
      yield n
      n -= 1
    end
  end
end
p Countdown.new(5).to_a, Countdown.new(10).select(&:even?), Countdown.new(4).map { |x| x * x }
p Countdown.new(6).each_slice(4).map(&:sum), Countdown.new(3).sort, Countdown.new(5).reduce(1, :*)
p Countdown.new(5).each_with_index.map { |x, i| x * i }
p Countdown.new(4).take(2)
