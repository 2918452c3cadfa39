# Regenerate bench/rbish/expected/<name>_<size>.out for every benchmark and
# every size listed in manifest.toml, by running each program under CRuby
# (`ruby`, 3.1, which must be on PATH; override with the RUBY environment
# variable).
#
# Usage: python3 bench/rbish/regen_expected.py
import os
import subprocess
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE_KEYS = ("default", "small", "quick")


def main():
    ruby = os.environ.get("RUBY", "ruby")
    with open(os.path.join(HERE, "manifest.toml"), "rb") as f:
        manifest = tomllib.load(f)
    out_dir = os.path.join(HERE, "expected")
    os.makedirs(out_dir, exist_ok=True)
    for name, sizes in sorted(manifest.items()):
        program = os.path.join(HERE, name + ".rb")
        for size in sorted({sizes[key] for key in SIZE_KEYS}):
            result = subprocess.run(
                [ruby, program, str(size)],
                check=True, capture_output=True, text=True)
            path = os.path.join(out_dir, f"{name}_{size}.out")
            with open(path, "w", newline="") as f:
                f.write(result.stdout)
            print(f"wrote {os.path.relpath(path, HERE)}")


main()
