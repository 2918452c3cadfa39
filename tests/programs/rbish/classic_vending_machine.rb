# A vending-machine state machine with an event log, inventory and change making.
class VendingError < StandardError; end
class SoldOut < VendingError; end
class InvalidCoin < VendingError; end

class VendingMachine
  COINS = [200, 100, 50, 20, 10, 5].freeze
  TRANSITIONS = {
    idle: %i[insert],
    collecting: %i[insert select cancel],
    dispensing: %i[take]
  }.freeze

  attr_reader :state, :credit, :log

  def initialize(products)
    @products = products
    @state = :idle
    @credit = 0
    @log = []
    @bank = Hash.new(0)
    COINS.each { |c| @bank[c] = 5 }
  end

  def handle(event, arg = nil)
    unless TRANSITIONS[@state].include?(event)
      @log << "ignored #{event} in #{@state}"
      return self
    end
    send("on_#{event}", arg)
    self
  rescue VendingError => e
    @log << "#{e.class.name}: #{e.message}"
    self
  end

  def stock_report
    @products.map { |code, (name, price, qty)| format("%s %-8s %4d x%d", code, name, price, qty) }
  end

  private

  def on_insert(coin)
    raise InvalidCoin, "#{coin} is not accepted" unless COINS.include?(coin)
    @bank[coin] += 1
    @credit += coin
    @state = :collecting
    @log << "inserted #{coin}, credit #{@credit}"
  end

  def on_select(code)
    name, price, qty = @products.fetch(code) { raise VendingError, "unknown product #{code}" }
    raise SoldOut, "#{name} is sold out" if qty.zero?
    if @credit < price
      @log << "need #{price - @credit} more for #{name}"
      return
    end
    change = make_change(@credit - price)
    @products[code][2] -= 1
    @log << "vend #{name}, change #{change.empty? ? 'none' : change.join('+')}"
    @credit = 0
    @state = :dispensing
  end

  def on_cancel(_arg)
    refund = make_change(@credit)
    @log << "refund #{refund.join('+')}"
    @credit = 0
    @state = :idle
  end

  def on_take(_arg)
    @log << "product taken"
    @state = :idle
  end

  def make_change(amount)
    coins = []
    COINS.each do |c|
      while amount >= c && @bank[c] > 0
        amount -= c
        @bank[c] -= 1
        coins << c
      end
    end
    raise VendingError, "cannot make change, #{amount} short" unless amount.zero?
    coins
  end
end

machine = VendingMachine.new(
  "A1" => ["cola", 150, 2],
  "A2" => ["water", 90, 1],
  "B1" => ["crisps", 120, 0]
)
script = [
  [:select, "A1"], [:insert, 100], [:select, "A1"], [:insert, 100], [:select, "A1"], [:insert, 5],
  [:take], [:insert, 3], [:insert, 50], [:select, "B1"], [:select, "Z9"], [:insert, 50],
  [:select, "A2"], [:take], [:insert, 200], [:select, "A2"], [:cancel], [:insert, 20],
  [:insert, 200], [:select, "A1"], [:take], [:insert, 10], [:select, "A1"], [:cancel]
]
script.each_with_index do |(event, arg), i|
  machine.handle(event, arg)
  puts format("%2d %-7s %-5s -> %-11s credit=%d", i, event, arg.inspect, machine.state, machine.credit)
end
puts machine.log
puts machine.stock_report
