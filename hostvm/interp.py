"""`Interpreter`: the base class a guest's i-ops live in.

An instance of an Interpreter subclass is a guest frame: inside an i-op,
`self` is the executing frame.  Its documented surface, the only part of the
frame an i-op body may touch, is:

    self.locals    list of local variable values
    self.cells     list of closure cells (own cells, then free variables)
    self.consts    the code object's constants
    self.names     the code object's names
    self.globals   the module namespace (a dict) the code runs in
    self.code      the CodeObject being run
    self.vm        the VM: the running engine, and the guest's runtime state

The engines own `stack`, `sp`, `pc` and `rv`; i-ops never use them.
"""
from __future__ import annotations


class _FrameMeta(type):
    """Gives every subclass `__slots__ = ()` unless it declares its own, so that
    frames stay small and attribute access stays fast."""

    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("__slots__", ())
        return super().__new__(mcls, name, bases, ns, **kw)


class Interpreter(metaclass=_FrameMeta):
    __slots__ = ("code", "locals", "cells", "consts", "names", "globals", "vm",
                 "stack", "sp", "pc", "rv")

    #: the guest's Opcode enum
    opcodes = None
    #: what the checked operand stack admits: a type or tuple of types (tested
    #: with isinstance) ...
    value_type = object
    #: ... plus these exact types (tested by identity, so `object` here admits
    #: plain object() instances without admitting everything)
    value_exact = ()

    @classmethod
    def is_guest_value(cls, value) -> bool:
        """Asked by the checked store about a value of a type not declared
        above; True admits the value (and its type, from then on, at the cost
        of a set lookup).  A guest whose values are host objects of open-ended
        types (pyish: whatever the host modules return) admits every value
        that is not one of the VM's own internal objects."""
        return False

    def __init__(self, vm, code, locals_, cells, globals_):
        self.vm = vm
        self.code = code
        self.locals = locals_
        self.cells = cells
        self.consts = code.consts
        self.names = code.names
        self.globals = globals_
