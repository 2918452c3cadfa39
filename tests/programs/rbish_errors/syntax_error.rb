# A missing `end`: CRuby reports a syntax error and runs nothing.
puts "never printed"

def broken(x)
  if x > 1
    puts "big"
end
