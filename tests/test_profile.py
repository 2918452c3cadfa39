"""The opcode profile counts exactly the instructions executed."""
from guests.pyish import GUEST
from hostvm.profile import profile_program, profile_to_text


def test_profile_counts_a_known_loop(tmp_path, capsys):
    p = tmp_path / "loop.py"
    p.write_text("i = 0\nwhile i < 10:\n    i += 1\n")
    counts, table = profile_program(GUEST, p)
    by_name = {table[op].opname: n for op, n in counts.items()}
    # the test runs 11 times, the body 10 times
    assert by_name["POP_JUMP_IF_FALSE"] == 11
    assert by_name["INPLACE_ADD"] == 10
    assert by_name["JUMP"] == 10
    text = profile_to_text(counts, table)
    top = max(by_name, key=by_name.get)
    assert by_name[top] == 23                 # LOAD_CONST: 1 + 11 tests + 10 increments + ...
    assert text.splitlines()[1].startswith(top)                # the most frequent first
