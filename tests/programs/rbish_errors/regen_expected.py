#!/usr/bin/env python3
"""Regenerate the expected results of the rbish error corpus with CRuby.

For every tests/programs/rbish_errors/NAME.rb this runs `ruby NAME.rb` from
this directory (so the paths in messages are relative: `NAME.rb:3:in ...`)
and writes NAME.err (CRuby's stderr, byte for byte) and NAME.status (the exit
status, as a decimal number and a newline).  Every program must fail: a zero
exit status is an error.  ruby (CRuby 3.1; override with the RUBY environment
variable) must be on PATH.

Usage:
    python3 tests/programs/rbish_errors/regen_expected.py            # regenerate all
    python3 tests/programs/rbish_errors/regen_expected.py NAME ...    # only these
    python3 tests/programs/rbish_errors/regen_expected.py --check     # compare, write nothing
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUBY = os.environ.get("RUBY", "ruby")
TIMEOUT = 60


def main(argv):
    check = "--check" in argv
    wanted = {a[:-3] if a.endswith(".rb") else a for a in argv if a != "--check"}
    if shutil.which(RUBY) is None:
        sys.exit("regen_expected: ruby executable %r not found" % RUBY)
    version = subprocess.run([RUBY, "-e", "print RUBY_VERSION"], stdout=subprocess.PIPE, text=True).stdout.strip()
    if not version.startswith("3.1."):
        print("regen_expected: warning: expected ruby 3.1, found %s" % version, file=sys.stderr)
    failures = []
    count = 0
    seen = set()
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".rb"):
            continue
        label = name[:-3]
        if wanted and label not in wanted:
            continue
        seen.add(label)
        proc = subprocess.run([RUBY, name], cwd=HERE, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        if proc.returncode == 0:
            failures.append("%s: exit status 0, expected a failure" % name)
            continue
        results = {label + ".err": proc.stderr, label + ".status": b"%d\n" % proc.returncode}
        for out_name, data in results.items():
            path = os.path.join(HERE, out_name)
            if check:
                try:
                    with open(path, "rb") as f:
                        old = f.read()
                except FileNotFoundError:
                    old = None
                if old != data:
                    failures.append("%s: differs from %s" % (name, out_name))
            else:
                with open(path, "wb") as f:
                    f.write(data)
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
