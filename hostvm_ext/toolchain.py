"""Turning generated Cython into loaded extension modules, with a code cache.

Every compiled module of the Cython backend (the runtime, a guest's code
table, the threaded code of a guest source module) is named by a key: a hash
of its Cython text (which holds the i-op bodies and, for threaded code, the
guest bytecode), the host's ABI and the C flags.  A
module is looked up by that name in

1. the `prebuilt` folder of the installed hostvm_ext package, which
   `pip install .` fills with the runtime and the bundled guests' code tables;
2. the code cache, `$HOSTVM_CACHE_DIR` or ~/.cache/hostvm (bounded by
   `$HOSTVM_CACHE_MB`, 256 MB by default: the least recently used modules are
   removed first);

and built into the cache if it is in neither.  Since the name is the hash, a
changed i-op or program can never run stale code, and the second run of a
program loads its threaded code at once.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREBUILT = HERE / "prebuilt"
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
#: optimisation and warnings of the generated C (gcc/clang syntax)
CFLAGS = ["-O2", "-fwrapv", "-fno-strict-aliasing", "-DNDEBUG", "-w"]


from hostvm.errors import BackendError


class BuildError(BackendError):
    """Cython or the C compiler rejected generated code."""


def cython_version() -> str | None:
    try:
        import Cython
    except ImportError:
        return None
    return Cython.__version__


def cc() -> list[str]:
    cmd = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return cmd.split()


_COMPILER_CHECKED = {}


def have_compiler() -> str | None:
    """None if a C compiler runs, else why not (one line)."""
    import subprocess
    cmd = tuple(cc())
    if cmd not in _COMPILER_CHECKED:
        why = None
        if shutil.which(cmd[0]) is None:
            why = f"no C compiler: {cmd[0]!r} is not on PATH (set CC)"
        else:
            try:
                r = subprocess.run([*cmd, "--version"], capture_output=True, timeout=30)
                if r.returncode != 0:
                    why = f"no working C compiler: '{' '.join(cmd)} --version' failed"
            except (OSError, subprocess.TimeoutExpired) as e:
                why = f"no working C compiler: {' '.join(cmd)}: {e}"
        _COMPILER_CHECKED[cmd] = why
    return _COMPILER_CHECKED[cmd]


def cache_dir() -> Path:
    d = os.environ.get("HOSTVM_CACHE_DIR")
    return Path(d) if d else Path.home() / ".cache" / "hostvm"


def cache_limit_bytes() -> int:
    return int(float(os.environ.get("HOSTVM_CACHE_MB", "256")) * (1 << 20))


def module_name(kind: str, source: str) -> str:
    """The module's name: its kind and the hash of everything it depends on."""
    h = hashlib.sha256()
    # not the Cython version: any version's build of the same text will do
    for part in (source, sys.implementation.cache_tag, EXT_SUFFIX, " ".join(CFLAGS)):
        h.update(part.encode())
        h.update(b"\0")
    return f"_hx_{kind}_{h.hexdigest()[:20]}"


def search_dirs() -> list[Path]:
    dirs = []
    # a checkout on sys.path shadows the installed package; its prebuilt
    # modules are still good (their names say what they were built from)
    import hostvm_ext
    for p in hostvm_ext.__path__:
        d = Path(p) / "prebuilt"
        if d.is_dir() and d not in dirs:
            dirs.append(d)
    dirs.append(cache_dir())
    return dirs


def find(name: str) -> Path | None:
    for d in search_dirs():
        p = d / (name + EXT_SUFFIX)
        if p.exists():
            return p
    return None


def load(name: str, path: Path):
    """Import the extension module `name` from `path` (once)."""
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    # the generated modules cimport the runtime's .pxd and import it by name
    d = str(path.parent)
    if d not in sys.path:
        sys.path.append(d)
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, str(path), loader=loader)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        del sys.modules[name]
        raise
    try:
        os.utime(path)                  # recently used: kept when the cache is trimmed
    except OSError:
        pass
    return mod


def build(name: str, source: str, out_dir: Path, *, what: str, pxd: str | None = None,
          line_owner=None, quiet: bool = False, language: str = "cython") -> Path:
    """Compile Cython `source` into the extension `out_dir/name.so` (atomic:
    built in a temporary folder, then renamed).  `pxd`, if given, is written
    beside it as `name.pxd` for other modules to cimport.  `line_owner(line)`
    names what generated a line of `source`, for error messages."""
    reason = have_compiler()
    if reason:
        raise BuildError(reason)
    if cython_version() is None:
        raise BuildError("Cython is not installed (pip install Cython)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BuildError(f"cannot write compiled code to {out_dir}: {e.strerror} "
                         f"(set HOSTVM_CACHE_DIR)") from None
    t0 = time.perf_counter()
    if not quiet:
        print(f"hostvm: compiling {what} ...", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="hostvm-build-", dir=out_dir) as tmp:
        tmp = Path(tmp)
        if language == "c":                 # generated C: straight to the compiler
            c_file = tmp / f"{name}.c"
            c_file.write_text(source, encoding="utf-8")
        else:
            pyx = tmp / f"{name}.pyx"
            pyx.write_text(source, encoding="utf-8")
            if pxd is not None:
                (tmp / f"{name}.pxd").write_text(pxd, encoding="utf-8")
            c_file = _cythonize(pyx, [str(tmp), str(out_dir), *map(str, search_dirs())],
                                line_owner)
        so = tmp / (name + EXT_SUFFIX)
        _compile_c(c_file, so)
        if pxd is not None:
            os.replace(tmp / f"{name}.pxd", out_dir / f"{name}.pxd")
        os.replace(so, out_dir / so.name)
    if not quiet:
        print(f"hostvm: compiled {what} in {time.perf_counter() - t0:.1f} s", file=sys.stderr,
              flush=True)
    if out_dir == cache_dir():
        trim_cache(keep=name)
    return out_dir / (name + EXT_SUFFIX)


