"""Errors hostvm itself raises (as opposed to errors of guest programs)."""


class TableError(Exception):
    """An Interpreter's i-ops cannot be built into a code table."""


class VerifyError(Exception):
    """Guest bytecode broke a rule of the verifier."""

    def __init__(self, code, offset, rule, detail=""):
        self.code = code
        self.offset = offset
        self.rule = rule
        self.detail = detail
        where = f"{code.name} ({code.filename})"
        at = f"offset {offset}" if offset is not None else "code object"
        msg = f"bytecode of {where} rejected at {at}: {rule}"
        if detail:
            msg += f": {detail}"
        super().__init__(msg)


class StackCheckError(Exception):
    """A checked operand-stack store failed (the analogue of the JVM's
    ArrayStoreException / ArrayIndexOutOfBoundsException)."""


class BackendError(Exception):
    """A backend cannot run here (no C compiler...) or cannot compile what it
    was given; the message says why, in one line."""
