// An ES5-style, prototype-based cooperative scheduler: tasks with
// priorities exchange messages through mailboxes; a round-robin
// scheduler with a ready queue ordered by priority runs them until idle.
function Message(from, to, kind, payload) {
  this.from = from; this.to = to; this.kind = kind; this.payload = payload;
}
Message.prototype.toString = function () {
  return "<" + this.kind + " " + this.from + "->" + this.to + ">";
};

function Task(name, priority) {
  this.name = name;
  this.priority = priority;
  this.mailbox = [];
  this.steps = 0;
  this.state = "ready";
}
Task.prototype.deliver = function (msg) { this.mailbox.push(msg); };
Task.prototype.step = function (sched) { throw new Error("abstract step of " + this.name); };
Task.prototype.describe = function () {
  return this.name + "(p" + this.priority + ", " + this.state + ", " + this.steps + " steps)";
};

function inherit(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  Child.prototype.constructor = Child;
}

function Producer(name, priority, count, target) {
  Task.call(this, name, priority);
  this.remaining = count;
  this.target = target;
  this.seed = 17;
}
inherit(Producer, Task);
Producer.prototype.next = function () {
  this.seed = (this.seed * 1103515245 + 12345) & 0x7fffffff;
  return this.seed % 100;
};
Producer.prototype.step = function (sched) {
  if (this.remaining === 0) return "done";
  this.remaining--;
  sched.send(new Message(this.name, this.target, "work", this.next()));
  return this.remaining % 3 === 0 ? "yield" : "again";
};

function Worker(name, priority, sink) {
  Task.call(this, name, priority);
  this.sink = sink;
  this.total = 0;
}
inherit(Worker, Task);
Worker.prototype.step = function (sched) {
  var msg = this.mailbox.shift();
  if (!msg) return "wait";
  this.total += msg.payload;
  var kind = msg.payload % 2 === 0 ? "even" : "odd";
  sched.send(new Message(this.name, this.sink, kind, msg.payload * 2));
  return "again";
};

function Collector(name, priority) {
  Task.call(this, name, priority);
  this.byKind = {};
  this.log = [];
}
inherit(Collector, Task);
Collector.prototype.step = function (sched) {
  var msg = this.mailbox.shift();
  if (!msg) return "wait";
  this.byKind[msg.kind] = (this.byKind[msg.kind] || 0) + msg.payload;
  if (this.log.length < 4) this.log.push(String(msg));
  return "again";
};

function Scheduler() {
  this.tasks = {};
  this.ready = [];
  this.clock = 0;
  this.switches = 0;
  this.sent = 0;
}
Scheduler.prototype.add = function (task) {
  this.tasks[task.name] = task;
  this.makeReady(task);
  return this;
};
Scheduler.prototype.makeReady = function (task) {
  if (task.state === "queued") return;
  task.state = "queued";
  var i = this.ready.length;
  while (i > 0 && this.ready[i - 1].priority < task.priority) i--;
  this.ready.splice(i, 0, task);
};
Scheduler.prototype.send = function (msg) {
  var target = this.tasks[msg.to];
  if (!target) throw new Error("no task " + msg.to);
  target.deliver(msg);
  this.sent++;
  if (target.state === "waiting") this.makeReady(target);
};
Scheduler.prototype.run = function (limit) {
  while (this.ready.length > 0 && this.clock < limit) {
    var task = this.ready.shift();
    task.state = "running";
    this.switches++;
    var outcome;
    do {
      this.clock++;
      task.steps++;
      outcome = task.step(this);
    } while (outcome === "again" && this.clock < limit);
    if (outcome === "done") task.state = "finished";
    else if (outcome === "wait") task.state = "waiting";
    else { task.state = "ready"; this.makeReady(task); }
  }
  return this.clock;
};

var s = new Scheduler();
s.add(new Collector("sink", 1))
 .add(new Worker("w1", 2, "sink"))
 .add(new Producer("p1", 3, 40, "w1"))
 .add(new Producer("p2", 1, 25, "w1"));
var ticks = s.run(10000);
console.log("ticks", ticks, "switches", s.switches, "sent", s.sent);
Object.keys(s.tasks).sort().forEach(function (name) { console.log(s.tasks[name].describe()); });
console.log(s.tasks.sink.byKind, s.tasks.w1.total);
console.log(s.tasks.sink.log.join(" "));
console.log(s.tasks.p1 instanceof Task, s.tasks.p1 instanceof Worker, s.tasks.w1.constructor.name,
            Object.getPrototypeOf(s.tasks.sink) === Collector.prototype);
try { new Task("abstract", 0).step(s); } catch (e) { console.log(e.message); }
