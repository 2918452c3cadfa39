"""rbish source -> the syntax tree of ast.py: a hand-written recursive-descent
parser, with precedence climbing for binary operators.

Hand-written because Ruby's grammar is newline- and context-sensitive in
ways parser generators handle badly: `foo -1`, `foo [1]` and `foo /x/` are
calls with an argument when foo is a method and operators when foo is a
local variable; a `do` block binds to the outermost command call and `{`
to the nearest; `return`, `rescue` and a method name end at a newline that
an operator would skip.  The parser knows the local variables of every
scope and answers the lexer's questions about them (see lexer.py).

String parts: literal text is never empty, so `""` is `Str([])`; each
`#{...}`, `#@ivar` is a Seq.  Modifier forms (`a if c`, `a rescue b`,
`a while c`) keep `a` as it is; bodies of statements are Seqs.
"""
from __future__ import annotations

import re

from hostvm.guest import GuestSyntaxError

from . import ast as A
from .lexer import KEYWORDS, Lexer

# Binary operators by precedence, low to high; all left-associative (the
# non-associative ones are parsed as such too).  `**` and the unary
# operators are parsed by parse_unary.
_BINARY_PRECEDENCE = {
    "..": 1, "...": 1,
    "||": 2,
    "&&": 3,
    "<=>": 4, "==": 4, "===": 4, "!=": 4, "=~": 4, "!~": 4,
    "<": 5, "<=": 5, ">": 5, ">=": 5,
    "|": 6, "^": 6,
    "&": 7,
    "<<": 8, ">>": 8,
    "+": 9, "-": 9,
    "*": 10, "/": 10, "%": 10,
}
_TERNARY_PRECEDENCE = 0
_ABOVE_PIPE = _BINARY_PRECEDENCE["|"] + 1  # a block parameter's default stops at the closing `|`

# Tokens that start an argument of a command call (`puts x`, `foo.bar -1`):
# the lexer has already told `foo -1` (an argument) from `a - 1`.
_ARGUMENT_START = frozenset((
    "int", "float", "str", "sym", "dsym", "regex", "words", "symbols", "ident", "const",
    "ivar", "cvar", "gvar", "label", "strlabel", "u-", "u+", "u-num", "u+num", "!", "~",
    "lbrack", "lparen_arg", "colon3", "->", "splat", "dsplat", "amp_arg",
    "nil", "true", "false", "self", "not", "defined?", "def", "case", "begin", "yield",
    "super", "__FILE__", "__LINE__"))
# Tokens that start an expression where one is expected (after `return`, `..`).
_EXPRESSION_START = (_ARGUMENT_START | {"(", "{", "..", "...", "lparen_call", "class",
                                        "module", "for"}) \
    - {"label", "strlabel", "dsplat", "amp_arg"}
_MODIFIERS = frozenset(("if", "unless", "while", "until", "rescue"))
_BODY_END = ("rescue", "else", "ensure", "end")
_PARENS = ("(", "lparen_call", "lparen_arg")


def parse(source: str, filename: str) -> A.Seq:
    """The whole program as a Seq; GuestSyntaxError for bad input."""
    return Parser(source, filename).parse_program()


class _Scope:
    """Local variable names of a def/class/module body or of a block (whose
    enclosing scopes are visible: `parent`).  `numbered`: for a block or
    lambda written without parameters, the highest numbered parameter (`_1`
    .. `_9`) its body uses so far (0: none yet); None elsewhere."""
    __slots__ = ("names", "parent", "numbered")

    def __init__(self, parent):
        self.names, self.parent, self.numbered = set(), parent, None


#: Ruby 2.7's numbered block parameters
_NUMBERED_PARAM = re.compile(r"_[1-9]")


def _at(start):
    return {"line": start.line, "col": start.col}


