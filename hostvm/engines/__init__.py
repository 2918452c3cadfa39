"""Dispatch techniques.  Each is built from the same i-op declarations and
gives the same observable behaviour; `ENGINES` names them for the command
line and the benchmark matrix."""
from .direct import DirectEngine
from .switch import SwitchEngine
from .threaded import ThreadedEngine

ENGINES = {
    "switch": SwitchEngine,
    "direct": DirectEngine,
    "threaded": ThreadedEngine,
}
