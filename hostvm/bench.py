"""The benchmark runner behind `hostvm bench`.

It runs a guest's benchmark programs (bench/<guest>/, listed in its
manifest.toml) under chosen configurations, a configuration being one
(mode, stack, backend) choice, e.g. `threaded/unchecked/python`, and
reports each configuration's speed-up over `switch/checked` on the same
backend, measured in the same invocation.  With the defaults it measures the
paper's Figure 3: switch/checked, threaded/checked and threaded/unchecked.

Process structure (pyperf does calibration, warm-ups, worker processes,
mean and standard deviation):

    hostvm bench                      the driver: this module's `run_benchmarks`
      for each benchmark, in order:
        python -m hostvm.bench worker ...      one pyperf *manager* per benchmark:
                                               a pyperf.Runner that calls
                                               bench_time_func once per
                                               configuration, baseline first
          python -m hostvm.bench worker --worker --worker-task=K ...
                                               pyperf's worker processes
                                               (`processes` of them per
                                               configuration), spawned by the
                                               Runner itself

The driver hands the manager everything a worker needs on its command line
(the guest's module, the program's absolute path, its size and expected
output file, the configurations) and puts the roots of hostvm and of the
guest's package on PYTHONPATH, which pyperf passes on to its workers; so the
same commands work from a checkout and from an installed hostvm.  Running one
benchmark's configurations back to back in one manager keeps slow drift of
the machine from favouring one configuration.

A timed run is one execution of the whole guest program: the program is
compiled and verified once per worker process, outside the timed region; each
run builds a fresh VM (also outside), then times `guest.run_main` (so lazily
generated threaded code is made inside the timed run, as in the paper), with
the guest's stdout captured in a StringIO.  The captured output is compared
with bench/<guest>/expected/<name>_<size>.out after every run, warm-ups
included; a difference aborts the whole benchmark with an error naming the
program, the configuration and the first differing line.
"""
from __future__ import annotations

import io
import math
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import attrs

from .guest import BUNDLED, GuestSyntaxError, get_guest
from .vm import BACKENDS, VM, run_with_big_stack, steady_host

#: pyperf settings per preset.  A timed value is one whole program run
#: (loops=1): a default-size run takes about a second or more, so pyperf's
#: loop calibration has nothing to add.  "default" runs each configuration
#: 3 processes x (1 warm-up + 2 values) = 9 times: the 7 pyish benchmarks x 3
#: configurations took 3 min 46 s on a 2-core machine with switch/checked runs
#: of 1.1-2.5 s (budget: 5 minutes).  "quick" is a smoke run at the
#: manifest's quick sizes (about 10 s); "rigorous" is pyperf's --rigorous
#: (40 processes, loops calibrated: hours for the full set).
PRESETS = {
    "default": {"processes": 3, "values": 2, "warmups": 1, "loops": 1},
    "quick": {"processes": 1, "values": 1, "warmups": 0, "loops": 1},
    "minimal": {"processes": 1, "values": 1, "warmups": 0, "loops": 1},
    "rigorous": {"rigorous": True},
}

#: the sizes a manifest lists for each benchmark
SIZE_KEYS = ("default", "quick", "small")

#: a line the manager prints to stdout when a configuration is done
DONE_TAG = "@hostvm-bench-done"


class BenchError(Exception):
    """A benchmark cannot be run, or a run did not produce the expected output."""


class BenchUsageError(BenchError):
    """The request names something that is not there (a benchmark, a mode):
    a usage error of `hostvm bench` (exit status 2)."""


class OutputMismatch(BenchError):
    """A run's stdout differs from the expected output file."""


# --------------------------------------------------------------------------
# Configurations

