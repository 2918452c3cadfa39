# sys.argv: run with no extra arguments
import sys
print(sys.argv[1:])
print(len(sys.argv[1:]))
print(type(sys.argv), isinstance(sys.argv[0], str))
print(sys.argv[0].endswith("sys_argv.py"))
args = sys.argv[1:]
if args:
    print("got args:", args)
else:
    print("no args")
for a in sys.argv[1:]:
    print("arg", a)
print(len(sys.argv) >= 1)
count = 0
for _ in sys.argv:
    count += 1
print(count == len(sys.argv))
print([a.upper() for a in sys.argv[1:]])
print(sys.argv[1] if len(sys.argv) > 1 else "default")
print(sys.argv[-1] == sys.argv[len(sys.argv) - 1])
print(sys.argv[1:] == [], sys.argv[1:2], sys.argv[5:])
print(" ".join(sys.argv[1:]) == "")
print(sys.argv[:1] == [sys.argv[0]])
print(sorted(sys.argv[1:]), list(reversed(sys.argv[1:])))
def first_arg(default):
    return sys.argv[1] if len(sys.argv) > 1 else default
print(first_arg("fallback"))
print(len(sys.argv[0]) > 0)
