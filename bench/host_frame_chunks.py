"""The host artefact of docs/host-frame-chunks.md, on its own: the same hot
loop of 200,000 calls, started from every depth 0..399 of a fresh thread (as
hostvm runs guests), timed at each depth.

    python bench/host_frame_chunks.py                 # hostvm's arena cache on (if built)
    HOSTVM_KEEP_ARENAS=0 python bench/host_frame_chunks.py

Prints the median time per depth and the depths that took more than twice
the median: without the cache, the depths whose hot call opens a new chunk of
CPython's frame stack (and frees it on return) on every call.
"""
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hostvm.vm import steady_host  # noqa: E402

CALLS = 200_000
DEPTHS = range(400)


def callee(a, b, c):
    x = a + b
    return x * c


def hot_loop():
    t0 = time.perf_counter()
    total = 0
    for i in range(CALLS):
        total += callee(i, 1, 2)
    elapsed = time.perf_counter() - t0
    assert total == CALLS * (CALLS + 1), total        # sum of 2 * (i + 1)
    return elapsed


def from_depth(d):
    return hot_loop() if d == 0 else from_depth(d - 1)


def main():
    why_not = steady_host()
    print("freed frame chunks kept" if why_not is None else f"not kept: {why_not}")
    times = {}

    def run():
        for d in DEPTHS:
            times[d] = from_depth(d)
    t = threading.Thread(target=run)
    t.start()
    t.join()
    ordered = sorted(times.values())
    median = ordered[len(ordered) // 2]
    slow = {d: v for d, v in times.items() if v > 2 * median}
    print(f"{CALLS} calls: median {median * 1e3:.1f} ms over depths "
          f"{DEPTHS.start}..{DEPTHS.stop - 1}, slowest {ordered[-1] * 1e3:.1f} ms")
    print("depths over twice the median: " +
          (", ".join(f"{d} ({v / median:.0f}x)" for d, v in slow.items()) or "none"))


if __name__ == "__main__":
    main()