@attrs.frozen(order=True)
class Config:
    mode: str
    stack: str
    backend: str = "python"

    @property
    def name(self) -> str:
        return f"{self.mode}/{self.stack}/{self.backend}"

    @property
    def slug(self) -> str:
        return f"{self.mode}-{self.stack}-{self.backend}"

    @property
    def baseline(self) -> "Config":
        return Config("switch", "checked", self.backend)

    @property
    def is_baseline(self) -> bool:
        return self == self.baseline

    @classmethod
    def parse(cls, text: str) -> "Config":
        parts = text.split("/")
        if len(parts) == 2:
            parts.append("python")
        if len(parts) != 3:
            raise ValueError(f"bad configuration {text!r}: expected MODE/STACK[/BACKEND]")
        return cls(*parts)


#: the guest language's reference implementation (CPython for pyish), measured
#: in-process beside hostvm's configurations by `--reference`
REFERENCE = Config("reference", "none", "host")


def _choices(text: str, known, what: str) -> list[str]:
    if text == "all":
        return list(known)
    out = []
    for item in text.split(","):
        item = item.strip()
        if item not in known:
            raise BenchUsageError(f"unknown {what} {item!r} (choose from {', '.join(known)}, or all)")
        if item not in out:
            out.append(item)
    return out


def make_configs(modes="threaded", stacks="all", backends="python") -> list[Config]:
    """The configurations to measure: each backend's switch/checked baseline
    first, then every requested mode x stack, in the order the engines and
    stacks are declared.  `modes`, `stacks`, `backends`: "all", a name, or a
    comma-separated list."""
    from .engines import ENGINES
    from .stack import STACKS
    modes = _choices(modes, ENGINES, "mode")
    stacks = _choices(stacks, STACKS, "stack")
    backends = _choices(backends, BACKENDS, "backend")
    configs = []
    for b in backends:
        for c in [Config("switch", "checked", b)] + [Config(m, s, b) for m in modes
                                                    for s in stacks]:
            if c not in configs:
                configs.append(c)
    return configs


# --------------------------------------------------------------------------
# Benchmark programs

@attrs.frozen
class Program:
    """One benchmark program at one size."""

    name: str
    path: Path          # absolute
    size: str           # the size argument, as passed in argv[1]
    expected: Path      # absolute path of the expected stdout


def bench_dir_of(guest) -> Path:
    d = getattr(guest, "bench_dir", None)
    if d is None:
        raise BenchError(f"guest {guest.name!r} has no benchmarks (its bench_dir is not set)")
    d = Path(d)
    if not (d / "manifest.toml").is_file():
        raise BenchError(f"no benchmark manifest at {d / 'manifest.toml'}: the benchmarks "
                         f"are not installed with hostvm; run from a checkout, or from a "
                         f"folder holding bench/{guest.name}/")
    return d.resolve()


def load_manifest(bench_dir: Path) -> dict:
    path = Path(bench_dir) / "manifest.toml"
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise BenchError(f"cannot read {path}: {e}") from None


def find_programs(bench_dir: Path, size="default", names=None,
                  extensions=(".py",)) -> list[Program]:
    """The programs of a benchmark folder, in manifest order (or in the order
    of `names`).  `size`: a manifest size key or a number.  A program is
    NAME plus the first of the guest's `extensions` that exists."""
    bench_dir = Path(bench_dir).resolve()
    manifest = load_manifest(bench_dir)
    if names:
        unknown = [n for n in names if n not in manifest]
        if unknown:
            raise BenchUsageError(f"unknown benchmark(s) {', '.join(unknown)} "
                             f"(known: {', '.join(manifest)})")
        selected = list(dict.fromkeys(names))
    else:
        selected = list(manifest)
    programs = []
    for name in selected:
        entry = manifest[name]
        if str(size) in SIZE_KEYS or not str(size).isdigit():
            if size not in entry:
                raise BenchUsageError(f"{name}: the manifest lists no {size!r} size")
            value = str(entry[size])
        else:
            value = str(size)
        paths = [bench_dir / f"{name}{ext}" for ext in extensions]
        path = next((p for p in paths if p.is_file()), None)
        if path is None:
            raise BenchError(f"{name}: no program {' or '.join(p.name for p in paths)} "
                             f"in {bench_dir}")
        expected = bench_dir / "expected" / f"{name}_{value}.out"
        if not expected.is_file():
            raise BenchError(f"{name}: no expected output {expected} for size {value}; "
                             f"every measured run is checked against it")
        programs.append(Program(name, path, value, expected))
    return programs


