# Hashes: literals, access, iteration in insertion order, update.
ages = { "alice" => 30, "bob" => 25 }
ages["carol"] = 35
p ages
p ages["bob"], ages["nobody"], ages.fetch("alice"), ages.fetch("zed", 0)
p ages.fetch("zed") { |k| k.length }
begin
  ages.fetch("zed")
rescue KeyError => e
  puts "KeyError: #{e.message}"
end
p ages.key?("bob"), ages.has_key?("x"), ages.include?("carol"), ages.value?(35)
p ages.keys, ages.values, ages.size, ages.length, ages.empty?
ages.each { |name, age| puts "#{name} is #{age}" }
ages.each_pair { |name, age| print name, "=", age, ";" }
puts
p ages.map { |k, v| "#{k}:#{v}" }
p ages.select { |_, v| v > 28 }, ages.reject { |_, v| v > 28 }
p ages.min_by { |_, v| v }, ages.max_by { |_, v| v }
p ages.sort_by { |_, v| v }, ages.sort_by { |k, _| k }.reverse
p ages.to_a, ages.sum { |_, v| v }, ages.count { |_, v| v.odd? }
p ages.delete("bob"), ages.delete("missing"), ages
ages["alice"] += 1
p ages
opts = { color: "red", size: 3 }
p opts, opts[:color], opts.keys
merged = opts.merge({ size: 5, weight: 1.5 })
p merged, opts
p opts.merge(size: 10) { |key, old, new| old + new }
p({ a: 1 }.merge({ b: 2 }, { c: 3 }))
p opts.transform_values { |v| v.to_s * 2 }
p opts.transform_keys(&:to_s)
p opts.to_a.transpose
p opts.any? { |k, v| v == 3 }, opts.all? { |k, v| k.is_a?(Symbol) }
p opts.find { |k, v| v == 3 }
p opts.each_with_object({}) { |(k, v), h| h[v] = k }
p opts.invert, opts.key(3)
p opts.group_by { |k, v| v.class }
p opts.partition { |k, v| v.is_a?(String) }
p opts.sort_by { |k, v| k.to_s }.to_h
p opts.dig(:color), { a: { b: { c: 42 } } }.dig(:a, :b, :c)
p [["x", 1], ["y", 2]].to_h
mixed = { 1 => "int", "1" => "str", :one => "sym", [1, 2] => "array", nil => "nil", 1.5 => "float" }
p mixed
p mixed[[1, 2]], mixed[nil], mixed[1.5]
h = {}
h[:z] = 1
h[:a] = 2
h[:m] = 3
h.delete(:a)
h[:a] = 4
p h, h.keys
h.store(:q, 9)
p h.first, h.first(2)
p h.min_by { |k, v| v }
p h.sum { |k, v| v }
p h.filter_map { |k, v| k if v > 2 }
p h.count, h.to_a.last
p h.sort.to_h
p h == { z: 1, m: 3, a: 4, q: 9 }
p h.reduce(0) { |s, (k, v)| s + v }
h.clear
p h
