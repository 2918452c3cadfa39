# ARGV, Time.now and the monotonic clock (used so output does not depend on them).
p ARGV, ARGV.size, ARGV.empty?, ARGV.first
size = (ARGV[0] || 10).to_i
puts "size = #{size}"
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
total = (1..size * 1000).sum
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
elapsed = t1 - t0
puts "total = #{total}"
puts "elapsed is a Float: #{elapsed.is_a?(Float)}"
puts "elapsed non-negative: #{elapsed >= 0}"
now = Time.now
later = Time.now
puts "time moves forward: #{later >= now}"
puts "year looks sane: #{now.year >= 2020}"
puts "to_f positive: #{now.to_f > 0}"
diff = later - now
puts "difference is numeric: #{diff.is_a?(Numeric)}"
def timed(label)
  start = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  result = yield
  stop = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  ms = ((stop - start) * 1000).round(3)
  puts "#{label}: result=#{result} (timing #{ms >= 0 ? 'ok' : 'bad'})"
  result
end
timed("fib") do
  a, b = 0, 1
  50.times { a, b = b, a + b }
  a
end
timed("sort") { (1..200).map { |i| (i * 7919) % 211 }.sort.first(3) }
args = ARGV.map(&:upcase)
p args
p $PROGRAM_NAME.end_with?("feat_argv_time.rb"), __FILE__.end_with?(".rb")
