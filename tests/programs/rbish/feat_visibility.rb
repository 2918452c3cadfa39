# private and protected methods; self receivers; errors on violation.
class BankAccount
  attr_reader :owner

  def initialize(owner, balance)
    @owner = owner
    @balance = balance
  end

  def richer_than?(other)
    balance > other.balance
  end

  def transfer_to(other, amount)
    check_amount!(amount)
    @balance -= amount
    other.receive(amount)
    "#{owner} -> #{other.owner}: #{amount}"
  end

  def summary
    "#{owner}: #{format_money(balance)}"
  end

  protected

  attr_reader :balance

  def receive(amount)
    @balance += amount
  end

  private

  def check_amount!(amount)
    raise ArgumentError, "amount must be positive" unless amount.positive?
    raise ArgumentError, "insufficient funds" if amount > @balance
  end

  def format_money(cents)
    format("$%d.%02d", cents / 100, cents % 100)
  end
end

a = BankAccount.new("ann", 10_050)
b = BankAccount.new("ben", 2_500)
puts a.summary, b.summary
p a.richer_than?(b), b.richer_than?(a)
puts a.transfer_to(b, 1_999)
puts a.summary, b.summary
[-5, 1_000_000].each do |amt|
  begin
    a.transfer_to(b, amt)
  rescue ArgumentError => e
    puts "rejected #{amt}: #{e.message}"
  end
end
[:balance, :receive, :format_money, :check_amount!].each do |m|
  begin
    args = m == :balance ? [] : [1]
    a.public_send(m, *args)
    puts "#{m} allowed"
  rescue NoMethodError => e
    kind = e.message.start_with?("protected") ? "protected" : "private"
    puts "#{m}: #{kind} method refused"
  end
end
p a.respond_to?(:summary), a.respond_to?(:balance), a.respond_to?(:format_money)
p a.send(:format_money, 12_345)

class Helper
  def run
    [step_one, self.step_two, step_three]
  end

  private

  def step_one
    "one"
  end

  def step_two
    "two"
  end

  public

  def step_three
    "three"
  end
end
p Helper.new.run, Helper.new.step_three

class Secretive
  def visible
    "visible uses #{hidden}"
  end

  def hidden
    "the hidden one"
  end
  private :hidden

  def self.build
    new
  end
end
p Secretive.build.visible
begin
  Secretive.build.hidden
rescue NoMethodError
  puts "hidden is private"
end