# --------------------------------------------------------------------------
# In-process measurement (what a pyperf worker runs)

class Measurer:
    """Compiles one program once and times whole runs of it under one
    configuration, checking every run's output."""

    def __init__(self, guest, program: Program, config: Config):
        self.guest, self.program, self.config = guest, program, config
        try:
            self.expected_text = program.expected.read_text(encoding="utf-8")
            source = program.path.read_text(encoding="utf-8")
        except OSError as e:
            raise BenchError(f"{program.name}: cannot read {e.filename}: {e.strerror}") from None
        self.filename = str(program.path)
        self.argv = [self.filename, program.size]
        try:
            self.code = guest.compile(source, self.filename)
        except GuestSyntaxError as e:
            raise BenchError(f"{program.name}: {guest.format_error(e).rstrip()}") from None
        if config == REFERENCE:
            if guest.reference is None:
                raise BenchError(f"guest {guest.name} has no in-process reference implementation")
            guest.start_reference()             # its start-up, like ours, is not timed
            self.runs = 0
            return
        vm = VM(guest.interpreter, config.mode, config.stack, config.backend)
        vm.verify(self.code)
        # Load the program's code before timing, as start-up: the compiled
        # backend's threaded code is built (or found in the code cache) here
        # once per process, not in the first timed run
        vm.engine.entry(self.code)
        self.runs = 0

    def run_once(self) -> float:
        """One timed run in a fresh VM; returns its duration in seconds."""
        c = self.config
        vm = None if c == REFERENCE else VM(self.guest.interpreter, c.mode, c.stack, c.backend)
        out = io.StringIO()
        saved = sys.stdout
        sys.stdout = out
        error = None
        try:
            t0 = time.perf_counter()
            try:
                if vm is None:
                    self.guest.run_reference(self.filename, list(self.argv))
                else:
                    self.guest.run_main(vm, self.code, self.filename, list(self.argv))
            except SystemExit as e:
                if e.code not in (None, 0):
                    error = f"exited with status {e.code}"
            except BaseException as e:      # the guest's error, in its own words
                error = self.guest.format_error(e).rstrip()
            t1 = time.perf_counter()
        finally:
            sys.stdout = saved
        self.runs += 1
        if error is not None:
            raise BenchError(f"{self.program.name} (size {self.program.size}) failed under "
                             f"{c.name}:\n{error}")
        check_output(out.getvalue(), self.expected_text, self.program, c, self.runs)
        return t1 - t0

    def time_loops(self, loops: int) -> float:
        """pyperf's time function: the total time of `loops` runs, run in a
        thread with a big host stack as `hostvm run` does."""
        def body():
            total = 0.0
            for _ in range(loops):
                total += self.run_once()
            return total
        return run_with_big_stack(body)


def check_output(actual: str, expected: str, program: Program, config: Config, run: int = 0):
    if actual == expected:
        return
    a, e = actual.splitlines(), expected.splitlines()
    for i in range(max(len(a), len(e))):
        got = a[i] if i < len(a) else "<end of output>"
        want = e[i] if i < len(e) else "<end of output>"
        if got != want:
            break
    else:
        i, got, want = len(a), "(a difference in line endings or the final newline)", ""
    raise OutputMismatch(
        f"output mismatch: {program.name} (size {program.size}) under {config.name}"
        f"{f', run {run}' if run else ''}: its stdout differs from {program.expected}\n"
        f"  first difference at line {i + 1}:\n"
        f"    expected: {want!r}\n"
        f"    got:      {got!r}\n"
        f"  ({len(a)} lines of output, {len(e)} expected)")


def measure_in_process(guest, program: Program, config: Config, runs: int = 1) -> list[float]:
    """Time `runs` whole runs in this process (no pyperf): for tests and
    quick checks.  Raises OutputMismatch as the workers do."""
    m = Measurer(guest, program, config)
    return [m.time_loops(1) for _ in range(runs)]


