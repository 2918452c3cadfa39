#!/usr/bin/env python3
"""Regenerate the expected outputs of the rbish differential test corpus with CRuby.

For every tests/programs/rbish/NAME.rb this writes NAME.out, and for every
multi-file project tests/programs/rbish_modules/PROJECT/main.rb it writes
PROJECT/main.out, containing exactly what `ruby main.rb` prints on stdout.
ruby (CRuby 3.1; override with the RUBY environment variable) is run from
the program's directory with no extra arguments.

Fails loudly (non-zero exit, message on stderr) if ruby is missing, exits
with a non-zero status, or writes anything to stderr for any program.

Usage:
    python3 tests/programs/rbish/regen_expected.py            # regenerate all
    python3 tests/programs/rbish/regen_expected.py NAME ...    # only these (NAME or NAME.rb or project name)
    python3 tests/programs/rbish/regen_expected.py --check     # compare, write nothing
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = os.path.join(os.path.dirname(HERE), "rbish_modules")
RUBY = os.environ.get("RUBY", "ruby")
TIMEOUT = 60


def programs():
    """Yield (label, directory, script file name) for every program."""
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".rb"):
            yield name[:-3], HERE, name
    if os.path.isdir(MODULES):
        for project in sorted(os.listdir(MODULES)):
            d = os.path.join(MODULES, project)
            if os.path.isfile(os.path.join(d, "main.rb")):
                yield project, d, "main.rb"


def run_ruby(directory, script):
    proc = subprocess.run(
        [RUBY, script],
        cwd=directory,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, proc.stderr


def main(argv):
    check = "--check" in argv
    wanted = {a[:-3] if a.endswith(".rb") else a for a in argv if a != "--check"}
    if shutil.which(RUBY) is None:
        sys.exit("regen_expected: ruby executable %r not found" % RUBY)
    version = subprocess.run([RUBY, "-e", "print RUBY_VERSION"], stdout=subprocess.PIPE, text=True).stdout.strip()
    if not version.startswith("3.1."):
        print("regen_expected: warning: expected ruby 3.1, found %s" % version, file=sys.stderr)

    failures = []
    seen = set()
    count = 0
    for label, directory, script in programs():
        if wanted and label not in wanted:
            continue
        seen.add(label)
        rc, out, err = run_ruby(directory, script)
        path = os.path.join(directory, script)
        if rc != 0 or err:
            failures.append("%s: exit status %d, stderr:\n%s" % (path, rc, err.decode("utf-8", "replace")))
            continue
        out_path = os.path.join(directory, script[:-3] + ".out")
        if check:
            try:
                with open(out_path, "rb") as f:
                    old = f.read()
            except FileNotFoundError:
                old = None
            if old != out:
                failures.append("%s: output differs from %s" % (path, out_path))
        else:
            with open(out_path, "wb") as f:
                f.write(out)
        count += 1

    missing = wanted - seen
    if missing:
        failures.append("unknown program(s): %s" % ", ".join(sorted(missing)))
    if failures:
        for f in failures:
            print("regen_expected: FAIL " + f, file=sys.stderr)
        sys.exit(1)
    print("regen_expected: %s %d program(s) with ruby %s" % ("checked" if check else "wrote", count, version))


if __name__ == "__main__":
    main(sys.argv[1:])
