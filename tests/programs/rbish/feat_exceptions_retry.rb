# retry, ensure ordering across nested calls, exceptions through blocks.
class FlakyService
  attr_reader :calls

  def initialize(failures)
    @failures = failures
    @calls = 0
  end

  def fetch
    @calls += 1
    raise IOError, "attempt #{@calls} failed" if @calls <= @failures
    "data after #{@calls} calls"
  end
end

def fetch_with_retry(service, max_attempts)
  attempts = 0
  begin
    attempts += 1
    service.fetch
  rescue IOError => e
    puts "  #{e.message}"
    retry if attempts < max_attempts
    "gave up after #{attempts}"
  end
end
puts fetch_with_retry(FlakyService.new(2), 5)
puts fetch_with_retry(FlakyService.new(10), 3)

def level3
  puts "level3 start"
  raise KeyError, "deep problem"
ensure
  puts "level3 ensure"
end

def level2
  puts "level2 start"
  level3
  puts "level2 never"
ensure
  puts "level2 ensure"
end

def level1
  level2
rescue KeyError => e
  puts "level1 rescued: #{e.message}"
  :recovered
ensure
  puts "level1 ensure"
end
p level1

log = []
begin
  [1, 2, 3, 4].each do |n|
    log << "visit #{n}"
    raise RangeError, "too big: #{n}" if n > 2
  end
rescue RangeError => e
  log << "caught #{e.message}"
ensure
  log << "cleanup"
end
puts log

def transaction
  puts "BEGIN"
  yield
  puts "COMMIT"
rescue => e
  puts "ROLLBACK (#{e.message})"
  raise
ensure
  puts "END"
end
begin
  transaction { puts "work ok" }
  transaction { raise "work failed" }
rescue => e
  puts "outer saw: #{e.class}: #{e.message}"
end

def count_down(n)
  raise ArgumentError, "bottom reached" if n.zero?
  count_down(n - 1)
ensure
  print n, " "
end
begin
  count_down(4)
rescue ArgumentError => e
  puts
  puts e.message
end

class RetryableError < StandardError
  attr_reader :attempt

  def initialize(attempt)
    @attempt = attempt
    super("retryable at #{attempt}")
  end
end
tries = 0
result = begin
  tries += 1
  raise RetryableError.new(tries) if tries < 3
  "succeeded on try #{tries}"
rescue RetryableError => e
  puts e.message
  retry
end
puts result
value = begin
  Integer("oops")
rescue ArgumentError
  0
ensure
  puts "conversion attempted"
end
p value
def safe_div(a, b)
  a / b
rescue ZeroDivisionError
  Float::INFINITY
end
p safe_div(10, 2), safe_div(1, 0), safe_div(1.0, 0)
e = StandardError.new
p e.message
p ArgumentError.new.message
