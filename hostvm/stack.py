"""Checked and unchecked operand stacks (pure-Python backend).

Both are a real array in the guest frame (a list sized by the verifier's
maximum depth); they differ only in the store, which is the one place the
generators write to the stack.

* checked: every store tests the slot against the array's bound and the value
  against the guest's value type, as a JVM array store does (bounds check,
  then ArrayStoreException's type check), and raises StackCheckError.  The
  type test is as cheap as we could make it, like the JVM's fast subtype
  check: the value's exact type is looked up in a set first, and only a
  miss pays for isinstance over the declared types, then asks the guest
  (`Interpreter.is_guest_value`), which may admit the type for good.
* unchecked: a plain store.  Safe only because the verifier proved every
  access in range and the i-ops return only guest values.

A stack kind is data for the generators: `store(arr, index, value)` returns
the source lines of one store.
"""
from __future__ import annotations

from .errors import StackCheckError


class StackKind:
    name: str = ""
    checked: bool = False

    def store(self, arr: str, index, value: str) -> list[str]:
        raise NotImplementedError

    def __repr__(self):
        return f"<stack {self.name}>"


class CheckedStack(StackKind):
    name = "checked"
    checked = True

    def store(self, arr, index, value):
        return [f"if not 0 <= {index} < {arr}_cap: raise stack_bound_error({index}, {arr}_cap)",
                f"if type({value}) not in VALUE_EXACT and not isinstance({value}, VALUE_TYPE) "
                f"and not ADMIT({value}): raise stack_type_error({value})",
                f"{arr}[{index}] = {value}"]


class UncheckedStack(StackKind):
    name = "unchecked"

    def store(self, arr, index, value):
        return [f"{arr}[{index}] = {value}"]


STACKS = {"checked": CheckedStack(), "unchecked": UncheckedStack()}


def stack_bound_error(index, cap):
    return StackCheckError(f"operand stack store out of bounds: slot {index}, capacity {cap}")


def stack_type_error(value):
    return StackCheckError(f"operand stack store of a non-guest value: {type(value).__name__}")
