"""The `hostvm` command line.

    hostvm run   [--guest G] [--mode M] [--stack S] [--backend B] FILE [ARGS...]
    hostvm dis   [--guest G] FILE [--function NAME] [--threaded] [--stack S] [--backend B]
    hostvm profile [--guest G] FILE [ARGS...]     (dynamic opcode counts, on stderr)
    hostvm build --guest G [--out DIR]   (compile the Cython backend's code table)
    hostvm bench --guest G [--mode M|all] [--stack S|all] [--backend B|all] [--quick] [--reference]
                 [--rigorous] [--json DIR] [--figure FILE.png] [--bench NAME ...]

Exit status: 0 success; 1 an error of the guest program (reported in the
guest's own format), a rejected program, or a failed benchmark; 2 a usage
error (bad option, unknown guest, unreadable file).
"""
from __future__ import annotations

import argparse
import os
import sys

from .errors import BackendError

USAGE_ERROR = 2


class _Usage(Exception):
    """A usage error found after parsing: message, then exit 2."""


def _engines():
    from .engines import ENGINES
    return list(ENGINES)


def _stacks():
    from .stack import STACKS
    return list(STACKS)


def _backends():
    from .vm import BACKENDS
    return list(BACKENDS)


def _resolve_guest(name, path=None):
    from . import guest as g
    try:
        if name:
            return g.get_guest(name)
        return g.guest_for_file(path)
    except KeyError as e:
        raise _Usage(e.args[0] if e.args else str(e)) from None
    except ImportError as e:
        raise _Usage(f"the guest cannot be loaded: {e}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hostvm",
        description="Run, disassemble and benchmark guest-language programs on hostvm, "
                    "a framework for efficient hosted interpreters.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run a guest program",
                         description="Compile, verify and run a guest program. Arguments after "
                                     "FILE are passed to the program, even if they look like "
                                     "options.")
    run.add_argument("--guest", help="the guest language (default: from FILE's extension)")
    run.add_argument("--mode", default="switch", choices=_engines(),
                     help="dispatch technique (default: switch)")
    run.add_argument("--stack", default="checked", choices=_stacks(),
                     help="operand stack stores (default: checked)")
    run.add_argument("--backend", default="python", choices=_backends(),
                     help="backend (default: python)")
    run.add_argument("file", metavar="FILE", nargs="?")    # checked in cmd_run
    run.add_argument("args", metavar="ARGS", nargs=argparse.REMAINDER,
                     help="arguments of the program (its argv[1:])")

    prof = sub.add_parser("profile", help="count the instructions a guest program executes",
                          description="Run a guest program and print, on stderr, how often "
                                      "each opcode executed (the profile the switch engine's "
                                      "case order comes from).")
    prof.add_argument("--guest", help="the guest language (default: from FILE's extension)")
    prof.add_argument("file", metavar="FILE")
    prof.add_argument("args", metavar="ARGS", nargs=argparse.REMAINDER,
                      help="arguments of the program (its argv[1:])")

    build = sub.add_parser("build", help="compile a guest's code table for --backend cython",
                           description="Compile the Cython backend's runtime and the guest's "
                                       "code table (every i-op, the C switch and direct "
                                       "engines) into the code cache ($HOSTVM_CACHE_DIR, "
                                       "default ~/.cache/hostvm) or --out, and print the "
                                       "modules' paths.  Bundled guests are compiled at "
                                       "install; threaded code is compiled per program on "
                                       "its first run.")
    build.add_argument("--guest", required=True, help="the guest language")
    build.add_argument("--out", help="folder to write the modules to (default: the code cache)")

    dis = sub.add_parser("dis", help="disassemble a guest program",
                         description="Compile and verify a guest program and list the bytecode "
                                     "of each of its code objects, with the stack depth the "
                                     "verifier computed before each instruction.")
    dis.add_argument("--guest", help="the guest language (default: from FILE's extension)")
    dis.add_argument("file", metavar="FILE")
    dis.add_argument("--function", metavar="NAME",
                     help="only the code object(s) of this name")
    dis.add_argument("--threaded", action="store_true",
                     help="also show the generated threaded code")
    dis.add_argument("--stack", default="checked", choices=_stacks(),
                     help="stack kind of the threaded code shown (default: checked)")
    dis.add_argument("--backend", default="python", choices=_backends(),
                     help="backend (default: python)")

    bench = sub.add_parser(
        "bench", help="benchmark a guest's programs (pyperf)",
        description="Run a guest's benchmark programs under several configurations with "
                    "pyperf and report each configuration's speed-up over switch/checked. "
                    "Every run's output is checked against the expected output. The "
                    "defaults measure the paper's Figure 3: switch/checked, "
                    "threaded/checked and threaded/unchecked.")
    bench.add_argument("--guest", required=True, help="the guest whose bench/ programs to run")
    bench.add_argument("--mode", default="threaded",
                       help=f"dispatch technique(s): one of {', '.join(_engines())}, a "
                            "comma-separated list, or all (default: threaded; switch/checked "
                            "always runs as the baseline)")
    bench.add_argument("--stack", default="all",
                       help=f"stack kind(s): {', '.join(_stacks())}, a list, or all "
                            "(default: all)")
    bench.add_argument("--backend", default="python",
                       help=f"backend(s): {', '.join(_backends())}, a list, or all "
                            "(default: python)")
    bench.add_argument("--bench", nargs="+", metavar="NAME",
                       help="only these benchmarks (default: all in the manifest)")
    speed = bench.add_mutually_exclusive_group()
    speed.add_argument("--quick", action="store_true",
                       help="smoke run: the manifest's quick sizes, one process, one value")
    speed.add_argument("--rigorous", action="store_true",
                       help="pyperf's rigorous settings (takes long)")
    bench.add_argument("--size", metavar="KEY|N",
                       help="manifest size key (default, quick, small) or a number "
                            "(default: default, or quick with --quick)")
    for opt, what in (("processes", "worker processes per configuration"),
                      ("values", "timed values per process"),
                      ("warmups", "warm-up runs per process"),
                      ("loops", "program runs per value")):
        bench.add_argument(f"--{opt}", type=_nonneg if opt == "warmups" else _positive,
                           metavar="N", help=f"override pyperf's {what}")
    bench.add_argument("--json", metavar="DIR",
                       help="write one pyperf JSON suite per configuration to DIR "
                            "(GUEST-MODE-STACK-BACKEND.json, for pyperf compare_to)")
    bench.add_argument("--figure", metavar="FILE",
                       help="draw the speed-ups as a bar chart like the paper's Figure 3 "
                            "(needs matplotlib)")
    bench.add_argument("--from-json", metavar="DIR",
                       help="do not measure: report (and draw) results saved with --json")
    bench.add_argument("--reference", action="store_true",
                       help="also time the language's reference implementation on the same "
                            "source in-process (CPython for pyish) and report its time over "
                            "each configuration's")
    bench.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    return parser


