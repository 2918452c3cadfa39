# $! (the exception being handled): set in a rescue clause, and in an ensure
# clause an exception runs; restored however the clause is left.
def show(where) = puts("#{where}: #{$!.inspect}")

begin
  raise "a"
rescue
  show "rescue"
end
show "after rescue"

def raises_from_rescue
  begin
    raise "inner"
  rescue
    raise ArgumentError, "from rescue"
  end
end
begin
  raises_from_rescue
rescue ArgumentError => e
  show "outer rescue"
  puts "cause: #{e.cause.inspect}"
end
show "after a rescue that raised"

def returns_from_rescue
  raise "r"
rescue
  return :returned
end
p returns_from_rescue
show "after return from rescue"

[1, 2].each do |i|
  begin
    raise "in block #{i}"
  rescue
    next if i == 1
    break
  end
end
show "after next/break from rescue"

3.times do |i|
  begin
    raise IndexError, "loop #{i}"
  rescue IndexError
    show "loop #{i}"
  end
end
show "after loop"

begin
  begin
    raise "through ensure"
  ensure
    show "ensure on the way out"
  end
rescue
  show "caught"
end
show "after ensure"

begin
  show "ensure without exception: before"
ensure
  show "ensure without exception"
end

attempts = 0
begin
  attempts += 1
  raise "retry me" if attempts < 3
  show "after retries"
rescue
  show "retrying #{attempts}"
  retry
end
show "after retry"

x = (raise "y" rescue $!.message)
p x
show "after modifier"

begin
  raise "outer"
rescue
  begin
    raise "nested"
  rescue
    show "nested"
  end
  show "back in outer"
end
show "end"

def ensure_raises
  begin
    raise "first"
  ensure
    raise "second" if $!.message == "first"
  end
end
begin
  ensure_raises
rescue => e
  show "from ensure"
end
show "done"

r = catch(:tag) do
  begin
    throw :tag, 5
  ensure
    show "ensure under throw"
  end
end
p r
