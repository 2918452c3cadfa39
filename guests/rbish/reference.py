"""CRuby as rbish's reference implementation in `hostvm bench --reference`.

CRuby cannot run inside this process, so one resident `ruby` process per
benchmark process runs each program on request: it loads the file afresh
(with ARGV set and $stdout captured) and sends back what it printed.  Its
start-up is paid once, outside the timings, as rbish's is; what a timing
includes beyond the program's own run is one round trip over a pipe
(tens of microseconds, against the tens of milliseconds a benchmark runs).
"""
from __future__ import annotations

import atexit
import shutil
import subprocess
import sys

#: the resident side: read "file\\targ\\targ...\\n", load the file, answer
#: "status length\\n" and the output
SERVER = r'''
require "stringio"
$VERBOSE = nil                          # reloading a file redefines its constants
STDOUT.binmode
STDOUT.write("ready\n")
STDOUT.flush
while (line = STDIN.gets)
  file, *args = line.chomp.split("\t")
  ARGV.replace(args)
  out = StringIO.new
  $stdout = out
  status = 0
  begin
    load file
  rescue SystemExit => e
    status = e.status
  rescue Exception => e
    status = 1
    out.write("#{e.class}: #{e.message}\n")
  ensure
    $stdout = STDOUT
  end
  text = out.string.b
  STDOUT.write("#{status} #{text.bytesize}\n", text)
  STDOUT.flush
end
'''


class CRuby:
    """A resident CRuby that runs programs on request."""

    def __init__(self, ruby: str):
        self.proc = subprocess.Popen([ruby, "-e", SERVER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, bufsize=0)
        atexit.register(self.close)
        if self.proc.stdout.readline() != b"ready\n":    # its start-up is over
            raise RuntimeError("the resident ruby process did not start")

    def run(self, filename: str, argv: list[str]) -> tuple[int, str]:
        """(exit status, what the program printed)."""
        if any("\t" in a or "\n" in a for a in [filename, *argv]):
            raise ValueError("a tab or newline in a file name or argument")
        self.proc.stdin.write(("\t".join([filename, *argv]) + "\n").encode())
        header = self.proc.stdout.readline()
        if not header:
            raise RuntimeError("the resident ruby process exited")
        status, size = map(int, header.split())
        data = b""
        while len(data) < size:
            data += self.proc.stdout.read(size - len(data))
        return status, data.decode("utf-8", errors="replace")

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)


_server: CRuby | None = None


def available() -> bool:
    return shutil.which("ruby") is not None


def start() -> CRuby:
    """The resident CRuby of this process, started on first use."""
    global _server
    if _server is None:
        _server = CRuby(shutil.which("ruby"))
    return _server


def run(filename: str, argv: list[str]) -> None:
    """Run the program under CRuby, writing its output to sys.stdout; a
    failure is raised as SystemExit with CRuby's status."""
    status, out = start().run(filename, argv)
    sys.stdout.write(out)
    if status != 0:
        raise SystemExit(status)
