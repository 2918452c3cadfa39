"""The rbish syntax tree: what parser.py produces and compiler.py consumes.

One class per construct, named as Ruby's own documentation names them.
Every node carries the position where it starts (`line`, 1-based; `col`,
1-based), which the compiler copies into the line table and into its
errors.  Sugar that has one obvious meaning in terms of other nodes is
removed by the parser (see the notes on each class), so the compiler sees
a small language:

* `unless c; a; else b; end` and `a unless c` are `If(Not(c), a, b)`;
  `c ? a : b` and `a if c` are `If` too.
* `until c` is `While(Not(c), ...)`; `begin ... end while c` is
  `While(c, body, do_while=True)`.
* binary and unary operator expressions are method calls: `a + b` is
  `Call(a, "+", [b])`, `-a` is `Call(a, "-@", [])`, `a != b` is
  `Call(a, "!=", [b])`, `a[i]` is `Call(a, "[]", [i])`; only `!`/`not`
  (`Not`), `&&`/`and` (`And`), `||`/`or` (`Or`) and `defined?` are not.
* `obj.x = v` and `a[i] = v` are `AttrAsgn` (their value is `v`, not the
  method's result).
* adjacent string literals are one `Str`; `%w[...]` and `%i[...]` are
  `Array`s of `Str`/`Sym`; heredocs are `Str`; `__FILE__` and `__LINE__`
  are `Str` and `Int`.
* a body that is a sequence of statements is a `Seq`, even of one.

Argument lists (`args` of Call, Super, Yield, Array elements, When
conditions) may contain `Splat(value)`; a call's keyword arguments are
one trailing `Hash(pairs, braces=False)`; `&blk` is the call's
`block_arg`, a literal block its `block`.
"""
from __future__ import annotations


class Node:
    """Fields in `_fields` order, then `line` and `col` as keywords."""

    __slots__ = ("line", "col")
    _fields: tuple = ()

    def __init__(self, *args, line=0, col=0, **kw):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, kw.pop(name, self._defaults.get(name)))
        if kw:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(kw)}")
        self.line, self.col = line, col

    _defaults: dict = {}

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None

    def children(self):
        """The nodes directly below this one (for tree walks)."""
        for f in self._fields:
            v = getattr(self, f)
            if isinstance(v, Node):
                yield v
            elif isinstance(v, (list, tuple)):
                for x in v:
                    if isinstance(x, Node):
                        yield x
                    elif isinstance(x, (list, tuple)):
                        yield from (y for y in x if isinstance(y, Node))


def _node(name, fields="", doc="", **defaults):
    cls = type(name, (Node,), {"__slots__": tuple(fields.split()), "_fields": tuple(fields.split()),
                               "_defaults": defaults, "__doc__": doc})
    return cls


# -- sequences and literals -------------------------------------------------------------
Seq = _node("Seq", "body", "Statements in order; the value is the last one's (nil if empty).")
Nil = _node("Nil")
TrueLit = _node("TrueLit")
FalseLit = _node("FalseLit")
Self = _node("Self")
Int = _node("Int", "value", "An Integer literal (host int, any size).")
Float = _node("Float", "value")
Str = _node("Str", "parts",
            "A string literal: parts are host str (literal text, escapes already "
            "processed) and nodes (each `#{...}`, a Seq). A new String each evaluation.")
Sym = _node("Sym", "name", "A Symbol literal `:name` (name a host str).")
DSym = _node("DSym", "parts", "`:\"a#{b}\"`: parts as in Str.")
Regex = _node("Regex", "parts options", "`/.../opts`: parts as in Str; options a str of "
              "flag letters (i, m, x).", options="")
Array = _node("Array", "elements", "`[a, *b, c]`.")
Hash = _node("Hash", "pairs braces",
             "`{k => v, s: v, **h}`: pairs are (key node, value node) tuples, or "
             "(None, node) for `**h`. braces=False for a call's trailing keywords.",
             braces=True)
Range = _node("Range", "low high exclusive", "`a..b` / `a...b`; low or high None when "
              "left out (`(1..)`).", exclusive=False)
Splat = _node("Splat", "value", "`*value` in an argument list, array literal, when "
              "clause or multiple assignment (value None for a bare `*` target).")

# -- variables and constants ----------------------------------------------------------
LVar = _node("LVar", "name", "A read of a local variable (the parser knows which "
             "identifiers are locals: assigned earlier in the scope, or parameters).")
