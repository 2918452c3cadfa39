"""An OS-kernel style task scheduler: idle, worker, handler and device tasks
exchanging packets, in the spirit of the Richards benchmark."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = "dev", "work"


class Packet:
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.waiting_packet = False
        self.running = True
        self.suspended = False

    def is_runnable(self):
        return self.running and not self.suspended

    def __repr__(self):
        flags = [n for n, v in (("W", self.waiting_packet), ("R", self.running), ("S", self.suspended)) if v]
        return "".join(flags) or "-"


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.sched = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = TaskState()
        if queue is not None:
            self.state.waiting_packet = True
        scheduler.add(self)

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.state.waiting_packet = self.queue is not None
        return pkt

    def receive(self, pkt):
        if self.queue is None:
            self.queue = pkt
            self.state.waiting_packet = True
            if self.priority > self.sched.current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return self.sched.current

    def ready(self):
        return self.state.waiting_packet or self.state.is_runnable()

    def step(self, pkt):
        raise NotImplementedError(type(self).__name__)


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            pkt.data[i] = self.ALPHA[self.letter]
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        super().__init__(sched, ident, 2000 + ident, queue)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            idx = work.count
            if idx >= 4:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            if self.device_in is not None:
                dev = self.device_in
                self.device_in = dev.link
                dev.data[0] = work.data[idx]
                work.count = idx + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident):
        super().__init__(sched, ident, 4000 + ident, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            p, self.pending = self.pending, None
            return self.sched.queue_packet(p)
        self.pending = pkt
        self.sched.trace(pkt.data[0])
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.traced = []

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def trace(self, ch):
        self.traced.append(ch)

    def hold_self(self):
        self.hold_count += 1
        self.current.state.suspended = True
        return self.next_after(self.current)

    def wait(self):
        self.current.state.running = False
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.state.suspended = False
        t.state.running = True
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        target = self.tasks.get(pkt.dest)
        if target is None:
            raise LookupError(f"no task {pkt.dest}")
        self.queue_count += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return target.receive(pkt)

    def next_after(self, task):
        i = self.order.index(task)
        return self.order[i + 1] if i + 1 < len(self.order) else None

    def run(self):
        self.current = self.order[0]
        steps = 0
        while self.current is not None:
            t = self.current
            if t.state.waiting_packet and not t.state.suspended:
                pkt = t.take_packet()
                t.state.running = True
                self.current = t.step(pkt)
            elif t.state.is_runnable():
                self.current = t.step(None)
            else:
                self.current = self.next_after(t)
            steps += 1
        return steps


def main(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    WorkerTask(s, wq)
    for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(s, ident, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    steps = s.run()
    print("steps", steps, "queued", s.queue_count, "held", s.hold_count)
    print("trace", "".join(s.traced[:40]), len(s.traced))
    print({t.ident: repr(t.state) for t in s.order})
    return s.queue_count, s.hold_count


for n in (10, 100, 300):
    print(n, main(n))
