# Modules as namespaces, constants, module_function, mixins.
module Geometry
  PI_ISH = 3.14
  ORIGIN = [0, 0].freeze

  module Units
    CM_PER_INCH = 2.54

    def self.to_cm(inches)
      (inches * CM_PER_INCH).round(2)
    end
  end

  class Circle
    attr_reader :r

    def initialize(r)
      @r = r
    end

    def area
      (PI_ISH * r * r).round(3)
    end
  end

  def self.distance(a, b = ORIGIN)
    Math.sqrt((a[0] - b[0])**2 + (a[1] - b[1])**2)
  end
end

p Geometry::PI_ISH, Geometry::ORIGIN, Geometry::Units::CM_PER_INCH
p Geometry::Units.to_cm(10), Geometry.distance([3, 4]), Geometry.distance([1, 1], [4, 5])
p Geometry::Circle.new(2).area, Geometry::Circle.name

module Text
  module_function

  def shout(s)
    s.upcase + "!"
  end

  def whisper(s)
    "(" + s.downcase + ")"
  end
end
p Text.shout("hi"), Text.whisper("QUIET")

module Greeter
  def greet
    "Hello from #{name}"
  end
end

module Loud
  def greet
    super.upcase
  end
end

class Person
  include Greeter
  attr_reader :name

  def initialize(name)
    @name = name
  end
end

class Announcer < Person
  include Loud
end

p Person.new("ann").greet, Announcer.new("bob").greet
p Person.include?(Greeter), Announcer.ancestors.take(4)
p Person.new("x").is_a?(Greeter), Greeter.instance_of?(Module)

module Describable
  def describe
    "#{self.class.name.split('::').last}: #{details}"
  end
end

module Shop
  TAX = 0.25

  class Item
    include Describable
    attr_reader :name, :price

    def initialize(name, price)
      @name = name
      @price = price
    end

    def details
      format("%s at %.2f (%.2f with tax)", name, price, price * (1 + TAX))
    end
  end

  class Cart
    include Enumerable
    include Describable

    def initialize
      @items = []
    end

    def add(item)
      @items << item
      self
    end

    def each(&block)
      @items.each(&block)
    end

    def details
      "#{count} items, total #{format('%.2f', sum(&:price))}"
    end
  end
end

cart = Shop::Cart.new
cart.add(Shop::Item.new("pen", 1.5)).add(Shop::Item.new("book", 12.0))
cart.each { |i| puts i.describe }
puts cart.describe
p cart.map(&:name), cart.max_by(&:price).name
p Shop::TAX, Shop::Item.ancestors.include?(Describable)
module Config
  SETTINGS = { debug: false }
  def self.[](key)
    SETTINGS[key]
  end
end
p Config[:debug], Config::SETTINGS.keys
