# A Richards-like operating-system task scheduler simulation.
class Packet
  attr_accessor :link, :id, :kind, :datum, :data

  def initialize(link, id, kind)
    @link = link
    @id = id
    @kind = kind
    @datum = 0
    @data = Array.new(4, 0)
  end

  def append_to(queue)
    @link = nil
    return self if queue.nil?
    tail = queue
    tail = tail.link while tail.link
    tail.link = self
    queue
  end
end

class Task
  attr_accessor :link, :id, :priority, :queue, :held, :waiting, :scheduler

  def initialize(scheduler, id, priority, queue)
    @scheduler = scheduler
    @id = id
    @priority = priority
    @queue = queue
    @pending = !queue.nil?
    @waiting = !queue.nil? || is_a?(DeviceTask)
    @held = false
    @link = scheduler.list
    scheduler.list = self
  end

  def held_or_suspended?
    @held || (!@pending && @waiting)
  end

  def waiting_with_packet?
    @pending && @waiting && !@held
  end

  def check_priority_add(task, packet)
    if @queue.nil?
      @queue = packet
      @pending = true
      return self if @priority > task.priority
    else
      @queue = packet.append_to(@queue)
    end
    task
  end

  def take_packet
    packet = @queue
    @queue = packet.link
    @pending = !@queue.nil?
    @waiting = false
    packet
  end
end

class IdleTask < Task
  def initialize(scheduler, id, priority, queue, count)
    super(scheduler, id, priority, queue)
    @v1 = 1
    @count = count
  end

  def run(_packet)
    @count -= 1
    return scheduler.hold_self if @count.zero?
    if (@v1 & 1).zero?
      @v1 >>= 1
      scheduler.release(:device_a)
    else
      @v1 = (@v1 >> 1) ^ 0xD008
      scheduler.release(:device_b)
    end
  end
end

class WorkTask < Task
  def initialize(scheduler, id, priority, queue)
    super
    @destination = :handler_a
    @count = 0
  end

  def run(packet)
    return scheduler.wait_self if packet.nil?
    @destination = @destination == :handler_a ? :handler_b : :handler_a
    packet.id = @destination
    packet.datum = 0
    4.times do |i|
      @count += 1
      @count = 1 if @count > 26
      packet.data[i] = @count
    end
    scheduler.queue_packet(packet)
  end
end

class DeviceTask < Task
  def run(packet)
    if packet.nil?
      return scheduler.wait_self if @stored.nil?
      p2 = @stored
      @stored = nil
      scheduler.queue_packet(p2)
    else
      @stored = packet
      scheduler.hold_self
    end
  end
end

class HandlerTask < Task
  def run(packet)
    if packet
      if packet.kind == :work
        @work = packet.append_to(@work)
      else
        @devices = packet.append_to(@devices)
      end
    end
    if @work
      count = @work.datum
      if count < 4
        if @devices
          dev = @devices
          @devices = dev.link
          dev.datum = @work.data[count]
          @work.datum = count + 1
          return scheduler.queue_packet(dev)
        end
      else
        w = @work
        @work = w.link
        return scheduler.queue_packet(w)
      end
    end
    scheduler.wait_self
  end
end

class Scheduler
  attr_accessor :list
  attr_reader :queue_count, :hold_count

  def initialize
    @tasks = {}
    @list = nil
    @queue_count = 0
    @hold_count = 0
  end

  def add(klass, id, priority, queue, *extra)
    @tasks[id] = klass.new(self, id, priority, queue, *extra)
  end

  def schedule
    @current = @list
    trace = []
    until @current.nil?
      if @current.held_or_suspended?
        @current = @current.link
      else
        trace << @current.id.to_s[0, 2] if trace.size < 16
        packet = @current.waiting_with_packet? ? @current.take_packet : nil
        @current = @current.run(packet)
      end
    end
    trace
  end

  def release(id)
    task = @tasks[id]
    task.held = false
    task.priority > @current.priority ? task : @current
  end

  def hold_self
    @hold_count += 1
    @current.held = true
    @current.link
  end

  def wait_self
    @current.waiting = true
    @current
  end

  def queue_packet(packet)
    task = @tasks[packet.id]
    @queue_count += 1
    packet.link = nil
    packet.id = @current.id
    task.check_priority_add(@current, packet)
  end
end

s = Scheduler.new
s.add(IdleTask, :idle, 0, nil, 300)
wq = Packet.new(Packet.new(nil, :worker, :work), :worker, :work)
s.add(WorkTask, :worker, 1000, wq)
hq = Packet.new(Packet.new(Packet.new(nil, :device_a, :device), :device_a, :device), :device_a, :device)
s.add(HandlerTask, :handler_a, 2000, hq)
hq = Packet.new(Packet.new(Packet.new(nil, :device_b, :device), :device_b, :device), :device_b, :device)
s.add(HandlerTask, :handler_b, 3000, hq)
s.add(DeviceTask, :device_a, 4000, nil)
s.add(DeviceTask, :device_b, 5000, nil)
trace = s.schedule
puts "trace start: #{trace.join(' ')}"
puts "queue count = #{s.queue_count}"
puts "hold count = #{s.hold_count}"