# --------------------------------------------------------------------------
# The pyperf manager and workers: `python -m hostvm.bench worker ...`

def _guest_from_module(module: str):
    import importlib
    return importlib.import_module(module).GUEST


def worker_main(argv: list[str]) -> int:
    """Entry point of the pyperf manager (one per benchmark) and of its
    worker processes; pyperf's own options are parsed by its Runner."""
    import pyperf

    def add_cmdline_args(cmd, args):
        cmd.extend(["--guest-module", args.guest_module, "--bench-name", args.bench_name,
                    "--program", args.program, "--size", args.size,
                    "--expected", args.expected, "--configs", args.configs])
        if args.error_file:
            cmd.extend(["--error-file", args.error_file])

    runner = pyperf.Runner(program_args=("-m", "hostvm.bench", "worker"),
                           add_cmdline_args=add_cmdline_args, warmups=1)
    p = runner.argparser
    p.add_argument("--guest-module", required=True,
                   help="module whose GUEST attribute is the guest")
    p.add_argument("--bench-name", required=True)
    p.add_argument("--program", required=True, help="absolute path of the guest program")
    p.add_argument("--size", required=True, help="the program's size argument")
    p.add_argument("--expected", required=True, help="file holding the expected stdout")
    p.add_argument("--configs", required=True,
                   help="comma-separated MODE/STACK/BACKEND, baseline first")
    p.add_argument("--error-file", help="where to write the reason of a failure")
    args = runner.parse_args(argv)

    def fail(message: str) -> int:
        print(f"hostvm bench: {message}", file=sys.stderr, flush=True)
        if args.error_file:
            try:
                with open(args.error_file, "a", encoding="utf-8") as f:
                    f.write(message + "\n")
            except OSError:
                pass
        return 1

    try:
        guest = _guest_from_module(args.guest_module)
        configs = [Config.parse(c) for c in args.configs.split(",")]
    except Exception as e:
        return fail(f"cannot set up the benchmark: {type(e).__name__}: {e}")
    program = Program(args.bench_name, Path(args.program), args.size, Path(args.expected))
    runner.metadata.update({"hostvm_guest": guest.name, "hostvm_benchmark": program.name,
                            "hostvm_size": program.size})
    measurers = {}

    def time_func(loops, config):
        m = measurers.get(config)
        if m is None:
            m = measurers[config] = Measurer(guest, program, config)
        return m.time_loops(loops)

    for config in configs:
        try:
            bench = runner.bench_time_func(
                f"{program.name} [{config.name}]", time_func, config,
                metadata={"hostvm_config": config.name, "hostvm_mode": config.mode,
                          "hostvm_stack": config.stack, "hostvm_backend": config.backend,
                          "description": f"{program.name} {program.size} under {config.name}"})
        except BenchError as e:                 # in a worker: the run itself failed
            return fail(str(e))
        except Exception as e:
            if args.worker:                     # an error of hostvm or of the guest
                import traceback
                return fail(f"{program.name} under {config.name}: {type(e).__name__}: {e}\n"
                            + "".join(traceback.format_exception(e)).rstrip())
            # in the manager: a worker failed, and has told why in the error file
            if args.error_file and os.path.exists(args.error_file) \
                    and os.path.getsize(args.error_file):
                return 1
            return fail(f"{program.name} under {config.name}: {e}")
        if bench is not None and not args.worker:
            values = bench.get_values()
            stdev = bench.stdev() if len(values) > 1 else float("nan")
            print(f"{DONE_TAG} {config.name} {bench.mean()!r} {stdev!r}", flush=True)
    return 0


# --------------------------------------------------------------------------
# The driver

