# Bank-account simulation with custom exceptions, transfers and an audit log.
class BankError < StandardError; end

class InsufficientFunds < BankError
  attr_reader :needed

  def initialize(account, amount)
    @needed = amount - account.balance
    super("#{account.id}: insufficient funds (short by #{@needed})")
  end
end

class AccountFrozen < BankError
  def initialize(account)
    super("#{account.id} is frozen")
  end
end

class InvalidAmount < BankError; end

class Account
  attr_reader :id, :owner, :balance, :history

  def initialize(id, owner, balance = 0)
    @id = id
    @owner = owner
    @balance = balance
    @frozen = false
    @history = []
  end

  def freeze!
    @frozen = true
  end

  def thaw!
    @frozen = false
  end

  def deposit(amount)
    validate!(amount)
    @balance += amount
    @history << "+#{amount}"
    @balance
  end

  def withdraw(amount)
    validate!(amount)
    raise InsufficientFunds.new(self, amount) if amount > @balance
    @balance -= amount
    @history << "-#{amount}"
    @balance
  end

  def to_s
    format("%-6s %-8s %8.2f%s", id, owner, balance / 100.0, @frozen ? " (frozen)" : "")
  end

  private

  def validate!(amount)
    raise AccountFrozen, self if @frozen
    raise InvalidAmount, "amount must be a positive Integer, got #{amount.inspect}" unless amount.is_a?(Integer) && amount > 0
  end
end

class Savings < Account
  RATE_PERCENT = 2

  def add_interest
    interest = balance * RATE_PERCENT / 100
    deposit(interest) if interest > 0
    interest
  end
end

class Bank
  attr_reader :log

  def initialize
    @accounts = {}
    @log = []
  end

  def open(klass, id, owner, balance = 0)
    @accounts[id] = klass.new(id, owner, balance)
  end

  def [](id)
    @accounts.fetch(id) { raise BankError, "no such account #{id}" }
  end

  def transfer(from_id, to_id, amount)
    from = self[from_id]
    to = self[to_id]
    from.withdraw(amount)
    begin
      to.deposit(amount)
    rescue BankError
      from.deposit(amount)
      raise
    end
    @log << "OK   transfer #{amount} #{from_id}->#{to_id}"
    true
  rescue InsufficientFunds => e
    @log << "FAIL #{e.message} [needed #{e.needed}]"
    false
  rescue BankError => e
    @log << "FAIL #{e.class.name}: #{e.message}"
    false
  ensure
    @log << "     audit #{total}"
  end

  def total
    @accounts.values.sum(&:balance)
  end

  def report
    @accounts.values.sort_by { |a| -a.balance }.each { |a| puts a }
  end
end

bank = Bank.new
bank.open(Account, "A1", "alice", 50_000)
bank.open(Account, "B2", "bob", 12_000)
bank.open(Savings, "S3", "carol", 100_000)
bank.transfer("A1", "B2", 5_000)
bank.transfer("B2", "A1", 99_999)
bank.transfer("A1", "ZZ", 1)
bank.transfer("A1", "B2", -10)
bank.transfer("A1", "B2", 2.5)
bank["B2"].freeze!
bank.transfer("A1", "B2", 1_000)
bank["B2"].thaw!
bank.transfer("S3", "B2", 30_000)
3.times { |i| puts "interest year #{i + 1}: #{bank['S3'].add_interest}" }
puts bank.log
bank.report
p bank["A1"].history, bank["B2"].history, bank["S3"].history
p bank.total
p Savings.ancestors.take_while { |c| c != Object }
p InsufficientFunds.ancestors.take(3)