class Parser:
    def __init__(self, source, filename):
        self.source, self.filename = source, filename
        self.scope = _Scope(None)
        # True while parsing a command's arguments or a loop condition: a `do`
        # there belongs to the command or the loop, not to the last call.
        self.no_do_block = False
        self.tok = None  # the first token may already hold an interpolation
        self.lexer = Lexer(source, filename, self)
        self.tok = self.lexer.next()

    # -- what the lexer asks --------------------------------------------------------------
    def is_local(self, name):
        scope = self.scope
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False

    def declare(self, name, tok=None):
        if _NUMBERED_PARAM.fullmatch(name):         # a variable or parameter `_1`
            self.error(f"{name} is reserved for numbered parameter", tok)
        self.scope.names.add(name)

    def parse_interpolation(self, pos):
        """Parse the code of a `#{...}` starting at `pos`: the Seq and the
        position after its closing brace."""
        saved = self.lexer, self.tok, self.no_do_block
        self.lexer = Lexer(self.source, self.filename, self, pos, saved[0].starts)
        self.no_do_block = False
        self.tok = self.lexer.next()
        body = self.parse_statements(("}",))
        if self.tok.kind == "eof":
            self.error("unterminated string meets end of file")
        self.expect_now("}")
        end = self.tok.end
        self.lexer, self.tok, self.no_do_block = saved
        return body, end

    def interpolated_variable(self, name, line, col):
        cls = {"@@": A.CVar, "@": A.IVar, "$": A.GVar}[name[:2] if name[:2] == "@@" else name[0]]
        return A.Seq([cls(name, line=line, col=col)], line=line, col=col)

    # -- tokens ------------------------------------------------------------------------
    def advance(self):
        tok = self.tok
        self.tok = self.lexer.next()
        return tok

    def accept(self, kind):
        if self.tok.kind == kind:
            return self.advance()
        return None

    def expect(self, kind):
        if self.tok.kind != kind:
            self.unexpected(expecting=kind)
        return self.advance()

    def expect_now(self, kind):
        """Check the current token without reading the next one (the lexer of
        an interpolation must stop at its closing brace)."""
        if self.tok.kind != kind:
            self.unexpected(expecting=kind)

    def skip_newlines(self):
        while self.tok.kind == "nl":
            self.advance()

    def error(self, message, tok=None):
        tok = tok or self.tok
        raise GuestSyntaxError(message, self.filename, tok.line, tok.col)

    def describe(self, tok):
        kind = tok.kind
        if kind == "eof":
            return "end-of-input"
        if kind == "nl":
            return "'\\n'"
        if kind in KEYWORDS:
            return f"`{kind}'"
        names = {"ident": "local variable or method", "const": "constant",
                 "int": "integer literal", "float": "float literal", "str": "string literal",
                 "sym": "symbol literal", "dsym": "symbol literal", "regex": "regexp literal",
                 "ivar": "instance variable", "cvar": "class variable",
                 "gvar": "global variable", "label": "label", "strlabel": "label",
                 "words": "word list", "symbols": "symbol list"}
        if kind in names:
            return names[kind]
        return f"'{self.source[tok.pos:tok.end]}'"

    def unexpected(self, tok=None, expecting=None):
        tok = tok or self.tok
        message = f"syntax error, unexpected {self.describe(tok)}"
        if expecting is not None:
            shown = {"eof": "end-of-input", "nl": "'\\n'", "const": "constant"}.get(expecting)
            if shown is None:
                shown = f"`{expecting}'" if expecting in KEYWORDS else f"'{expecting}'"
            message += f", expecting {shown}"
        self.error(message, tok)

    def unsupported(self, what, tok=None):
        self.error(f"{what} is not supported by rbish", tok)

    # -- statements ------------------------------------------------------------------------
    def parse_program(self):
        body = self.parse_statements(())
        if self.tok.kind != "eof":
            self.unexpected(expecting="eof")
        return body

    def parse_statements(self, stops):
        """Statements separated by newlines or `;` up to a token in `stops`."""
        start = self.tok
        saved, self.no_do_block = self.no_do_block, False
        body = []
        while True:
            while self.tok.kind in ("nl", ";"):
                self.advance()
            kind = self.tok.kind
            if kind in stops or kind == "eof":
                break
            body.append(self.parse_statement())
            if self.tok.kind not in ("nl", ";", "eof") and self.tok.kind not in stops:
                self.unexpected(expecting=None if stops else "eof")
        self.no_do_block = saved
        return A.Seq(body, **_at(start))

    def parse_statement(self):
        starts_with_begin = self.tok.kind == "begin"
        node = self.parse_expression_statement()
        while self.tok.kind in _MODIFIERS:
            kind = self.advance().kind
            if kind == "rescue":
                fallback = self.parse_expression_statement()
                node = A.Begin(node, [A.Rescue([], None, fallback, **_at(fallback))], **_at(node))
                continue
            cond = self.parse_expression_statement()
            if kind == "if":
                node = A.If(cond, node, None, **_at(node))
            elif kind == "unless":
                node = A.If(A.Not(cond, **_at(cond)), node, None, **_at(node))
            else:
                if kind == "until":
                    cond = A.Not(cond, **_at(cond))
                do_while = starts_with_begin and isinstance(node, A.Begin)
                if do_while and not (node.rescues or node.else_ or node.ensure):
                    node = node.body
                node = A.While(cond, node, do_while, **_at(node))
            starts_with_begin = False
        return node

    def parse_expression_statement(self):
        """`and` / `or` / `not`: below assignment, above the modifiers."""
        left = self.parse_not()
        while self.tok.kind in ("and", "or"):
            cls = A.And if self.advance().kind == "and" else A.Or
            self.skip_newlines()
            left = cls(left, self.parse_not(), **_at(left))
        return left

    def parse_not(self):
        if self.tok.kind == "not":
            start = self.advance()
            return A.Not(self.parse_not(), **_at(start))
        return self.parse_expression()

    def parse_expression(self):
        """An argument-level expression, or a multiple assignment, or an
        assignment whose right side is a list (`a = 1, 2`)."""
        start = self.tok
        if start.kind == "splat":
            return self.parse_multiple_assignment([], start)
        node = self.parse_arg()
        if self.tok.kind == ",":
            if _is_assignment(node):
                self.extend_right_side(node)
            elif _can_be_target(node):
                return self.parse_multiple_assignment([self.to_target(node)], start)
        elif isinstance(node, A.MultiAsgn) and node.value is None and self.tok.kind == "=":
            return self.parse_multiple_assignment(node.targets, start)
        return node

    def extend_right_side(self, node):
        """`a = 1, 2`: the right side is an Array (`a = b = 1, 2` is `a = [(b = 1), 2]`)."""
        first = node.args[-1] if isinstance(node, A.AttrAsgn) else node.value
        elements = [first]
        while self.accept(","):
            elements.append(self.parse_list_element())
        array = A.Array(elements, **_at(first))
        if isinstance(node, A.AttrAsgn):
            node.args[-1] = array
        else:
            node.value = array

    def parse_multiple_assignment(self, targets, start):
        """`a, (b, c), *d = value` once the targets before the current token are known."""
        if not targets or self.tok.kind == ",":
            if targets:
                self.advance()
            while self.tok.kind not in ("=", ")", "in", "|"):
                targets.append(self.parse_target())
                if not self.accept(","):
                    break
        if self.tok.kind != "=":
            if self.tok.kind == ")":
                return A.MultiAsgn(targets, None, **_at(start))
            self.unexpected(expecting="=")
        self.advance()
        first = self.tok
        values = [self.parse_list_element()]
        while self.accept(","):
            values.append(self.parse_list_element())
        if len(values) == 1 and not isinstance(values[0], A.Splat):
            value = values[0]
            if self.tok.kind == "rescue":
                value = self.parse_rescue_modifier(value)
        else:
            value = A.Array(values, **_at(first))
        return A.MultiAsgn(targets, value, **_at(start))

    def parse_target(self):
        """One target of a multiple assignment or a for loop."""
        tok = self.tok
        if tok.kind in ("splat", "*"):
            self.advance()
            if self.tok.kind in (",", "=", ")", "in", "|"):
                return A.Splat(None, **_at(tok))
            return A.Splat(self.to_target(self.parse_primary_with_postfix()), **_at(tok))
        if tok.kind in _PARENS:
            self.advance()
            inner = [self.parse_target()]
            while self.accept(","):
                inner.append(self.parse_target())
            self.expect(")")
            return A.MultiAsgn(inner, None, **_at(tok))
        return self.to_target(self.parse_primary_with_postfix())

    def parse_list_element(self):
        if self.tok.kind == "splat":
            start = self.advance()
            return A.Splat(self.parse_arg(), **_at(start))
        return self.parse_arg()

    # -- assignment and operators -----------------------------------------------------------
    def parse_arg(self):
        """An expression above `not`/`and`: operators, ternary, assignment."""
        left = self.parse_ternary()
        kind = self.tok.kind
        if kind == "=":
            if not _can_be_target(left):
                self.unexpected()
            target = self.to_target(left)
            self.advance()
            value = self.parse_assignment_value()
            if isinstance(target, A.AttrAsgn):
                target.args = list(target.args) + [value]
            else:
                target.value = value
            return target
        if kind == "op_asgn":
            if not _can_be_target(left) or isinstance(left, A.MultiAsgn):
                self.unexpected()
            target = self.to_operator_target(left)
            op = self.advance().value
            return A.OpAsgn(target, op, self.parse_assignment_value(), **_at(left))
        return left

    def parse_assignment_value(self):
        if self.tok.kind == "splat":
            start = self.tok
            elements = [self.parse_list_element()]
            while self.accept(","):
                elements.append(self.parse_list_element())
            return A.Array(elements, **_at(start))
        value = self.parse_arg()
        if self.tok.kind == "rescue":
            value = self.parse_rescue_modifier(value)
        return value

    def parse_rescue_modifier(self, value):
        self.advance()
        fallback = self.parse_arg()
        return A.Begin(value, [A.Rescue([], None, fallback, **_at(fallback))], **_at(value))

    def to_target(self, node):
        """The assignment node (value None) for an expression on the left of `=`."""
        cls = type(node)
        if cls is A.LVar:
            if _NUMBERED_PARAM.fullmatch(node.name):
                self.error(f"Can't assign to numbered parameter {node.name}", node)
            return A.LAsgn(node.name, None, **_at(node))
        if cls is A.Call and node.receiver is None and _is_bare_name(node):
            self.declare(node.name, node)
            return A.LAsgn(node.name, None, **_at(node))
        if cls is A.IVar:
            return A.IAsgn(node.name, None, **_at(node))
        if cls is A.GVar:
            return A.GAsgn(node.name, None, **_at(node))
        if cls is A.CVar:
            return A.CVAsgn(node.name, None, **_at(node))
        if cls is A.Const:
            return A.CAsgn(node.scope, node.name, None, node.top, **_at(node))
        if cls is A.Call and node.receiver is not None and node.block is None \
                and node.block_arg is None:
            if node.name == "[]":
                return A.AttrAsgn(node.receiver, "[]=", list(node.args), node.safe_nav,
                                  **_at(node))
            if not node.args and _is_bare_name(node):
                return A.AttrAsgn(node.receiver, node.name + "=", [], node.safe_nav,
                                  **_at(node))
        if cls is A.Splat and node.value is not None:
            return A.Splat(self.to_target(node.value), **_at(node))
        if cls is A.MultiAsgn and node.value is None:
            return node
        self.error(f"syntax error, cannot assign to {_describe_node(node)}", node)

    def to_operator_target(self, node):
        """`x += 1`: an op-assignment's target reads before it writes."""
        if type(node) is A.Call and node.receiver is None and _is_bare_name(node):
            self.declare(node.name, node)
            return A.LVar(node.name, **_at(node))
        if type(node) in (A.LVar, A.IVar, A.GVar, A.CVar, A.Const):
            return node
        return self.to_target(node)

    def parse_ternary(self):
        return self.parse_binary(_TERNARY_PRECEDENCE)

    def parse_binary(self, min_precedence):
        left = self.parse_unary()
        while True:
            tok = self.tok
            kind = tok.kind
            if kind == "?":
                if min_precedence > _TERNARY_PRECEDENCE:
                    return left
                self.advance()
                then = self.parse_arg()
                self.skip_newlines()
                if self.tok.kind == "label":
                    self.unsupported("a label right after the ternary `?` (write `x ? a : b`)",
                                 self.tok)
                self.expect(":")
                else_ = self.parse_arg()
                left = A.If(left, then, else_, **_at(left))
                continue
            precedence = _BINARY_PRECEDENCE.get(kind)
            if precedence is None or precedence < min_precedence:
                return left
            self.advance()
            if kind in ("..", "..."):
                right = None
                if self.tok.kind in _EXPRESSION_START:
                    right = self.parse_binary(precedence + 1)
                left = A.Range(left, right, kind == "...", **_at(left))
            elif kind == "&&":
                left = A.And(left, self.parse_binary(precedence + 1), **_at(left))
            elif kind == "||":
                left = A.Or(left, self.parse_binary(precedence + 1), **_at(left))
            else:
                right = self.parse_binary(precedence + 1)
                left = A.Call(left, kind, [right], **_at(left))

    def parse_unary(self):
        """Unary minus binds looser than `**`: `-a ** 2` is `-(a ** 2)`, but
        `-2.abs` is `(-2).abs`."""
        tok = self.tok
        if tok.kind == "u-":
            self.advance()
            return A.Call(self.parse_unary(), "-@", [], **_at(tok))
        if tok.kind == "u-num":
            self.advance()
            number = self.advance()
            cls = A.Int if number.kind == "int" else A.Float
            if self.tok.kind == "**":
                self.advance()
                power = A.Call(cls(number.value, **_at(number)), "**", [self.parse_unary()],
                               **_at(number))
                return A.Call(power, "-@", [], **_at(tok))
            return self.parse_power(self.parse_postfix(cls(-number.value, **_at(tok))))
        return self.parse_power(self.parse_unary_operand())

    def parse_power(self, base):
        if self.tok.kind == "**":
            self.advance()
            return A.Call(base, "**", [self.parse_unary()], **_at(base))
        return base

    def parse_unary_operand(self):
        tok = self.tok
        kind = tok.kind
        if kind == "!":
            self.advance()
            return A.Not(self.parse_unary_operand(), **_at(tok))
        if kind == "~":
            self.advance()
            return A.Call(self.parse_unary_operand(), "~", [], **_at(tok))
        if kind in ("u+", "u+num"):
            self.advance()
            operand = self.parse_unary_operand()
            if kind == "u+num":
                return operand
            return A.Call(operand, "+@", [], **_at(tok))
        return self.parse_primary_with_postfix()

    # -- primaries ------------------------------------------------------------------------
    def parse_primary_with_postfix(self):
        return self.parse_postfix(self.parse_primary())

    def parse_primary(self):
        tok = self.tok
        kind = tok.kind
        method = _PRIMARY.get(kind)
        if method is None:
            self.unexpected()
        return method(self, tok)

    def _int(self, tok):
        self.advance()
        return A.Int(tok.value, **_at(tok))

    def _float(self, tok):
        self.advance()
        return A.Float(tok.value, **_at(tok))

    def _string(self, tok):
        """Adjacent string literals are one string."""
        self.advance()
        parts = list(tok.value)
        while self.tok.kind == "str":
            for part in self.advance().value:
                if isinstance(part, str) and parts and isinstance(parts[-1], str):
                    parts[-1] += part
                else:
                    parts.append(part)
        return A.Str(parts, **_at(tok))

    def _symbol(self, tok):
        self.advance()
        return A.Sym(tok.value, **_at(tok))

    def _dynamic_symbol(self, tok):
        self.advance()
        return _symbol_from_parts(tok.value, tok)

    def _regex(self, tok):
        self.advance()
        parts, options = tok.value
        return A.Regex(list(parts), options, **_at(tok))

    def _words(self, tok):
        self.advance()
        cls = A.Str if tok.kind == "words" else A.Sym
        return A.Array([cls([w] if cls is A.Str else w, **_at(tok)) for w in tok.value],
                       **_at(tok))

    def _variable(self, tok):
        self.advance()
        cls = {"ivar": A.IVar, "cvar": A.CVar, "gvar": A.GVar}[tok.kind]
        return cls(tok.value, **_at(tok))

    def _keyword_value(self, tok):
        self.advance()
        kind = tok.kind
        if kind == "__FILE__":
            return A.Str([self.filename], **_at(tok))
        if kind == "__LINE__":
            return A.Int(tok.line, **_at(tok))
        return {"nil": A.Nil, "true": A.TrueLit, "false": A.FalseLit, "self": A.Self}[kind](
            **_at(tok))

    def _identifier(self, tok):
        self.advance()
        name = tok.value
        if _NUMBERED_PARAM.fullmatch(name) and self.scope.parent is not None:
            self.use_numbered_param(name, tok)
        if self.tok.kind == "lparen_call":
            args, block_arg = self.parse_paren_args()
            return A.Call(None, name, args, block_arg, None, **_at(tok))
        if name[-1] not in "?!" and self.is_local(name):
            return A.LVar(name, **_at(tok))
        return self.parse_call_rest(None, name, False, tok)

    def _constant(self, tok):
        self.advance()
        if self.tok.kind == "lparen_call":
            args, block_arg = self.parse_paren_args()
            return A.Call(None, tok.value, args, block_arg, None, **_at(tok))
        return A.Const(None, tok.value, **_at(tok))

    def _top_constant(self, tok):
        self.advance()
        name = self.expect("const")
        return A.Const(None, name.value, True, **_at(tok))

    def _parenthesized(self, tok):
        """`(stmts)`: one expression as itself, several as a Seq; `()` is nil."""
        self.advance()
        body = self.parse_statements((")",))
        self.expect(")")
        if not body.body:
            return A.Nil(**_at(tok))
        return body.body[0] if len(body.body) == 1 else body

    def _array(self, tok):
        self.advance()
        elements, block_arg = self.parse_arg_list("]")
        if block_arg is not None:
            self.error("syntax error, block argument should not be given", block_arg)
        for element in elements:
            if isinstance(element, A.Hash):
                element.braces = True
        return A.Array(elements, **_at(tok))

    def _hash(self, tok):
        self.advance()
        saved, self.no_do_block = self.no_do_block, False
        pairs = []
        while True:
            self.skip_newlines()
            if self.tok.kind == "}":
                break
            pairs.append(self.parse_pair("}"))
            if not self.accept(","):
                break
        self.skip_newlines()
        self.expect("}")
        self.no_do_block = saved
        return A.Hash(pairs, True, **_at(tok))

    def parse_pair(self, closer):
        """`key => value`, `key: value`, `"key": value`, `**hash`, `key:` (3.1 shorthand)."""
        tok = self.tok
        if tok.kind == "dsplat":
            self.advance()
            return (None, self.parse_arg())
        if tok.kind == "label":
            self.advance()
            key = A.Sym(tok.value, **_at(tok))
            if self.tok.kind in (",", closer, "nl"):
                value = A.LVar(tok.value, **_at(tok)) if self.is_local(tok.value) else \
                    A.Call(None, tok.value, [], **_at(tok))
                return (key, value)
            self.skip_newlines()
            return (key, self.parse_arg())
        if tok.kind == "strlabel":
            self.advance()
            self.skip_newlines()
            return (_symbol_from_parts(tok.value, tok), self.parse_arg())
        key = self.parse_arg()
        self.expect("=>")
        self.skip_newlines()
        return (key, self.parse_arg())

    def _beginless_range(self, tok):
        self.advance()
        high = self.parse_binary(_BINARY_PRECEDENCE[".."] + 1)
        return A.Range(None, high, tok.kind == "...", **_at(tok))

    def _lambda(self, tok):
        self.advance()
        saved_scope, self.scope = self.scope, _Scope(self.scope)
        if self.tok.kind in _PARENS:
            self.advance()
            params = self.parse_param_list((")",), in_block=False)
            self.expect(")")
        else:
            params = self.parse_param_list(("{", "lbrace_block", "do"), in_block=False)
            if not params.params:
                self.scope.numbered = 0     # it may use numbered parameters
        if self.tok.kind in ("{", "lbrace_block"):
            self.advance()
            body = self.parse_statements(("}",))
            closer = "}"
        elif self.tok.kind == "do":
            self.advance()
            body = self.parse_body()
            closer = "end"
        else:
            self.unexpected(expecting="{")
        params = self.numbered_params(params)
        self.scope = saved_scope
        self.expect(closer)
        return A.Lambda(params, body, **_at(tok))

    def _defined(self, tok):
        self.advance()
        if self.tok.kind in _PARENS:
            self.advance()
            self.skip_newlines()
            value = self.parse_expression_statement()
            self.skip_newlines()
            self.expect(")")
        else:
            value = self.parse_arg()
        return A.Defined(value, **_at(tok))

    def _not(self, tok):
        self.advance()
        if self.tok.kind in _PARENS:
            self.advance()
            value = self.parse_expression_statement()
            self.expect(")")
        else:
            value = self.parse_expression()
        return A.Not(value, **_at(tok))

    def _unsupported_keyword(self, tok):
        what = {"BEGIN": "a BEGIN block", "END": "an END block", "undef": "undef",
                "__ENCODING__": "__ENCODING__"}[tok.kind]
        self.unsupported(what, tok)

    # -- calls ------------------------------------------------------------------------
    def parse_postfix(self, node):
        """Method calls, indexing, `::` and blocks after a primary."""
        while True:
            tok = self.tok
            kind = tok.kind
            if kind in (".", "&."):
                self.advance()
                name = self.tok
                if name.kind in _PARENS:  # `callable.(args)` is `callable.call(args)`
                    args, block_arg = self.parse_paren_args()
                    node = A.Call(node, "call", args, block_arg, None, kind == "&.", **_at(node))
                    continue
                if name.kind not in ("ident", "const"):
                    self.unexpected()
                self.advance()
                node = self.parse_call_rest(node, name.value, kind == "&.", node)
            elif kind == "colon2":
                self.advance()
                name = self.tok
                if name.kind not in ("ident", "const"):
                    self.unexpected()
                self.advance()
                if name.kind == "const" and self.tok.kind != "lparen_call":
                    node = A.Const(node, name.value, **_at(node))
                else:
                    node = self.parse_call_rest(node, name.value, False, node)
            elif kind == "lbrack_index":
                self.advance()
                args, block_arg = self.parse_arg_list("]")
                node = A.Call(node, "[]", args, block_arg, None, **_at(node))
            elif kind == "lbrace_block" and _takes_block(node):
                node.block = self.parse_brace_block()
            elif kind == "do" and not self.no_do_block and _takes_block(node):
                node.block = self.parse_do_block()
            else:
                return node

    def parse_call_rest(self, receiver, name, safe_nav, start):
        """The arguments of `receiver.name`: `(...)`, a command's bare list, or none."""
        args, block_arg = [], None
        if self.tok.kind == "lparen_call":
            args, block_arg = self.parse_paren_args()
        elif self.tok.kind in _ARGUMENT_START:
            args, block_arg = self.parse_command_args()
        return A.Call(receiver, name, args, block_arg, None, safe_nav, **_at(start))

    def parse_paren_args(self):
        self.advance()
        return self.parse_arg_list(")")

    def parse_command_args(self):
        saved, self.no_do_block = self.no_do_block, True
        args, block_arg = self.parse_arg_list(None)
        self.no_do_block = saved
        return args, block_arg

    def parse_arg_list(self, closer):
        """Arguments up to `closer` (None: a command's list, ended by the first
        element not followed by a comma).  Keywords and `key => value` pairs
        gather in one Hash(braces=False); `&blk` is returned apart."""
        saved = self.no_do_block
        if closer is not None:
            self.no_do_block = False
        args, keywords, block_arg = [], None, None
        while True:
            if closer is not None:
                self.skip_newlines()
                if self.tok.kind == closer:
                    break
            tok = self.tok
            kind = tok.kind
            if kind == "splat":
                self.advance()
                args.append(A.Splat(self.parse_arg(), **_at(tok)))
            elif kind == "amp_arg":
                self.advance()
                block_arg = self.parse_arg()
            elif kind in ("label", "strlabel", "dsplat"):
                keywords = self.add_keyword(args, keywords, self.parse_pair(closer), tok)
            else:
                value = self.parse_arg()
                if self.tok.kind == "=>":
                    self.advance()
                    self.skip_newlines()
                    keywords = self.add_keyword(args, keywords, (value, self.parse_arg()), tok)
                else:
                    args.append(value)
            if not self.accept(","):
                break
        if closer is not None:
            self.skip_newlines()
            self.expect(closer)
        self.no_do_block = saved
        return args, block_arg

    @staticmethod
    def add_keyword(args, keywords, pair, tok):
        if keywords is None:
            keywords = A.Hash([], False, **_at(tok))
            args.append(keywords)
        keywords.pairs.append(pair)
        return keywords

    def parse_brace_block(self):
        # the block's scope first: the token after `{` is read (and a string's
        # interpolated code parsed) as the `{` is consumed
        saved_scope, self.scope = self.scope, _Scope(self.scope)
        self.scope.numbered = 0
        start = self.advance()
        params = self.parse_block_params()
        body = self.parse_statements(("}",))
        params = self.numbered_params(params)
        self.scope = saved_scope
        self.expect("}")
        return A.Block(params, body, **_at(start))

    def parse_do_block(self):
        saved_scope, self.scope = self.scope, _Scope(self.scope)
        self.scope.numbered = 0
        start = self.advance()
        params = self.parse_block_params()
        body = self.parse_body()
        params = self.numbered_params(params)
        self.scope = saved_scope
        self.expect("end")
        return A.Block(params, body, **_at(start))

    def use_numbered_param(self, name, tok):
        """`_1` .. `_9` in a block without parameters is its numbered
        parameter (a block using `_2` takes two, as `|_1, _2|`; one using only
        `_1` takes one, as `|_1|`, which does not spread an Array); outside
        a block it is an ordinary name.  CRuby's rules and wording."""
        scope = self.scope
        if scope.numbered is None:
            self.error("ordinary parameter is defined", tok)
        outer = scope.parent
        while outer is not None:
            if outer.numbered:
                self.error("numbered parameter is already used in outer block", tok)
            outer = outer.parent
        scope.numbered = max(scope.numbered, int(name[1]))
        scope.names.add(name)

    def numbered_params(self, params):
        """A parameterless block's parameters: those its body numbered."""
        n = self.scope.numbered
        if not n:
            return params
        return A.Params([A.Param("req", f"_{k}", None, None, line=params.line, col=params.col)
                         for k in range(1, n + 1)], line=params.line, col=params.col)

    def parse_block_params(self):
        tok = self.tok
        if tok.kind not in ("|", "||"):
            return A.Params([], **_at(tok))    # it may use numbered parameters
        self.scope.numbered = None
        if tok.kind == "||":
            self.advance()
            return A.Params([], **_at(tok))
        self.advance()
        params = self.parse_param_list(("|",), in_block=True)
        self.expect("|")
        return params

    # -- parameters ------------------------------------------------------------------------
    def parse_param_list(self, closers, in_block):
        """Parameters up to a token in `closers` (not consumed), each declared
        a local of the current scope as it is read."""
        start = self.tok
        params = []
        seen_rest = False
        in_parens = ")" in closers
        while True:
            if in_parens:
                self.skip_newlines()
            tok = self.tok
            kind = tok.kind
            if kind in closers:
                break
            if kind == "ident":
                self.advance()
                self.declare(tok.value, tok)
                if self.tok.kind == "=":
                    self.advance()
                    default = self.parse_binary(_ABOVE_PIPE) if in_block else self.parse_arg()
                    params.append(A.Param("opt", tok.value, default, None, **_at(tok)))
                else:
                    params.append(A.Param("post" if seen_rest else "req", tok.value, None, None,
                                          **_at(tok)))
            elif kind in ("splat", "*", "dsplat", "**", "amp_arg", "&"):
                self.advance()
                name = None
                if self.tok.kind == "ident":
                    name = self.advance().value
                    self.declare(name)
                param_kind = {"splat": "rest", "*": "rest", "dsplat": "kwrest", "**": "kwrest",
                              "amp_arg": "block", "&": "block"}[kind]
                seen_rest = seen_rest or param_kind == "rest"
                params.append(A.Param(param_kind, name, None, None, **_at(tok)))
            elif kind == "label":
                self.advance()
                self.declare(tok.value, tok)
                if self.tok.kind in (",", "nl", ";") + tuple(closers):
                    params.append(A.Param("key", tok.value, None, None, **_at(tok)))
                else:
                    default = self.parse_binary(_ABOVE_PIPE) if in_block else self.parse_arg()
                    params.append(A.Param("kwopt", tok.value, default, None, **_at(tok)))
            elif kind in _PARENS:
                self.advance()
                sub = self.parse_param_list((")",), in_block=True)
                self.expect(")")
                params.append(A.Param("mlhs", None, None, sub, **_at(tok)))
            elif kind == "...":
                self.unsupported("argument forwarding (...)")
            else:
                self.unexpected()
            if not self.accept(","):
                break
        if in_block and self.accept(";"):
            # block-local variables `|x; y|`: locals of the block, not parameters
            while self.tok.kind == "ident":
                self.declare(self.advance().value)
                if not self.accept(","):
                    break
        return A.Params(params, **_at(start))

    # -- definitions ------------------------------------------------------------------------
    def _def(self, tok):
        self.advance()
        name_tok = self.tok
        if name_tok.kind not in ("ident", "const"):
            self.unexpected()
        self.advance()
        singleton = None
        if self.tok.kind == ".":
            singleton = self.def_receiver(name_tok)
            self.advance()
            name_tok = self.tok
            if name_tok.kind not in ("ident", "const"):
                self.unexpected()
            self.advance()
        if _NUMBERED_PARAM.fullmatch(name_tok.value):
            self.error(f"{name_tok.value} is reserved for numbered parameter", name_tok)
        saved_scope, self.scope = self.scope, _Scope(None)
        if self.tok.kind in _PARENS:
            self.advance()
            params = self.parse_param_list((")",), in_block=False)
            self.expect(")")
        elif self.tok.kind in ("nl", ";", "="):
            params = A.Params([], **_at(self.tok))
        else:
            params = self.parse_param_list(("nl", ";"), in_block=False)
        if self.accept("="):
            self.skip_newlines()
            value = self.parse_statement()
            body = A.Seq([value], **_at(value))
            self.scope = saved_scope
        else:
            body = self.parse_body()
            self.scope = saved_scope
            self.expect("end")
        return A.Def(name_tok.value, params, body, singleton, **_at(tok))

    def def_receiver(self, tok):
        if tok.value == "self":
            return A.Self(**_at(tok))
        if tok.kind == "const":
            return A.Const(None, tok.value, **_at(tok))
        if self.is_local(tok.value):
            return A.LVar(tok.value, **_at(tok))
        return A.Call(None, tok.value, [], **_at(tok))

    def parse_body(self):
        """A def's, block's or begin's statements with optional rescue/else/ensure
        clauses (a Begin then), up to `end` (not consumed)."""
        start = self.tok
        body = self.parse_statements(_BODY_END)
        rescues = []
        while self.tok.kind == "rescue":
            rescues.append(self.parse_rescue_clause())
        else_ = ensure = None
        if self.accept("else"):
            else_ = self.parse_statements(_BODY_END)
        if self.accept("ensure"):
            ensure = self.parse_statements(("end",))
        if rescues or else_ is not None or ensure is not None:
            return A.Begin(body, rescues, else_, ensure, **_at(start))
        return body

    def parse_rescue_clause(self):
        start = self.advance()
        classes, target = [], None
        if self.tok.kind not in ("=>", "then", "nl", ";"):
            while True:
                classes.append(self.parse_list_element() if self.tok.kind == "splat"
                               else self.parse_ternary())
                if not self.accept(","):
                    break
                self.skip_newlines()
        if self.accept("=>"):
            target = self.to_target(self.parse_primary_with_postfix())
        self.parse_then()
        body = self.parse_statements(_BODY_END)
        return A.Rescue(classes, target, body, **_at(start))

    def parse_then(self):
        """The separator after a condition: a newline, `;` or `then`."""
        separated = False
        while self.tok.kind in ("nl", ";"):
            self.advance()
            separated = True
        if self.accept("then"):
            return
        if not separated:
            self.unexpected(expecting="then")

    def parse_do_separator(self):
        """After a loop condition: a newline, `;` or `do`."""
        separated = False
        while self.tok.kind in ("nl", ";"):
            self.advance()
            separated = True
        if self.accept("do"):
            return
        if not separated:
            self.unexpected(expecting="do")

    def _class(self, tok):
        self.advance()
        if self.tok.kind == "<<":
            self.advance()
            target = self.parse_expression()
            self.parse_terminator()
            saved_scope, self.scope = self.scope, _Scope(None)
            body = self.parse_statements(("end",))
            self.scope = saved_scope
            self.expect("end")
            return A.SClass(target, body, **_at(tok))
        path = self.parse_constant_path()
        superclass = None
        if self.accept("<"):
            superclass = self.parse_expression()
        self.parse_terminator()
        saved_scope, self.scope = self.scope, _Scope(None)
        body = self.parse_body()
        self.scope = saved_scope
        self.expect("end")
        return A.ClassDef(path, superclass, body, **_at(tok))

    def _module(self, tok):
        self.advance()
        path = self.parse_constant_path()
        self.parse_terminator()
        saved_scope, self.scope = self.scope, _Scope(None)
        body = self.parse_statements(("end",))
        self.scope = saved_scope
        self.expect("end")
        return A.ModuleDef(path, body, **_at(tok))

    def parse_terminator(self):
        if self.tok.kind not in ("nl", ";"):
            self.unexpected()

    def parse_constant_path(self):
        tok = self.tok
        top = bool(self.accept("colon3"))
        if self.tok.kind != "const":
            self.error("class/module name must be CONSTANT")
        name = self.advance()
        node = A.Const(None, name.value, top, **_at(tok))
        while self.accept("colon2"):
            node = A.Const(node, self.expect("const").value, **_at(tok))
        return node

    def _alias(self, tok):
        self.advance()
        names = []
        for _ in range(2):
            name = self.tok
            if name.kind not in ("ident", "const", "sym"):
                self.unexpected()
            self.advance()
            names.append(name.value)
        return A.Alias(names[0], names[1], **_at(tok))

    # -- control flow ----------------------------------------------------------------------
    def _if(self, tok):
        self.advance()
        node = self.parse_conditional(tok, negate=tok.kind == "unless")
        self.expect("end")
        return node

    def parse_conditional(self, tok, negate):
        cond = self.parse_expression_statement()
        if negate:
            cond = A.Not(cond, **_at(cond))
        self.parse_then()
        then = self.parse_statements(("elsif", "else", "end"))
        else_ = None
        if self.tok.kind == "elsif" and not negate:
            else_ = self.parse_conditional(self.advance(), negate=False)
        elif self.accept("else"):
            else_ = self.parse_statements(("end",))
        return A.If(cond, then, else_, **_at(tok))

    def parse_loop_condition(self):
        saved, self.no_do_block = self.no_do_block, True
        cond = self.parse_expression_statement()
        self.no_do_block = saved
        self.parse_do_separator()
        return cond

    def _while(self, tok):
        self.advance()
        cond = self.parse_loop_condition()
        if tok.kind == "until":
            cond = A.Not(cond, **_at(cond))
        body = self.parse_statements(("end",))
        self.expect("end")
        return A.While(cond, body, **_at(tok))

    def _for(self, tok):
        self.advance()
        targets = [self.parse_target()]
        while self.accept(","):
            targets.append(self.parse_target())
        target = targets[0] if len(targets) == 1 else A.MultiAsgn(targets, None, **_at(targets[0]))
        self.expect("in")
        iterable = self.parse_loop_condition()
        body = self.parse_statements(("end",))
        self.expect("end")
        return A.For(target, iterable, body, **_at(tok))

    def _case(self, tok):
        self.advance()
        subject = None
        if self.tok.kind not in ("nl", ";", "when"):
            subject = self.parse_expression_statement()
        while self.tok.kind in ("nl", ";"):
            self.advance()
        if self.tok.kind == "in":
            self.unsupported("pattern matching (case/in)")
        whens = []
        while self.tok.kind == "when":
            start = self.advance()
            conds = []
            while True:
                self.skip_newlines()
                conds.append(self.parse_list_element())
                if not self.accept(","):
                    break
            self.parse_then()
            body = self.parse_statements(("when", "else", "end"))
            whens.append(A.When(conds, body, **_at(start)))
        if not whens:
            self.unexpected(expecting="when")
        else_ = self.parse_statements(("end",)) if self.accept("else") else None
        self.expect("end")
        return A.Case(subject, whens, else_, **_at(tok))

    def _begin(self, tok):
        self.advance()
        body = self.parse_body()
        self.expect("end")
        if isinstance(body, A.Begin):
            body.line, body.col = tok.line, tok.col
            return body
        return A.Begin(body, **_at(tok))

    def _jump(self, tok):
        """`return`, `break`, `next` with an optional value (a list is an Array)."""
        self.advance()
        value = None
        if self.tok.kind in _EXPRESSION_START:
            start = self.tok
            args, block_arg = self.parse_command_args()
            if block_arg is not None:
                self.error("syntax error, block argument should not be given", block_arg)
            for arg in args:
                if isinstance(arg, A.Hash):
                    arg.braces = True  # `return a: 1` returns a Hash
            if len(args) == 1 and not isinstance(args[0], A.Splat):
                value = args[0]
            else:
                value = A.Array(args, **_at(start))
        cls = {"return": A.Return, "break": A.Break, "next": A.Next}[tok.kind]
        return cls(value, **_at(tok))

    def _redo_retry(self, tok):
        self.advance()
        return (A.Redo if tok.kind == "redo" else A.Retry)(**_at(tok))

    def _yield(self, tok):
        self.advance()
        args = []
        if self.tok.kind == "lparen_call":
            args, block_arg = self.parse_paren_args()
        elif self.tok.kind in _ARGUMENT_START:
            args, block_arg = self.parse_command_args()
        else:
            block_arg = None
        if block_arg is not None:
            self.error("syntax error, block argument should not be given to yield", block_arg)
        return A.Yield(args, **_at(tok))

    def _super(self, tok):
        self.advance()
        if self.tok.kind == "lparen_call":
            args, block_arg = self.parse_paren_args()
        elif self.tok.kind in _ARGUMENT_START:
            args, block_arg = self.parse_command_args()
        else:
            return A.Super([], None, None, False, **_at(tok))
        return A.Super(args, block_arg, None, True, **_at(tok))


