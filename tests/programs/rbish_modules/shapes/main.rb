require_relative "shapes"
require_relative "util"
require_relative "shapes"

puts Util.banner("Shapes")
specs = %w[circle:1 rect:2:3 square:2.5 circle:0.5 rect:10:0.1]
shapes = specs.map { |s| Shapes.build(s) }
shapes.each { |s| puts s }
puts "largest: #{shapes.max}"
puts "smallest: #{shapes.min}"
puts "sorted: #{shapes.sort.map { |s| Util.fmt(s.area) }.join(' ')}"
puts "total area: #{Util.fmt(shapes.sum(&:area))}"
begin
  Shapes.build("hexagon:1")
rescue KeyError => e
  puts "unknown shape: #{e.message}"
end
p Shapes::Square.ancestors.take(4)
p Util::PRECISION, Shapes::REGISTRY.keys
