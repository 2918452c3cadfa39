# A doubly linked list with Enumerable, used to build an LRU cache.
class ListNode
  attr_accessor :key, :value, :prev, :next_node

  def initialize(key, value)
    @key = key
    @value = value
  end
end

class LinkedList
  include Enumerable
  attr_reader :size

  def initialize
    @head = nil
    @tail = nil
    @size = 0
  end

  def push_front(node)
    node.prev = nil
    node.next_node = @head
    @head.prev = node if @head
    @head = node
    @tail ||= node
    @size += 1
    node
  end

  def remove(node)
    if node.prev
      node.prev.next_node = node.next_node
    else
      @head = node.next_node
    end
    if node.next_node
      node.next_node.prev = node.prev
    else
      @tail = node.prev
    end
    node.prev = node.next_node = nil
    @size -= 1
    node
  end

  def pop_back
    @tail && remove(@tail)
  end

  def each
    node = @head
    while node
      yield node
      node = node.next_node
    end
  end

  def to_s
    "(" + map { |n| "#{n.key}:#{n.value}" }.join(" <-> ") + ")"
  end
end

class LRUCache
  attr_reader :hits, :misses, :evicted

  def initialize(capacity)
    @capacity = capacity
    @map = {}
    @list = LinkedList.new
    @hits = 0
    @misses = 0
    @evicted = []
  end

  def get(key)
    node = @map[key]
    if node.nil?
      @misses += 1
      return nil
    end
    @hits += 1
    @list.push_front(@list.remove(node))
    node.value
  end

  def put(key, value)
    if (node = @map[key])
      node.value = value
      @list.push_front(@list.remove(node))
    else
      if @list.size >= @capacity
        old = @list.pop_back
        @map.delete(old.key)
        @evicted << old.key
      end
      @map[key] = @list.push_front(ListNode.new(key, value))
    end
    self
  end

  def fetch(key)
    value = get(key)
    return value unless value.nil?
    value = yield(key)
    put(key, value)
    value
  end

  def to_s
    @list.to_s
  end
end

list = LinkedList.new
nodes = (1..5).map { |i| list.push_front(ListNode.new("k#{i}", i * i)) }
puts list, list.size
list.remove(nodes[2])
list.remove(nodes[0])
puts list
p list.map(&:value), list.select { |n| n.value > 10 }.map(&:key), list.sum(&:value), list.first.key
p list.pop_back.key, list.size, list.to_s

cache = LRUCache.new(3)
cache.put(:a, 1).put(:b, 2).put(:c, 3)
puts cache
p cache.get(:a), cache.get(:z)
cache.put(:d, 4)
puts cache
cache.put(:b, 20)
cache.put(:e, 5)
puts cache
p cache.evicted, cache.hits, cache.misses

fib_cache = LRUCache.new(100)
fib = lambda do |n|
  n < 2 ? n : fib_cache.fetch(n) { fib.(n - 1) + fib.(n - 2) }
end
p fib.(80), fib_cache.hits, fib_cache.misses
squares = LRUCache.new(4)
computed = []
[1, 2, 3, 1, 4, 5, 1, 2, 6, 1].each do |k|
  squares.fetch(k) { |key| computed << key; key * key }
end
p computed, squares.evicted, squares.to_s