@attrs.define
class Settings:
    """pyperf settings passed to each manager."""

    preset: str = "default"
    processes: int | None = None
    values: int | None = None
    warmups: int | None = None
    loops: int | None = None

    def resolved(self) -> dict:
        s = dict(PRESETS[self.preset])
        for k in ("processes", "values", "warmups", "loops"):
            v = getattr(self, k)
            if v is not None:
                s[k] = v
        return s

    def pyperf_args(self) -> list[str]:
        out = []
        for k, v in self.resolved().items():
            if k == "rigorous":
                out.append("--rigorous")
            else:
                out += [f"--{k}", str(v)]
        return out

    def describe(self) -> str:
        s = self.resolved()
        if s.pop("rigorous", False):
            extra = " ".join(f"{k}={v}" for k, v in s.items())
            return "pyperf --rigorous" + (f" ({extra})" if extra else "")
        return ", ".join(f"{k}={v}" for k, v in s.items())


def _import_root(module_name: str) -> str:
    """The sys.path entry a module was imported from."""
    mod = sys.modules[module_name]
    path = Path(mod.__file__).resolve()
    levels = module_name.count(".") + (2 if path.name == "__init__.py" else 1)
    for _ in range(levels):
        path = path.parent
    return str(path)


def worker_env(guest_module: str) -> dict:
    """The environment of the managers: hostvm and the guest importable."""
    roots = [_import_root("hostvm"), _import_root(guest_module)]
    old = os.environ.get("PYTHONPATH", "")
    parts = list(dict.fromkeys(roots + [p for p in old.split(os.pathsep) if p]))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def guest_module_of(guest_name: str) -> str:
    if guest_name not in BUNDLED:
        raise BenchUsageError(f"unknown guest {guest_name!r} (known: {', '.join(BUNDLED)})")
    return BUNDLED[guest_name]


@attrs.define
class Results:
    guest: str
    configs: list
    programs: list                      # Program, in run order
    benchmarks: dict = attrs.field(factory=dict)   # (name, Config) -> pyperf.Benchmark
    settings: str = ""
    #: name -> the reference implementation's pyperf.Benchmark (--reference)
    reference: dict = attrs.field(factory=dict)
    reference_name: str = ""

    def vs_reference(self, name, config) -> float:
        """Reference time / hostvm time: above 1, hostvm is the faster."""
        return self.reference[name].mean() / self.mean(name, config)

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.programs]

    def values(self, name, config) -> list[float]:
        return self.benchmarks[name, config].get_values()

    def mean(self, name, config) -> float:
        return self.benchmarks[name, config].mean()

    def stdev(self, name, config) -> float | None:
        b = self.benchmarks[name, config]
        return b.stdev() if b.get_nvalue() > 1 else None

    def ratio(self, name, slower: Config, faster: Config) -> float:
        """How many times faster `faster` ran than `slower`."""
        return self.mean(name, slower) / self.mean(name, faster)

    def speedup(self, name, config) -> float:
        return self.ratio(name, config.baseline, config)

    def geomean(self, fn) -> float:
        xs = [fn(n) for n in self.names]
        return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")

    def gains(self) -> list[tuple[str, Config, Config]]:
        """The paper's split of a speed-up: (label, slower, faster).
        dispatch gain: MODE/checked over switch/checked;
        unchecked-store gain: MODE/unchecked over MODE/checked."""
        out = []
        have = set(self.configs)
        for c in self.configs:
            if c.stack == "checked" and c.mode != "switch" and c.baseline in have:
                out.append((f"dispatch gain: {c.mode}/checked over switch/checked",
                            c.baseline, c))
        for c in self.configs:
            checked = Config(c.mode, "checked", c.backend)
            if c.stack == "unchecked" and checked in have:
                out.append((f"unchecked-store gain: {c.mode}/unchecked over "
                        f"{c.mode}/checked", checked, c))
        return out

    def suites(self) -> dict:
        """One pyperf BenchmarkSuite per configuration, benchmarks named by
        program so that `pyperf compare_to` pairs them up."""
        import pyperf
        out = {}
        for c in self.configs:
            benches = []
            for p in self.programs:
                b = self.benchmarks[p.name, c]
                b = pyperf.Benchmark(b.get_runs())
                b.update_metadata({"name": p.name})
                benches.append(b)
            out[c] = pyperf.BenchmarkSuite(benches)
        return out

    def write_json(self, directory) -> list[Path]:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        written = []
        for c, suite in self.suites().items():
            path = d / f"{self.guest}-{c.slug}.json"
            suite.dump(str(path), replace=True)
            written.append(path)
        return written

    @classmethod
    def load_json(cls, directory, guest: str | None = None) -> "Results":
        """Results from the JSON files `write_json` wrote (to redraw tables
        and figures without measuring again)."""
        import pyperf
        d = Path(directory)
        files = sorted(d.glob(f"{guest or '*'}-*.json"))
        if not files:
            raise BenchError(f"no {guest or '*'}-*.json files in {d}")
        configs, programs, benchmarks, gname = [], {}, {}, guest
        for f in files:
            suite = pyperf.BenchmarkSuite.load(str(f))
            for b in suite.get_benchmarks():
                md = b.get_metadata()
                try:
                    c = Config(md["hostvm_mode"], md["hostvm_stack"], md["hostvm_backend"])
                except KeyError:
                    raise BenchError(f"{f} was not written by hostvm bench") from None
                gname = gname or md.get("hostvm_guest")
                if c not in configs:
                    configs.append(c)
                name = b.get_name()
                programs.setdefault(name, Program(name, Path(name), str(md.get("hostvm_size", "")),
                                                  Path()))
                benchmarks[name, c] = b
        configs.sort(key=lambda c: (c.backend, not c.is_baseline, c.mode, c.stack))
        progs = [p for p in programs.values()
                 if all((p.name, c) in benchmarks for c in configs)]
        return cls(gname or "?", configs, progs, benchmarks, settings=f"loaded from {d}")


