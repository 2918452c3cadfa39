# Calling a method on nil (a missing hash entry).
config = { "name" => "demo" }
puts config["name"].upcase
puts config["title"].foo
