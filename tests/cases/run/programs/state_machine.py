from enum import Enum
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}
class InvalidTransition(Exception):
    pass
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} while {self.state.value}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")
m = Machine()
for ev in ["start", "pause", "start", "resume", "stop", "resume"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("error:", e)
print(m.state, m.log)
print(State("paused"), State.RUNNING.value, [s.name for s in State], State.IDLE in State)
try:
    State("flying")
except ValueError as e:
    print(e)