class _Progress:
    """Progress on stderr: a rich progress bar on a terminal, else one line
    per finished benchmark/configuration."""

    def __init__(self, total: int, enabled: bool = True):
        self.total, self.done, self.enabled = total, 0, enabled
        self.bar = None
        if enabled and sys.stderr.isatty():
            try:
                from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                           TimeElapsedColumn)
                from rich.console import Console
                self.bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                    MofNCompleteColumn(), TimeElapsedColumn(),
                                    console=Console(file=sys.stderr), transient=True)
                self.task = self.bar.add_task("hostvm bench", total=total)
                self.bar.start()
            except ImportError:
                self.bar = None

    def started(self, text: str):
        if self.bar is not None:
            self.bar.update(self.task, description=text)

    def finished(self, text: str):
        self.done += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1)
            self.bar.console.print(f"[{self.done}/{self.total}] {text}", highlight=False)
        elif self.enabled:
            print(f"hostvm bench: [{self.done}/{self.total}] {text}", file=sys.stderr, flush=True)

    def close(self):
        if self.bar is not None:
            self.bar.stop()


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} us"


def run_benchmarks(guest_name: str, programs: list[Program], configs: list[Config],
                   settings: Settings | None = None, progress: bool = True,
                   python: str | None = None, reference: bool = False) -> Results:
    """Measure every program under every configuration with pyperf (one
    manager process per program, see the module docstring)."""
    settings = settings or Settings()
    module = guest_module_of(guest_name)
    get_guest(guest_name)                      # import it, so its root is known
    env = worker_env(module)
    # the workers find the same compiled allocator as this process does; the
    # Cython backend's runtime, built here if it is not yet, builds it too
    if any(c.backend == "cython" for c in configs):
        from .errors import BackendError
        try:
            from hostvm_ext.engines import runtime_module
            runtime_module(quiet=not progress)
        except (ImportError, BackendError):
            pass                               # the configuration's own runs say why
    why_not = steady_host()
    host = "freed frame chunks kept" if why_not is None else f"freed frame chunks not kept: {why_not}"
    results = Results(guest_name, list(configs), list(programs),
                      settings=f"{settings.describe()}; {host}")
    measured = list(configs)
    if reference:
        guest = get_guest(guest_name)
        if guest.reference is None:
            raise BenchUsageError(f"guest {guest_name} has no in-process reference "
                                  f"implementation to compare with")
        results.reference_name = guest.reference
        measured.append(REFERENCE)
    bar = _Progress(len(programs) * len(measured), progress)
    try:
        with tempfile.TemporaryDirectory(prefix="hostvm-bench-") as tmp:
            for program in programs:
                _run_manager(program, module, measured, settings, env, Path(tmp), bar,
                             results, python or sys.executable)
    finally:
        bar.close()
    return results


