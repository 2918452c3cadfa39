# raise with an exception class and a message, from a method called in a loop.
def lookup(table, key)
  raise ArgumentError, "unknown key #{key.inspect}" unless table.key?(key)
  table[key]
end

table = { a: 1, b: 2 }
%i[a b c].each { |k| puts lookup(table, k) }