def _symbol_from_parts(parts, tok):
    if all(isinstance(p, str) for p in parts):
        return A.Sym("".join(parts), **_at(tok))
    return A.DSym(list(parts), **_at(tok))


def _is_bare_name(call):
    """A call that may stand for a variable: `foo`, `obj.foo` without arguments."""
    name = call.name
    return not call.args and call.block is None and call.block_arg is None and \
        (name[0].isalpha() or name[0] == "_") and name[-1] not in "?!"


def _can_be_target(node):
    cls = type(node)
    if cls in (A.LVar, A.IVar, A.GVar, A.CVar, A.Const):
        return True
    if cls is A.Call:
        return node.block is None and node.block_arg is None and (
            node.name == "[]" and node.receiver is not None or _is_bare_name(node))
    if cls is A.Splat:
        return node.value is not None and _can_be_target(node.value)
    return cls is A.MultiAsgn and node.value is None


def _is_assignment(node):
    return type(node) in (A.LAsgn, A.IAsgn, A.GAsgn, A.CVAsgn, A.CAsgn, A.AttrAsgn) and (
        node.value is not None if not isinstance(node, A.AttrAsgn) else bool(node.args))


def _takes_block(node):
    return type(node) in (A.Call, A.Super) and node.block is None and node.block_arg is None \
        and getattr(node, "name", None) != "[]"


