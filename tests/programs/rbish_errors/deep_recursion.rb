# Unbounded recursion: SystemStackError.
def down(n)
  down(n + 1) + 1
end

puts "going down"
down(0)
