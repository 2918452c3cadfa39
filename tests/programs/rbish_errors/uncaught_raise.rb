# An uncaught RuntimeError raised with a plain message.
def check(value)
  raise "value too large: #{value}" if value > 10
  value
end

puts check(3)
puts check(42)
puts "not reached"
