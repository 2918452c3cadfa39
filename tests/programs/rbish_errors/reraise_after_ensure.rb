# An exception passes through rescue (re-raised) and ensure before escaping.
def risky
  yield
rescue TypeError => e
  puts "logging: #{e.message}"
  raise
ensure
  puts "cleanup done"
end

risky { puts "first ok" }
risky { 1 + "two" }