def _cythonize(pyx: Path, include_dirs, line_owner) -> Path:
    import contextlib
    import io
    import re
    from Cython.Compiler import Errors
    from Cython.Compiler.Main import CompilationOptions, compile_single, default_options
    opts = CompilationOptions(default_options, language_level=3, include_path=include_dirs,
                              output_file=str(pyx.with_suffix(".c")))
    # Cython reports errors on stderr: collect them, to say which i-op failed
    report = io.StringIO()
    result = None
    with contextlib.redirect_stderr(report), contextlib.redirect_stdout(report):
        try:
            result = compile_single(str(pyx), opts, full_module_name=pyx.stem)
        except Errors.CompileError as e:
            print(e, file=report)
    if result is None or result.num_errors:
        errors = re.findall(r"\.pyx:(\d+):\d+: (.*)", report.getvalue())
        if not errors:                    # in a .pxd, say: no i-op to name
            other = re.findall(r"(\S+\.pxd:\d+:\d+: .*)", report.getvalue())
            if other:
                raise BuildError("Cython: " + "; ".join(other[:3]))
        raise BuildError(_describe(errors, line_owner)
                         or f"Cython failed on {pyx.name}: {report.getvalue().strip()[-300:]}")
    return pyx.with_suffix(".c")


def _describe(errors, line_owner) -> str:
    out = []
    for line, msg in errors[:3]:
        if line_owner:
            owner, construct = line_owner(int(line))
            out.append(f"{owner}: cannot compile {construct!r}: {msg}")
        else:
            out.append(f"line {line}: {msg}")
    return "; ".join(out)


def _compile_c(c_file: Path, so: Path) -> None:
    import subprocess
    inc = sysconfig.get_paths()["include"]
    cmd = [*cc(), "-shared", "-fPIC", *CFLAGS, f"-I{inc}", str(c_file), "-o", str(so)]
    ldflags = sysconfig.get_config_var("LDSHARED") or ""
    if sys.platform == "darwin" and "-undefined" not in ldflags:
        cmd[1:1] = ["-undefined", "dynamic_lookup"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        errors = [l for l in r.stderr.splitlines() if "error" in l] or r.stderr.splitlines()
        raise BuildError(f"the C compiler failed on {c_file.name}: "
                         + (errors[0].strip() if errors else "(no message)"))


def trim_cache(keep: str | None = None) -> int:
    """Remove least recently used modules until the cache fits its bound."""
    d = cache_dir()
    if not d.is_dir():
        return 0
    files = []
    for p in d.iterdir():
        if p.name.endswith(EXT_SUFFIX):
            try:
                files.append((p.stat(), p))
            except FileNotFoundError:      # trimmed by another process meanwhile
                pass
    total = sum(st.st_size for st, _ in files)
    limit = cache_limit_bytes()
    removed = 0
    for st, p in sorted(files, key=lambda f: f[0].st_mtime):
        if total <= limit:
            break
        if keep and p.name.startswith(keep) or p.stem.split(".")[0] in sys.modules:
            continue
        total -= st.st_size
        p.unlink(missing_ok=True)
        p.with_name(p.name[:-len(EXT_SUFFIX)] + ".pxd").unlink(missing_ok=True)
        removed += 1
    return removed


def obtain(kind: str, source: str, *, what: str, pxd: str | None = None, line_owner=None,
           quiet: bool = False, language: str = "cython", placeholder: str | None = None):
    """The loaded module compiled from `source`: found, or built and cached.
    Generated C names its own module (PyInit_<name>): `placeholder` in the
    source stands for the name, which is the hash of the rest."""
    name = module_name(kind, source + (pxd or ""))
    if placeholder:
        source = source.replace(placeholder, name)
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    path = find(name)
    if path is not None:
        try:
            return load(name, path)
        except (ImportError, OSError):
            if path.exists():
                raise
            # another process trimmed the cache between find and load: build
    path = build(name, source, cache_dir(), what=what, pxd=pxd, line_owner=line_owner,
                 quiet=quiet, language=language)
    return load(name, path)
