# Calling a method with the wrong number of arguments.
def area(width, height)
  width * height
end

puts area(3, 4)
puts area(5)
