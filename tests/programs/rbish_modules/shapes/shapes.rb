# Shape classes; loads its own helper.
require_relative "util"

module Shapes
  class Shape
    include Comparable

    def <=>(other)
      area <=> other.area
    end

    def to_s
      "#{self.class.name.split('::').last}(area=#{Util.fmt(area)}, perimeter=#{Util.fmt(perimeter)})"
    end
  end

  class Circle < Shape
    def initialize(r)
      @r = r
    end

    def area
      Math::PI * @r**2
    end

    def perimeter
      2 * Math::PI * @r
    end
  end

  class Rectangle < Shape
    def initialize(w, h)
      @w = w
      @h = h
    end

    def area
      @w * @h
    end

    def perimeter
      2 * (@w + @h)
    end
  end

  class Square < Rectangle
    def initialize(side)
      super(side, side)
    end
  end

  REGISTRY = { "circle" => Circle, "rect" => Rectangle, "square" => Square }.freeze

  def self.build(spec)
    kind, *args = spec.split(":")
    REGISTRY.fetch(kind).new(*args.map(&:to_f))
  end
end
