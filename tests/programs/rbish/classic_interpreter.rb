# A small stack-machine interpreter and a Brainf*ck interpreter.
class StackVM
  class VMError < StandardError; end

  attr_reader :output

  def initialize(program)
    @program = program.map { |line| line.split }
    @labels = {}
    @program.each_with_index { |(op, arg), i| @labels[arg] = i if op == "label" }
    @stack = []
    @vars = Hash.new(0)
    @output = []
    @steps = 0
  end

  def run(limit = 10_000)
    pc = 0
    while pc < @program.size
      @steps += 1
      raise VMError, "step limit exceeded" if @steps > limit
      op, arg = @program[pc]
      pc += 1
      case op
      when "push" then @stack.push(Integer(arg))
      when "load" then @stack.push(@vars[arg])
      when "store" then @vars[arg] = pop
      when "add", "sub", "mul", "div", "mod", "lt", "eq"
        b = pop
        a = pop
        @stack.push(binary(op, a, b))
      when "dup" then @stack.push(@stack.last)
      when "print" then @output << pop.to_s
      when "jmp" then pc = target(arg)
      when "jz" then pc = target(arg) if pop.zero?
      when "label" then nil
      when "halt" then break
      else raise VMError, "unknown op #{op.inspect} at #{pc - 1}"
      end
    end
    self
  end

  def steps
    @steps
  end

  private

  def binary(op, a, b)
    case op
    when "add" then a + b
    when "sub" then a - b
    when "mul" then a * b
    when "div"
      raise VMError, "division by zero" if b.zero?
      a / b
    when "mod" then a % b
    when "lt" then a < b ? 1 : 0
    when "eq" then a == b ? 1 : 0
    end
  end

  def pop
    raise VMError, "stack underflow" if @stack.empty?
    @stack.pop
  end

  def target(label)
    @labels.fetch(label) { raise VMError, "no label #{label}" }
  end
end

factorial_program = <<~ASM.lines.map(&:strip).reject(&:empty?)
  push 1
  store acc
  push 20
  store n
  label loop
  load n
  jz done
  load acc
  load n
  mul
  store acc
  load n
  push 1
  sub
  store n
  jmp loop
  label done
  load acc
  print
ASM
vm = StackVM.new(factorial_program).run
puts "factorial: #{vm.output.join(' ')} in #{vm.steps} steps"

fib_program = ["push 0", "store a", "push 1", "store b", "push 0", "store i",
               "label top", "load i", "push 15", "lt", "jz end", "load a", "print",
               "load a", "load b", "add", "load b", "store a", "store b",
               "load i", "push 1", "add", "store i", "jmp top", "label end"]
puts "fib: #{StackVM.new(fib_program).run.output.join(',')}"

[["push 1", "push 0", "div"], ["pop"], ["add"], ["jmp nowhere"], ["label x", "jmp x"]].each do |prog|
  begin
    StackVM.new(prog).run(50)
  rescue StackVM::VMError => e
    puts "VMError: #{e.message}"
  end
end

def brainfuck(code, input = "")
  tape = Array.new(300, 0)
  ptr = 0
  pc = 0
  out = ""
  inp = input.bytes
  jumps = {}
  stack = []
  code.each_char.with_index do |ch, i|
    if ch == "["
      stack.push(i)
    elsif ch == "]"
      j = stack.pop
      jumps[i] = j
      jumps[j] = i
    end
  end
  while pc < code.length
    case code[pc]
    when ">" then ptr += 1
    when "<" then ptr -= 1
    when "+" then tape[ptr] = (tape[ptr] + 1) % 256
    when "-" then tape[ptr] = (tape[ptr] - 1) % 256
    when "." then out << tape[ptr].chr
    when "," then tape[ptr] = inp.shift || 0
    when "[" then pc = jumps[pc] if tape[ptr].zero?
    when "]" then pc = jumps[pc] unless tape[ptr].zero?
    end
    pc += 1
  end
  out
end

hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print brainfuck(hello)
puts brainfuck(",[.,]", "echo!")
puts brainfuck(",>,<[->+<]>" + "+" * 48 + ".", "\x03\x04")