def _run_manager(program, module, configs, settings, env, tmp, bar, results, python):
    import pyperf
    out_json = tmp / f"{program.name}.json"
    err_file = tmp / f"{program.name}.err"
    cmd = [python, "-m", "hostvm.bench", "worker", "--quiet", "-o", str(out_json),
           *settings.pyperf_args(),
           "--guest-module", module, "--bench-name", program.name,
           "--program", str(program.path), "--size", program.size,
           "--expected", str(program.expected), "--configs", ",".join(c.name for c in configs),
           "--error-file", str(err_file)]
    pending = list(configs)
    bar.started(f"{program.name} {pending[0].name}")
    with open(tmp / f"{program.name}.stderr", "w+", encoding="utf-8") as stderr:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=stderr, env=env, text=True)
        stdout_rest = []
        base = None
        for line in proc.stdout:
            if line.startswith(DONE_TAG):
                _, name, mean, stdev = line.split()
                c = Config.parse(name)
                mean, stdev = float(mean), float(stdev)
                if c.is_baseline:
                    base = mean
                text = f"{program.name} {c.name}: {fmt_time(mean)}"
                if not math.isnan(stdev):
                    text += f" +- {fmt_time(stdev)}"
                if base and not c.is_baseline:
                    text += f" (x{base / mean:.2f})"
                bar.finished(text)
                if c in pending:
                    pending.remove(c)
                if pending:
                    bar.started(f"{program.name} {pending[0].name}")
            else:
                stdout_rest.append(line)
        status = proc.wait()
        stderr.seek(0)
        err_text = stderr.read()
    if status != 0 or pending:
        reason = ""
        if err_file.exists():
            reason = err_file.read_text(encoding="utf-8").strip()
        if not reason:
            tail = (err_text + "".join(stdout_rest)).strip().splitlines()[-15:]
            reason = (f"the pyperf manager for {program.name} failed (exit status {status}):\n"
                      + "\n".join("  " + ln for ln in tail))
        raise BenchError(reason)
    suite = pyperf.BenchmarkSuite.load(str(out_json))
    for b in suite.get_benchmarks():
        c = Config.parse(b.get_metadata()["hostvm_config"])
        if c == REFERENCE:
            results.reference[program.name] = b
        else:
            results.benchmarks[program.name, c] = b


# --------------------------------------------------------------------------
# Reports

def report_rows(results: Results, sep: str = " ± "):
    """(header, rows, geomean row) of the main table, as plain strings;
    `sep` goes between a mean and its standard deviation."""
    header = ["benchmark", "size"]
    for c in results.configs:
        header.append(c.name)
        if not c.is_baseline:
            header.append("speed-up")
    rows = []
    for p in results.programs:
        row = [p.name, p.size]
        for c in results.configs:
            sd = results.stdev(p.name, c)
            row.append(fmt_time(results.mean(p.name, c))
                       + (f"{sep}{fmt_time(sd)}" if sd is not None else ""))
            if not c.is_baseline:
                row.append(f"{results.speedup(p.name, c):.2f}x")
        rows.append(row)
    geo = ["geometric mean", ""]
    for c in results.configs:
        geo.append("")
        if not c.is_baseline:
            geo.append(f"{results.geomean(lambda n, c=c: results.speedup(n, c)):.2f}x")
    return header, rows, geo


def gain_rows(results: Results):
    """The split table: one column per gain, headed by a short name; the
    legend says what each column divides."""
    gains = results.gains()
    if not gains:
        return None
    header = ["benchmark"] + [_short_gain(label) for label, _, _ in gains]
    rows = [[p.name] + [f"{results.ratio(p.name, s, f):.2f}x" for _, s, f in gains]
            for p in results.programs]
    geo = ["geometric mean"] + [f"{results.geomean(lambda n, s=s, f=f: results.ratio(n, s, f)):.2f}x"
                                for _, s, f in gains]
    return header, rows, geo