def _describe_node(node):
    return {A.Nil: "nil", A.Self: "self", A.TrueLit: "true", A.FalseLit: "false"}.get(
        type(node), "this expression")


_PRIMARY = {
    "int": Parser._int, "float": Parser._float, "str": Parser._string,
    "sym": Parser._symbol, "dsym": Parser._dynamic_symbol, "regex": Parser._regex,
    "words": Parser._words, "symbols": Parser._words,
    "ivar": Parser._variable, "cvar": Parser._variable, "gvar": Parser._variable,
    "nil": Parser._keyword_value, "true": Parser._keyword_value,
    "false": Parser._keyword_value, "self": Parser._keyword_value,
    "__FILE__": Parser._keyword_value, "__LINE__": Parser._keyword_value,
    "ident": Parser._identifier, "const": Parser._constant, "colon3": Parser._top_constant,
    "(": Parser._parenthesized, "lparen_arg": Parser._parenthesized,
    "lbrack": Parser._array, "{": Parser._hash, "..": Parser._beginless_range,
    "...": Parser._beginless_range, "->": Parser._lambda, "defined?": Parser._defined,
    "not": Parser._not,
    "def": Parser._def, "class": Parser._class, "module": Parser._module,
    "alias": Parser._alias,
    "if": Parser._if, "unless": Parser._if, "while": Parser._while, "until": Parser._while,
    "for": Parser._for, "case": Parser._case, "begin": Parser._begin,
    "return": Parser._jump, "break": Parser._jump, "next": Parser._jump,
    "redo": Parser._redo_retry, "retry": Parser._redo_retry,
    "yield": Parser._yield, "super": Parser._super,
    "BEGIN": Parser._unsupported_keyword, "END": Parser._unsupported_keyword,
    "undef": Parser._unsupported_keyword, "__ENCODING__": Parser._unsupported_keyword,
}
