# if/elsif/else, unless, ternary, case/when in all its forms, modifiers.
def classify(n)
  if n < 0
    "negative"
  elsif n == 0
    "zero"
  elsif n.between?(1, 9)
    "small"
  else
    "large"
  end
end
[-3, 0, 5, 42].each { |n| puts "#{n}: #{classify(n)}" }

def describe(x)
  case x
  when Integer then "integer #{x}"
  when Float then "float #{x}"
  when String, Symbol then "text #{x}"
  when nil then "nothing"
  when Array then "array of #{x.size}"
  when Hash then "hash with #{x.keys.join(',')}"
  else "something else"
  end
end
[1, 2.5, "hi", :sym, nil, [1, 2], { a: 1 }, true].each { |v| puts describe(v) }

def fizzbuzz(n)
  case
  when n % 15 == 0 then "FizzBuzz"
  when n % 3 == 0 then "Fizz"
  when n % 5 == 0 then "Buzz"
  else n.to_s
  end
end
puts (1..15).map { |n| fizzbuzz(n) }.join(" ")

def weekday_type(day)
  case day
  when :sat, :sun
    "weekend"
  when :mon, :tue, :wed, :thu, :fri
    "weekday"
  else
    "unknown"
  end
end
p %i[mon sat sun fri xyz].map { |d| weekday_type(d) }

even = ->(n) { n.even? }
big = ->(n) { n > 100 }
def lambda_case(n, even, big)
  case n
  when big then "big"
  when even then "even"
  else "odd"
  end
end
p [3, 4, 200, 101].map { |n| lambda_case(n, even, big) }

def bmi_category(bmi)
  case bmi
  when 0...18.5 then "under"
  when 18.5...25 then "normal"
  when 25...30 then "over"
  else "obese"
  end
end
p [17.0, 18.5, 24.9, 27.3, 31.0].map { |b| bmi_category(b) }

x = 7
puts "x is odd" if x.odd?
puts "x is not even" unless x.even?
puts x > 5 ? "big x" : "small x"
unless x == 7
  puts "not seven"
else
  puts "seven"
end
status = if x > 3 then "over three" else "at most three" end
puts status
label = case x when 1..5 then "low" when 6..10 then "mid" else "high" end
puts label
result = (x > 0 and x < 10)
p result
p (not true), (true && !false)
value = nil
value = 5 if value.nil?
p value
p(if false then 1 end)
p [1, 2, 3].map { |v| v.odd? ? :odd : :even }
n = 15
msg = if n % 3 == 0 && n % 5 == 0
        "both"
      elsif n % 3 == 0 || n % 5 == 0
        "one"
      end
p msg
grade = 83
letter =
  if grade >= 90 then "A"
  elsif grade >= 80 then "B"
  else "C"
  end
p letter
