"""NilClass, TrueClass and FalseClass."""
from __future__ import annotations

from ..objects import RHash, RString, builtin, truthy


@builtin("NilClass", "to_s")
def nil_to_s(self):
    return RString("")


@builtin("NilClass", "to_a")
def nil_to_a(self):
    return []


@builtin("NilClass", "to_h")
def nil_to_h(self):
    return RHash()


@builtin("NilClass", "to_i")
def nil_to_i(self):
    return 0


@builtin("NilClass", "to_f")
def nil_to_f(self):
    return 0.0


@builtin("NilClass", "inspect")
def nil_inspect(self):
    return RString("nil")


@builtin("NilClass", "nil?")
def nil_is_nil(self):
    return True


@builtin("NilClass", "&")
@builtin("FalseClass", "&")
def false_and(self, other):
    return False


@builtin("NilClass", "|", "^")
@builtin("FalseClass", "|", "^")
def false_or(self, other):
    return truthy(other)


@builtin("TrueClass", "&")
def true_and(self, other):
    return truthy(other)


@builtin("TrueClass", "|")
def true_or(self, other):
    return True


@builtin("TrueClass", "^")
def true_xor(self, other):
    return not truthy(other)


@builtin("TrueClass", "to_s", "inspect")
def true_to_s(self):
    return RString("true")


@builtin("FalseClass", "to_s", "inspect")
def false_to_s(self):
    return RString("false")
