# Inheritance, super with and without arguments, method overriding.
class Animal
  attr_reader :name, :legs

  def initialize(name, legs = 4)
    @name = name
    @legs = legs
  end

  def speak
    "..."
  end

  def describe
    "#{name} (#{self.class.name.downcase}) says #{speak} on #{legs} legs"
  end

  def to_s
    "Animal(#{name})"
  end
end

class Dog < Animal
  def initialize(name, breed)
    super(name)
    @breed = breed
  end

  def speak
    "Woof"
  end

  def describe
    super + " [#{@breed}]"
  end
end

class Bird < Animal
  def initialize(name)
    super(name, 2)
  end

  def speak
    "Tweet"
  end
end

class Parrot < Bird
  def initialize(name, phrase)
    super(name)
    @phrase = phrase
  end

  def speak
    "#{super}! #{@phrase}"
  end

  def to_s
    "Parrot<" + super + ">"
  end
end

class Cat < Animal
  def speak
    "Meow"
  end
end

animals = [Dog.new("Rex", "collie"), Bird.new("Tweety"), Parrot.new("Polly", "Hello"), Cat.new("Tom"), Animal.new("Thing", 6)]
animals.each { |a| puts a.describe }
animals.each { |a| puts a }
p Parrot.superclass, Parrot.superclass.superclass, Dog.superclass.superclass
p Parrot.ancestors.take(4)
p animals.map { |a| a.is_a?(Bird) }
p animals.map { |a| a.kind_of?(Animal) }
p animals.map { |a| a.instance_of?(Bird) }
p Parrot < Animal, Dog <= Dog, Animal > Cat

class Shape
  def area
    raise NotImplementedError, "#{self.class.name} must implement area"
  end

  def <=>(other)
    area <=> other.area
  end
  include Comparable

  def to_s
    format("%s(%.2f)", self.class.name, area)
  end
end

class Circle < Shape
  def initialize(r)
    @r = r
  end

  def area
    3.14159 * @r * @r
  end
end

class Rect < Shape
  def initialize(w, h)
    @w, @h = w, h
  end

  def area
    @w * @h
  end
end

class Square < Rect
  def initialize(s)
    super(s, s)
  end
end

shapes = [Circle.new(1), Rect.new(2, 3), Square.new(2), Circle.new(0.5)]
puts shapes.sort.map(&:to_s).join(" < ")
puts shapes.max, shapes.min
p Square.new(3) > Rect.new(2, 4)
begin
  Shape.new.area
rescue NotImplementedError => e
  puts "#{e.class}: #{e.message}"
end

class Base
  def greet(name = "world", punct = "!")
    "Hello, #{name}#{punct}"
  end
end
class Loud < Base
  def greet(name = "WORLD", punct = "!!")
    super.upcase
  end
end
class Quiet < Base
  def greet(name)
    super(name, ".").downcase
  end
end
class Plain < Base
  def greet(*_args)
    super()
  end
end
puts Loud.new.greet, Loud.new.greet("bob"), Quiet.new.greet("Ann"), Plain.new.greet("ignored")
