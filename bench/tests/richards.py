"""Richards: Martin Richards' simulation of an operating system's task
scheduler.  Six tasks (an idle task, a worker, two handlers and two
devices) exchange work and device packets through the scheduler, which
always runs the highest-priority task that is neither held nor waiting.
Object-oriented code: many small method calls and attribute updates."""

N = 1  # test size (bench/programs/richards.py uses 40)

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
TASK_COUNT = 6
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER_SIZE = 4

# A task's state is a set of flags; "waiting" alone means suspended with no
# packet to process.
PACKET_PENDING = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        # puts this packet at the end of queue and returns the new queue
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = WAITING | PACKET_PENDING if queue is not None else WAITING
        self.next = None

    def blocked(self):
        return self.state & HELD != 0 or self.state == WAITING

    def resume(self):
        if self.state == WAITING | PACKET_PENDING:
            packet = self.queue
            self.queue = packet.link
            self.state = PACKET_PENDING if self.queue is not None else 0
        else:
            packet = None
        return self.step(packet)

    def receive(self, sender, packet):
        # a packet arrives from the running task `sender`; returns the task
        # that should run next
        if self.queue is None:
            self.queue = packet
            self.state |= PACKET_PENDING
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, count):
        Task.__init__(self, system, ident, priority, queue)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.system.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index < BUFFER_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.system.send(device)
            else:
                self.work = work.link
                return self.system.send(work)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.system.wait()
            self.pending = None
            return self.system.send(pending)
        self.pending = packet
        if self.system.tracing:
            self.system.trace(packet.datum)
        return self.system.hold()


class System:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.first = None
        self.current = None
        self.sent = 0
        self.held = 0
        self.tracing = False

    def add(self, task):
        task.next = self.first
        self.first = task
        self.tasks[task.ident] = task
        self.current = task

    def release(self, ident):
        task = self.tasks[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold(self):
        self.held += 1
        self.current.state |= HELD
        return self.current.next

    def wait(self):
        self.current.state |= WAITING
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.sent += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.receive(self.current, packet)

    def trace(self, value):
        pass

    def schedule(self):
        task = self.first
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.resume()


def run_once(count):
    system = System()
    idle = IdleTask(system, IDLE, 0, None, count)
    system.add(idle)
    idle.state = 0

    queue = Packet(None, WORKER, WORK_PACKET)
    queue = Packet(queue, WORKER, WORK_PACKET)
    system.add(WorkerTask(system, WORKER, 1000, queue))

    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    system.add(HandlerTask(system, HANDLER_A, 2000, queue))

    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    system.add(HandlerTask(system, HANDLER_B, 3000, queue))

    system.add(DeviceTask(system, DEVICE_A, 4000, None))
    system.add(DeviceTask(system, DEVICE_B, 5000, None))

    system.schedule()
    return system.sent, system.held


def main():
    totals = [0, 0]
    for _ in range(N):
        sent, held = run_once(10000)
        totals[0] += sent
        totals[1] += held
    print("packets sent:", sent, "holds:", held)
    ok = sent == 23246 and held == 9297
    print("per run", "correct" if ok else "WRONG", "over", N, "runs:", totals[0], totals[1])


main()