def reference_rows(results: Results):
    """The table against the reference implementation: its time, then per
    configuration reference time / hostvm time (above 1: hostvm is faster)."""
    if not results.reference:
        return None
    header = ["benchmark", results.reference_name] + [c.name for c in results.configs]
    rows = [[p.name, fmt_time(results.reference[p.name].mean())]
            + [f"{results.vs_reference(p.name, c):.2f}" for c in results.configs]
            for p in results.programs]
    geo = ["geometric mean", ""] + [
        f"{results.geomean(lambda n, c=c: results.vs_reference(n, c)):.2f}"
        for c in results.configs]
    return header, rows, geo


def _short_gain(label: str) -> str:
    kind, what = label.split(": ", 1)
    mode = what.split("/", 1)[0]
    return f"{kind.replace(' gain', '')}: {mode}"


def gain_legend(results: Results) -> list[str]:
    return [f"  {_short_gain(label)} = {label}" for label, _, _ in results.gains()]


def _plain_table(header, rows, geo) -> str:
    table = [header] + rows + [geo]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]

    def fmt(r):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        return "  ".join(cells).rstrip()
    rule = "-" * len(fmt(header))
    return "\n".join([fmt(header), rule] + [fmt(r) for r in rows] + [rule, fmt(geo)])


def format_report(results: Results, rich: bool | None = None, file=None) -> str | None:
    """Print (rich) or return (plain) the report: the speed-up table and the
    split into dispatch gain and unchecked-store gain."""
    file = file or sys.stdout
    title = (f"hostvm bench: guest {results.guest}, speed-up over switch/checked "
             f"(mean ± std dev; {results.settings})")
    gains = gain_rows(results)
    if rich is None:
        rich = file.isatty()
    if rich:
        try:
            from rich import box
            from rich.console import Console
            from rich.table import Table
        except ImportError:
            rich = False
    main = report_rows(results, "\n± " if rich else " ± ")
    ref = reference_rows(results)
    ref_title = (f"Against {results.reference_name} running the same source "
                 f"(start-up excluded on both sides): {results.reference_name} time / "
                 f"hostvm time, above 1 = hostvm faster")
    if not rich:
        parts = [title, "", _plain_table(*main)]
        if gains:
            parts += ["", "The paper's split of the speed-up:", "", _plain_table(*gains), "",
                      *gain_legend(results)]
        if ref:
            parts += ["", ref_title + ":", "", _plain_table(*ref)]
        return "\n".join(parts) + "\n"
    console = Console(file=file)
    tables = [(title, main)] + ([("The paper's split of the speed-up", gains)] if gains else []) \
        + ([(ref_title, ref)] if ref else [])
    for t_title, (header, rows, geo) in tables:
        t = Table(title=t_title, title_justify="left", box=box.SIMPLE_HEAD)
        for j, h in enumerate(header):
            if j == 0:
                t.add_column(h, justify="left", no_wrap=True)
            else:                       # let long headers wrap at '/' and ':'
                h = h.replace("/", "/\n").replace(": ", ":\n").replace("speed-up", "speed-\nup")
                t.add_column(h, justify="right", min_width=max(map(len, h.split("\n"))))
        for r in rows:
            t.add_row(*r)
        t.add_section()
        t.add_row(*geo, style="bold")
        console.print(t)
        if gains and header == gains[0]:
            console.print("\n".join(gain_legend(results)), highlight=False)
    return None


def print_report(results: Results, file=None):
    file = file or sys.stdout
    text = format_report(results, file=file)
    if text is not None:
        file.write(text)
        file.flush()


# --------------------------------------------------------------------------

def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["worker"]:
        return worker_main(argv[1:])
    from .cli import main as cli_main
    return cli_main(["bench", *argv])


if __name__ == "__main__":
    sys.exit(main())