def _positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return v


def _nonneg(text):
    v = int(text)
    if v < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return v


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        parser.print_help(sys.stderr)
        return USAGE_ERROR
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:             # argparse's usage errors (2) and --help (0)
        return e.code if isinstance(e.code, int) else USAGE_ERROR
    if args.command is None:
        parser.print_help(sys.stderr)
        return USAGE_ERROR
    try:
        return COMMANDS[args.command](args)
    except _Usage as e:
        print(f"hostvm {args.command}: {e}", file=sys.stderr)
        return USAGE_ERROR
    except BackendError as e:           # e.g. --backend cython without a C compiler
        print(f"hostvm {args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"hostvm {args.command}: interrupted", file=sys.stderr)
        return 130


def _check_file(path):
    if not os.path.isfile(path):
        raise _Usage(f"cannot read {path}: no such file")


def cmd_run(args) -> int:
    from .errors import TableError, VerifyError
    from .guest import run_program
    if args.file is None:
        raise _Usage("FILE is required (hostvm run [options] FILE [ARGS...])")
    _check_file(args.file)
    guest = _resolve_guest(args.guest, args.file)
    try:
        return run_program(guest, args.file, list(args.args), mode=args.mode,
                           stack=args.stack, backend=args.backend)
    except (VerifyError, TableError) as e:
        print(f"hostvm run: {e}", file=sys.stderr)
        return 1


def cmd_dis(args) -> int:
    from pathlib import Path

    from .dis import code_names, disassemble
    from .errors import TableError, VerifyError
    from .guest import GuestSyntaxError
    from .vm import VM
    _check_file(args.file)
    guest = _resolve_guest(args.guest, args.file)
    source = Path(args.file).read_text(encoding="utf-8")
    try:
        code = guest.compile(source, args.file)
    except GuestSyntaxError as e:
        sys.stderr.write(guest.format_error(e))
        return 1
    status = 0
    try:
        vm = VM(guest.interpreter, "threaded" if args.threaded else "switch", args.stack,
                args.backend)
        vm.verify(code)
    except (VerifyError, TableError) as e:
        print(f"hostvm dis: {e}", file=sys.stderr)
        if isinstance(e, TableError):
            return 1
        status = 1                   # still list the bytecode, without the depths
        vm = None
    if args.function is not None and args.function not in code_names(code):
        raise _Usage(f"no code object named {args.function!r} in {args.file} "
                     f"(there are: {', '.join(dict.fromkeys(code_names(code)))})")
    engine = vm.engine if (args.threaded and vm is not None) else None
    table = vm.table if vm is not None else _table(guest)
    sys.stdout.write(disassemble(code, table, engine, only=args.function))
    return status


def _table(guest):
    from .table import build_table
    return build_table(guest.interpreter)


def cmd_bench(args) -> int:
    from . import bench as B
    if args.figure:
        from .figure import FigureUnavailable, check_available
        try:
            check_available()
        except FigureUnavailable as e:
            raise _Usage(str(e)) from None
    try:
        if args.from_json:
            results = B.Results.load_json(args.from_json, args.guest)
        else:
            guest = _resolve_guest(args.guest)
            configs = B.make_configs(args.mode, args.stack, args.backend)
            size = args.size or ("quick" if args.quick else "default")
            programs = B.find_programs(B.bench_dir_of(guest), size, args.bench,
                                       tuple(guest.extensions) or (".py",))
            preset = "quick" if args.quick else "rigorous" if args.rigorous else "default"
            if args.rigorous and args.processes:
                raise _Usage("--rigorous sets pyperf's number of processes; drop --processes")
            settings = B.Settings(preset, args.processes, args.values, args.warmups, args.loops)
            if not args.no_progress:
                print(f"hostvm bench: {len(programs)} benchmark(s) x {len(configs)} "
                      f"configuration(s) [{', '.join(c.name for c in configs)}], "
                      f"pyperf {settings.describe()}", file=sys.stderr, flush=True)
            results = B.run_benchmarks(args.guest, programs, configs, settings,
                                       progress=not args.no_progress,
                                       reference=args.reference)
    except B.BenchUsageError as e:
        raise _Usage(str(e)) from None
    except B.BenchError as e:
        print(f"hostvm bench: {e}", file=sys.stderr)
        return 1
    B.print_report(results)
    if args.json and not args.from_json:
        for path in results.write_json(args.json):
            print(f"wrote {path}", file=sys.stderr)
    if args.figure:
        from .figure import plot_speedups
        plot_speedups(results, args.figure)
        print(f"wrote {args.figure}", file=sys.stderr)
    return 0


def cmd_profile(args) -> int:
    from .profile import profile_program, profile_to_text
    _check_file(args.file)
    guest = _resolve_guest(args.guest, args.file)
    counts, table = profile_program(guest, args.file, list(args.args))
    print(profile_to_text(counts, table), file=sys.stderr)
    return 0


def cmd_build(args) -> int:
    from hostvm_ext.build import build_guest_tables
    _resolve_guest(args.guest)
    for path in build_guest_tables([args.guest], args.out):
        print(path)
    return 0


COMMANDS = {"run": cmd_run, "dis": cmd_dis, "bench": cmd_bench, "profile": cmd_profile,
            "build": cmd_build}


if __name__ == "__main__":
    sys.exit(main())