IVar = _node("IVar", "name", "`@name` (name includes the @).")
GVar = _node("GVar", "name", "`$name` (name includes the $).")
CVar = _node("CVar", "name", "`@@name` (name includes the @@).")
Const = _node("Const", "scope name top",
              "`Name` (scope None), `A::Name` (scope a node), `::Name` (top=True).",
              top=False)
LAsgn = _node("LAsgn", "name value", "`name = value`; value None as a multiple-"
              "assignment, for-loop or rescue target.")
IAsgn = _node("IAsgn", "name value")
GAsgn = _node("GAsgn", "name value")
CVAsgn = _node("CVAsgn", "name value")
CAsgn = _node("CAsgn", "scope name value top", top=False)
AttrAsgn = _node("AttrAsgn", "receiver name args safe_nav",
                 "`r.x = v` (name 'x=', args [v]) and `r[i] = v` (name '[]=', args "
                 "[i, v]); its value is the last argument. As a target (multiple "
                 "assignment, op-assignment) the last argument is left out.",
                 safe_nav=False)
MultiAsgn = _node("MultiAsgn", "targets value",
                  "`a, (b, c), *d = value`: targets are assignment nodes with value "
                  "None, Splat(target or None) and nested MultiAsgn (value None); "
                  "value is one node, or an Array for `a, b = 1, 2`.")
OpAsgn = _node("OpAsgn", "target op value",
               "`target op= value` with op '+', '-', ..., '||' or '&&'; target is an "
               "LVar, IVar, GVar, CVar, Const or AttrAsgn (args without the value).")

# -- calls ------------------------------------------------------------------------------
Call = _node("Call", "receiver name args block_arg block safe_nav",
             "`receiver.name(args) { block }`: receiver None for a call on self "
             "(`puts x`, `foo`); block_arg the node of `&blk`; block a Block; "
             "safe_nav for `&.`.", args=(), safe_nav=False)
Block = _node("Block", "params body", "`{ |params| body }` / `do |params| ... end`; "
              "params a Params (empty when there are no pipes).")
Lambda = _node("Lambda", "params body", "`->(params) { body }`.")
Super = _node("Super", "args block_arg block has_args",
              "`super(args)`; has_args False for a bare `super` (it passes the "
              "method's own arguments).", args=(), has_args=True)
Yield = _node("Yield", "args", args=())
Not = _node("Not", "value")
And = _node("And", "left right")
Or = _node("Or", "left right")
Defined = _node("Defined", "value", "`defined?(value)`.")

# -- definitions --------------------------------------------------------------------------
Param = _node("Param", "kind name default sub",
              "kind: 'req', 'opt' (default a node), 'rest' (`*a`, name None for a bare "
              "`*`), 'post' (required after a rest), 'key' (`k:`, required), 'kwopt' "
              "(`k: default`), 'kwrest' (`**o`), 'block' (`&b`), 'mlhs' (a block's "
              "`(a, b)`: sub a Params).")
Params = _node("Params", "params", "Parameters in source order.", params=())
Def = _node("Def", "name params body singleton",
            "`def name(params) body end`; singleton the node of `def self.name` / "
            "`def obj.name` (None for an instance method). A body with rescue/ensure "
            "is a Begin.")
ClassDef = _node("ClassDef", "path superclass body", "`class Path < superclass`; path a Const.")
SClass = _node("SClass", "target body", "`class << target`.")
ModuleDef = _node("ModuleDef", "path body")
Alias = _node("Alias", "new old", "`alias new old` / `alias_method`-free form; names as str.")

# -- control flow -------------------------------------------------------------------------
If = _node("If", "cond then else_", "then / else_ may be None.")
While = _node("While", "cond body do_while", do_while=False)
For = _node("For", "target iter body", "`for target in iter`; target an assignment "
            "node with value None or a MultiAsgn.")
Case = _node("Case", "subject whens else_", "subject None for `case` with no subject.")
When = _node("When", "conds body")
Break = _node("Break", "value", "value None, a node, or an Array for `break a, b`.")
Next = _node("Next", "value")
Redo = _node("Redo")
Retry = _node("Retry")
Return = _node("Return", "value")
Begin = _node("Begin", "body rescues else_ ensure",
              "`begin body rescue ... else ... ensure ... end` (also a def's or "
              "block's body with rescue/ensure); `x rescue y` is a Begin too.",
              rescues=(), else_=None, ensure=None)
Rescue = _node("Rescue", "classes target body",
               "`rescue A, B => target`; classes empty means StandardError; target "
               "an assignment node with value None, or None.")
