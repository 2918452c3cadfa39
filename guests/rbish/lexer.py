"""rbish tokens, lexed one at a time as the parser asks for them.

Ruby cannot be tokenized ahead of parsing.  Whether `/` starts a regexp or
divides, `-1` is a negative literal or a subtraction, `[` opens an array or
an index, `{` a block or a hash, `<<` a heredoc or a shift, depends on what
came before: an operand, an operator, a method name followed by a space --
and on whether the previous identifier is a local variable, which only the
parser knows.  So the lexer keeps a reduced form of CRuby's `lex_state`
(BEG, MID, ARG, END, ...), asks the parser `is_local(name)`, and the parser
pulls tokens lazily so that every name assigned so far is known when the
next token is lexed.  A string's `#{...}` is handed back to the parser,
which parses the embedded code from the source and says where it ended.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from hostvm.guest import GuestSyntaxError

KEYWORDS = frozenset("""
    alias and begin BEGIN break case class def defined? do else elsif end END ensure
    false for if in module next nil not or redo rescue retry return self super then
    true undef unless until when while yield __FILE__ __LINE__ __ENCODING__""".split())

# What may come next, after the token just lexed:
BEG = 0    # an expression starts (after an operator, `(`, `,`, most keywords); newlines are skipped
MID = 1    # after return/break/next/rescue: an optional value; a newline ends the statement
ARG = 2    # after a method name: `foo -1`, `foo [1]`, `foo /x/` start an argument
END = 3    # after an operand: operators are binary
DOT = 4    # after `.`, `&.`, `::`: a method name, keywords included
FNAME = 5  # after `def`/`alias`: a method name, operators included
CLASS = 6  # after `class`: as BEG, but `<<` is `class << self`

_STATE_AFTER_KEYWORD = {
    "end": END, "self": END, "nil": END, "true": END, "false": END, "__FILE__": END,
    "__LINE__": END, "redo": END, "retry": END,
    "return": MID, "break": MID, "next": MID, "rescue": MID,
    "yield": ARG, "super": ARG, "defined?": ARG,
    "def": FNAME, "alias": FNAME, "class": CLASS,
}
# Tokens directly followed by `(` (no space) whose `(` opens an argument list.
_CALLABLE = frozenset(("ident", "const", "yield", "super", "defined?", "not"))

_IDENT = re.compile(r"[^\W\d]\w*")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_NUMBER = re.compile(r"0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[dD][0-9_]+"
                     r"|(\d[\d_]*)(\.\d[\d_]*)?([eE][+-]?\d[\d_]*)?")
_OPERATOR_METHOD = re.compile(r"\[\]=?|<=>|===?|=~|!=|!~|\*\*|<<|>>|<=|>=|[+\-!~]@"
                              r"|[+\-*/%<>&|^!~]")
_HEREDOC = re.compile(r"""<<([~-]?)(?:(['"])(.*?)\2|([^\W\d]\w*))""")
_EMBEDDED_DOC_END = re.compile(r"^=end\b.*$\n?", re.M)
_INSTANCE_OR_CLASS_VARIABLE = re.compile(r"@@?[^\W\d]\w*")
_GLOBAL_VARIABLE = re.compile(r"\$(?:[^\W\d]\w*|\d+|-\w)")
_SYMBOL_VARIABLE = re.compile(r"@@?[^\W\d]\w*|\$[^\W\d]\w*")
_REGEXP_OPTIONS = re.compile(r"[a-z]*")
_INTERPOLATED_VARIABLE = re.compile(r"@@?[^\W\d]\w*|\$(?:[^\W\d]\w*|\d+)")
_HEX = re.compile(r"[0-9a-fA-F]{1,2}")
_OCTAL = re.compile(r"[0-7]{1,3}")
_GVAR_SPECIAL = "~!@&`'+*$?:\"<>,./\\;0_"
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "s": " ", "e": "\x1b", "a": "\a", "b": "\b",
                   "f": "\f", "v": "\v", "r": "\r"}
_END_OF_LINE = ("", "\n", "\r")
_END_OF_WORD = _END_OF_LINE + (" ", "\t")
_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}

# How a string literal's body is read.
DOUBLE = "double"  # escapes and interpolation ("...", %Q, unquoted heredocs)
SINGLE = "single"  # only \\ and \<delimiter> ('...', %q)
REGEXP = "regexp"  # escapes kept for the regexp engine, interpolation
RAW = "raw"        # nothing at all (<<~'EOS')


class Token:
    __slots__ = ("kind", "value", "pos", "end", "line", "col", "spaced")

    def __init__(self, kind, value, pos, end, line, col, spaced):
        self.kind, self.value, self.pos, self.end = kind, value, pos, end
        self.line, self.col, self.spaced = line, col, spaced

    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r}, {self.line}:{self.col})"


def line_starts(source):
    starts = [0]
    find = source.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


class Lexer:
    """Tokens from `pos` on; `parser` answers is_local(name) and
    parse_interpolation(pos) -> (node, position after the closing brace)."""

    def __init__(self, source, filename, parser, pos=0, starts=None):
        self.src, self.filename, self.parser = source, filename, parser
        self.starts = starts if starts is not None else line_starts(source)
        self.state = BEG
        self.prev_kind = None
        self.label_ok = True
        self.fname_names_left = 0  # `alias a b` takes two method names
        self.in_def_name = False   # `def x=(v)` / `def self.x=(v)` name a setter
        self.heredoc_resume = None  # where lexing resumes after this line's heredoc bodies
        self.pos = self._skip_line_start_blocks(pos) if pos == 0 else pos

    # -- positions and errors ----------------------------------------------------------
    def line_col(self, pos):
        line = bisect_right(self.starts, pos)
        return line, pos - self.starts[line - 1] + 1

    def error(self, message, pos):
        line, col = self.line_col(min(pos, self._end_of_input()))
        raise GuestSyntaxError(message, self.filename, line, col)

    def _end_of_input(self):
        """Where end-of-input is reported: after the last line's text."""
        n = len(self.src)
        return n - 1 if self.src.endswith("\n") else n

    def _token(self, kind, value, pos, end, spaced, state):
        line, col = self.line_col(pos)
        self.pos = end
        if self.fname_names_left and self.state == FNAME:
            self.fname_names_left -= 1
            state = FNAME
        self.state = state
        self.prev_kind = kind
        self.label_ok = kind != "?"
        return Token(kind, value, pos, end, line, col, spaced)

    # -- whitespace, comments, line ends --------------------------------------------------
    def _skip_line_start_blocks(self, pos):
        """Skip `=begin`...`=end` at a line start; `__END__` ends the program."""
        src = self.src
        while True:
            if src.startswith("=begin", pos) and src[pos + 6:pos + 7] in _END_OF_WORD:
                close = _EMBEDDED_DOC_END.search(src, pos)
                if close is None:
                    self.error("embedded document meets end of file", pos)
                pos = close.end()
            elif src.startswith("__END__", pos) and src[pos + 7:pos + 8] in _END_OF_LINE:
                return len(src)
            else:
                return pos

    def _after_newline(self, pos):
        """The position after the newline at `pos`, past any heredoc bodies."""
        after = pos + 1
        if self.heredoc_resume is not None:
            after, self.heredoc_resume = self.heredoc_resume, None
        return self._skip_line_start_blocks(after)

    def _next_line_starts_with_dot(self, pos):
        """A line starting with `.name` or `&.name` continues the previous one."""
        src = self.src
        while True:
            m = _SPACE.match(src, pos)
            if m:
                pos = m.end()
            c = src[pos:pos + 1]
            if c == "\n":
                pos += 1
            elif c == "#":
                end = src.find("\n", pos)
                if end < 0:
                    return False
                pos = end + 1
            else:
                return (c == "." and src[pos + 1:pos + 2] != ".") or src.startswith("&.", pos)

    # -- the next token -----------------------------------------------------------------
    def next(self):
        src, n = self.src, len(self.src)
        spaced = False
        while True:
            pos = self.pos
            if pos >= n:
                end = self._end_of_input()
                token = self._token("eof", None, end, end, spaced, END)
                self.pos = n
                return token
            c = src[pos]
            if c in " \t\r\f\v":
                self.pos = _SPACE.match(src, pos).end()
                spaced = True
            elif c == "\\" and src[pos + 1:pos + 2] == "\n":
                self.pos = self._after_newline(pos + 1)
                spaced = True
            elif c == "\\" and src[pos + 1:pos + 3] == "\r\n":
                self.pos = self._after_newline(pos + 2)
                spaced = True
            elif c == "#":
                end = src.find("\n", pos)
                self.pos = n if end < 0 else end
            elif c == "\n":
                self.pos = self._after_newline(pos)
                spaced = True
                if self.state not in (BEG, DOT, FNAME, CLASS) and \
                        not self._next_line_starts_with_dot(self.pos):
                    resume = self.pos
                    token = self._token("nl", None, pos, pos + 1, spaced, BEG)
                    self.pos = resume
                    return token
            else:
                break
        return self._lex_token(pos, c, spaced)

    def _unary_context(self, pos, spaced):
        """True where an operator character starts an operand: after an operator,
        or after a method name and a space with no space following (`foo -1`)."""
        state = self.state
        if state in (BEG, MID, CLASS):
            return True
        return state == ARG and spaced and self.src[pos:pos + 1] not in (" ", "\t", "\n", "\r", "")

    def _lex_token(self, pos, c, spaced):
        src = self.src
        state = self.state
        if state in (FNAME, DOT) and not (c.isalpha() or c == "_"):
            m = _OPERATOR_METHOD.match(src, pos)
            if m:
                self.in_def_name = False
                return self._token("ident", m.group(), pos, m.end(), spaced, ARG)
        if c.isdigit():
            return self._number(pos, spaced)
        m = _IDENT.match(src, pos)
        if m:
            return self._word(pos, m.end(), spaced)
        if c == '"':
            parts, end = self.scan_string(pos + 1, '"', None, DOUBLE)
            return self._string_token(parts, pos, end, spaced)
        if c == "'":
            parts, end = self.scan_string(pos + 1, "'", None, SINGLE)
            return self._string_token(parts, pos, end, spaced)
        if c == "`":
            self.error("a command literal (`...`) is not supported by rbish", pos)
        if c == "@":
            m = _INSTANCE_OR_CLASS_VARIABLE.match(src, pos)
            if not m:
                self.error("'@' without identifiers is not allowed as an instance variable name",
                           pos)
            kind = "cvar" if m.group().startswith("@@") else "ivar"
            return self._token(kind, m.group(), pos, m.end(), spaced, END)
        if c == "$":
            return self._global(pos, spaced)
        if c == ":":
            return self._colon(pos, spaced)
        if c == "?":
            return self._question(pos, spaced)
        return self._punctuation(pos, c, spaced)

    def _number(self, pos, spaced):
        src = self.src
        m = _NUMBER.match(src, pos)
        text = m.group().replace("_", "")
        if m.group(2) or m.group(3):
            kind, value = "float", float(text)
        elif len(text) > 1 and text[0] == "0" and text[1].isdigit():
            kind, value = "int", int(text, 8)
        elif len(text) > 1 and text[1] in "dD":
            kind, value = "int", int(text[2:])
        else:
            kind, value = "int", int(text, 0)
        if m.end() < len(src) and (src[m.end()].isalnum() or src[m.end()] == "_"):
            self.error("trailing characters in numeric literal", m.end())
        return self._token(kind, value, pos, m.end(), spaced, END)

    def _word(self, pos, end, spaced):
        src = self.src
        word = src[pos:end]
        state = self.state
        local = state not in (DOT, FNAME) and self.parser.is_local(word)
        suffix = src[end:end + 1]
        if suffix in ("?", "!") and not local and not (
                src[end + 1:end + 2] == "=" and src[end + 1:end + 3] not in ("==", "=~", "=>")):
            end += 1
            word += suffix
        if state in (BEG, MID, ARG) and self.label_ok and src[end:end + 1] == ":" \
                and src[end + 1:end + 2] != ":":
            return self._token("label", word, pos, end + 1, spaced, BEG)
        if state in (FNAME, DOT):
            kind = "const" if word[0].isupper() else "ident"
            if self.in_def_name and src[end:end + 1] == "=" and \
                    src[end + 1:end + 2] not in ("=", "~", ">") and word[-1] not in "?!":
                end += 1
                word += "="
            self.in_def_name = self.in_def_name and src[end:end + 1] == "."
            return self._token(kind, word, pos, end, spaced, ARG)
        if word in KEYWORDS:
            if word == "def":
                self.in_def_name = True
            elif word == "alias":
                self.fname_names_left = 1
            return self._token(word, word, pos, end, spaced, _STATE_AFTER_KEYWORD.get(word, BEG))
        if word[0].isupper():
            return self._token("const", word, pos, end, spaced, END)
        return self._token("ident", word, pos, end, spaced, END if local else ARG)

    def _global(self, pos, spaced):
        src = self.src
        m = _GLOBAL_VARIABLE.match(src, pos)
        if m:
            end = m.end()
        elif src[pos + 1:pos + 2] and src[pos + 1] in _GVAR_SPECIAL:
            end = pos + 2
        else:
            self.error("'$' without identifiers is not allowed as a global variable name", pos)
        return self._token("gvar", src[pos:end], pos, end, spaced, END)

    def _colon(self, pos, spaced):
        src = self.src
        nxt = src[pos + 1:pos + 2]
        if nxt == ":":
            kind = "colon3" if self._unary_context(pos + 2, spaced) else "colon2"
            return self._token(kind, None, pos, pos + 2, spaced, DOT)
        if nxt == '"':
            parts, end = self.scan_string(pos + 2, '"', None, DOUBLE)
            return self._token("dsym", parts, pos, end, spaced, END)
        if nxt == "'":
            parts, end = self.scan_string(pos + 2, "'", None, SINGLE)
            return self._token("dsym", parts, pos, end, spaced, END)
        m = _IDENT.match(src, pos + 1)
        if m:
            end = m.end()
            tail = src[end:end + 1]
            if tail in ("?", "!") and src[end + 1:end + 2] != "=":
                end += 1
            elif tail == "=" and src[end + 1:end + 2] not in ("=", "~", ">"):
                end += 1
            return self._token("sym", src[pos + 1:end], pos, end, spaced, END)
        m = _SYMBOL_VARIABLE.match(src, pos + 1) or \
            _OPERATOR_METHOD.match(src, pos + 1)
        if m:
            return self._token("sym", m.group(), pos, m.end(), spaced, END)
        return self._token(":", None, pos, pos + 1, spaced, BEG)

    def _question(self, pos, spaced):
        """`?a` is a one-character string where an operand may start; else the ternary `?`."""
        src = self.src
        c = src[pos + 1:pos + 2]
        if self._unary_context(pos + 1, spaced) and c and c not in " \t\r\n":
            if c == "\\":
                text, end = self._escape(pos + 1, DOUBLE, None, None)
                return self._token("str", [text], pos, end, spaced, END)
            after = src[pos + 2:pos + 3]
            if not (after.isalnum() or after == "_") or not (c.isalnum() or c == "_"):
                return self._token("str", [c], pos, pos + 2, spaced, END)
        return self._token("?", None, pos, pos + 1, spaced, BEG)

    def _punctuation(self, pos, c, spaced):
        src = self.src
        two = src[pos:pos + 2]
        three = src[pos:pos + 3]
        unary = self._unary_context(pos + 1, spaced)
        op_assign = None
        if c == "(":
            if self.prev_kind in _CALLABLE and not spaced:
                kind = "lparen_call"
            elif self.state == ARG and spaced:
                kind = "lparen_arg"
            else:
                kind = "("
            return self._token(kind, None, pos, pos + 1, spaced, BEG)
        if c in ")]}":
            return self._token(c, None, pos, pos + 1, spaced, END)
        if c == "[":
            kind = "lbrack" if unary or self.state == ARG and spaced else "lbrack_index"
            return self._token(kind, None, pos, pos + 1, spaced, BEG)
        if c == "{":
            kind = "lbrace_block" if self.state == ARG or self.prev_kind == ")" else "{"
            return self._token(kind, None, pos, pos + 1, spaced, BEG)
        if c in ",;":
            return self._token(c, None, pos, pos + 1, spaced, BEG)
        if c == ".":
            if three == "...":
                return self._token("...", None, pos, pos + 3, spaced, BEG)
            if two == "..":
                return self._token("..", None, pos, pos + 2, spaced, BEG)
            return self._token(".", None, pos, pos + 1, spaced, DOT)
        if c == "&":
            if two == "&.":
                return self._token("&.", None, pos, pos + 2, spaced, DOT)
            if three == "&&=":
                op_assign = "&&"
            elif two == "&&":
                return self._token("&&", None, pos, pos + 2, spaced, BEG)
            elif two == "&=":
                op_assign = "&"
            elif unary:
                return self._token("amp_arg", None, pos, pos + 1, spaced, BEG)
        elif c == "|":
            if three == "||=":
                op_assign = "||"
            elif two == "||":
                return self._token("||", None, pos, pos + 2, spaced, BEG)
            elif two == "|=":
                op_assign = "|"
        elif c == "*":
            if three == "**=":
                op_assign = "**"
            elif two == "**":
                kind = "dsplat" if self._unary_context(pos + 2, spaced) else "**"
                return self._token(kind, None, pos, pos + 2, spaced, BEG)
            elif two == "*=":
                op_assign = "*"
            elif unary:
                return self._token("splat", None, pos, pos + 1, spaced, BEG)
        elif c in "+-":
            if two == "->":
                return self._token("->", None, pos, pos + 2, spaced, BEG)
            if two in ("+=", "-=") and not self.state in (BEG, MID):
                op_assign = c
            elif unary:
                kind = ("u" + c + "num") if src[pos + 1:pos + 2].isdigit() else "u" + c
                return self._token(kind, None, pos, pos + 1, spaced, BEG)
        elif c == "/":
            if unary and not (self.state == ARG and two == "/="):
                parts, end = self.scan_string(pos + 1, "/", None, REGEXP)
                return self._regexp_token(parts, pos, end, spaced)
            if two == "/=":
                op_assign = "/"
        elif c == "%":
            if unary and not (self.state == ARG and two == "%="):
                token = self._percent_literal(pos, spaced)
                if token:
                    return token
            if two == "%=":
                op_assign = "%"
        elif c == "<":
            if two == "<<" and self.state != CLASS and unary:
                m = _HEREDOC.match(src, pos)
                if m:
                    return self._heredoc(m, pos, spaced)
            if three == "<=>":
                return self._token("<=>", None, pos, pos + 3, spaced, BEG)
            if three == "<<=":
                op_assign = "<<"
        elif c == ">":
            if three == ">>=":
                op_assign = ">>"
        elif c == "^":
            if two == "^=":
                op_assign = "^"
        elif c == "=":
            if three == "===":
                return self._token("===", None, pos, pos + 3, spaced, BEG)
            if two in ("==", "=~", "=>"):
                return self._token(two, None, pos, pos + 2, spaced, BEG)
            return self._token("=", None, pos, pos + 1, spaced, BEG)
        elif c == "!":
            if two in ("!=", "!~"):
                return self._token(two, None, pos, pos + 2, spaced, BEG)
            return self._token("!", None, pos, pos + 1, spaced, BEG)
        elif c == "~":
            return self._token("~", None, pos, pos + 1, spaced, BEG)
        elif c == "\\":
            self.error("syntax error, unexpected backslash", pos)
        else:
            self.error(f"Invalid char '{c}' in expression", pos)
        if op_assign is not None:
            return self._token("op_asgn", op_assign, pos, pos + len(op_assign) + 1, spaced, BEG)
        for op in (three, two):
            if op in ("<=>", "<<", ">>", "<=", ">=", "&&", "||", "**"):
                return self._token(op, None, pos, pos + len(op), spaced, BEG)
        return self._token(c, None, pos, pos + 1, spaced, BEG)

    # -- string-like literals ----------------------------------------------------------
    def _string_token(self, parts, pos, end, spaced):
        """A string, or a `"key": value` label where labels may appear."""
        src = self.src
        if self.state in (BEG, MID, ARG) and self.label_ok and src[end:end + 1] == ":" \
                and src[end + 1:end + 2] != ":":
            return self._token("strlabel", parts, pos, end + 1, spaced, BEG)
        return self._token("str", parts, pos, end, spaced, END)

    def _regexp_token(self, parts, pos, end, spaced):
        m = _REGEXP_OPTIONS.match(self.src, end)
        options = "".join(sorted(set(m.group()) & set("imx")))
        return self._token("regex", (parts, options), pos, m.end(), spaced, END)

    def _percent_literal(self, pos, spaced):
        src = self.src
        kind = src[pos + 1:pos + 2]
        if kind.isalpha():
            delim_at = pos + 2
        else:
            kind, delim_at = "Q", pos + 1
        delim = src[delim_at:delim_at + 1]
        if not delim or delim.isalnum() or delim.isspace():
            return None
        if kind not in "qQwir":
            self.error(f"a %{kind} literal is not supported by rbish", pos)
        close = _CLOSING.get(delim, delim)
        open_ = delim if close != delim else None
        if kind in "wi":
            words, end = self._scan_words(delim_at + 1, close, open_)
            return self._token("words" if kind == "w" else "symbols", words, pos, end, spaced, END)
        mode = {"q": SINGLE, "Q": DOUBLE, "r": REGEXP}[kind]
        parts, end = self.scan_string(delim_at + 1, close, open_, mode)
        if kind == "r":
            return self._regexp_token(parts, pos, end, spaced)
        return self._token("str", parts, pos, end, spaced, END)

    def _scan_words(self, pos, close, open_):
        """The words of %w[...] / %i[...]: whitespace separates, `\\ ` escapes it."""
        src = self.src
        words, current, depth = [], [], 0
        while True:
            if pos >= len(src):
                self.error("unterminated list meets end of file", pos)
            c = src[pos]
            if c == "\\" and pos + 1 < len(src):
                current.append(src[pos + 1])
                pos += 2
                continue
            if c == close and depth == 0:
                if current:
                    words.append("".join(current))
                return words, pos + 1
            if c.isspace():
                if current:
                    words.append("".join(current))
                    current = []
            else:
                if c == open_:
                    depth += 1
                elif c == close:
                    depth -= 1
                current.append(c)
            pos += 1

    def _heredoc(self, m, pos, spaced):
        """`<<~EOS`: the body is read from the next line (or after the previous
        heredoc of this line); lexing goes on with the rest of this line."""
        src = self.src
        flavour, quote, name = m.group(1), m.group(2), m.group(3) or m.group(4)
        if quote == "`":
            self.error("a command heredoc is not supported by rbish", pos)
        start = self.heredoc_resume
        if start is None:
            eol = src.find("\n", m.end())
            start = len(src) if eol < 0 else eol + 1
        line_at = start
        while True:
            if line_at >= len(src):
                self.error(f'can\'t find string "{name}" anywhere before EOF', pos)
            eol = src.find("\n", line_at)
            line_end = len(src) if eol < 0 else eol
            line = src[line_at:line_end].rstrip("\r")
            if (line.lstrip(" \t") if flavour else line) == name:
                break
            line_at = line_end + 1
        body_end = line_at
        self.heredoc_resume = min(line_end + 1, len(src))
        dedent = _common_indent(src[start:body_end]) if flavour == "~" else 0
        mode = RAW if quote == "'" else DOUBLE
        parts, _ = self.scan_string(start, None, None, mode, limit=body_end, dedent=dedent)
        return self._token("str", parts, pos, m.end(), spaced, END)

    def scan_string(self, pos, close, open_, mode, limit=None, dedent=0):
        """Read a literal's body from `pos` to its unnested `close` (or to `limit`).
        Returns (parts, position after the literal): parts are text and, for each
        interpolation, the parser's node."""
        src = self.src
        end = len(src) if limit is None else limit
        specials = {close, open_} - {None}
        if mode != RAW:
            specials.add("\\")
        if mode in (DOUBLE, REGEXP):
            specials.add("#")
        if dedent:
            specials.add("\n")
            pos = _skip_indent(src, pos, dedent, end)
        stop = _stop_pattern("".join(sorted(specials)))
        parts, text = [], []
        depth = 0
        while True:
            m = stop.search(src, pos, end)
            if m is None:
                if limit is None:
                    what = "regexp" if mode == REGEXP else "string"
                    self.error(f"unterminated {what} meets end of file", len(src))
                text.append(src[pos:end])
                pos = end
                break
            at = m.start()
            text.append(src[pos:at])
            c = src[at]
            if c == "\\":
                piece, pos = self._escape(at, mode, close, open_)
                text.append(piece)
            elif c == "#":
                pos = self._interpolation(at, parts, text)
            elif c == "\n":
                text.append("\n")
                pos = _skip_indent(src, at + 1, dedent, end)
            elif c == open_:
                depth += 1
                text.append(c)
                pos = at + 1
            elif depth:
                depth -= 1
                text.append(c)
                pos = at + 1
            else:
                pos = at + 1
                break
        _flush(parts, text)
        return parts, pos

    def _interpolation(self, at, parts, text):
        """`#{code}`, `#@ivar`, `#@@cvar`, `#$global` at `at`; else a plain `#`."""
        src = self.src
        nxt = src[at + 1:at + 2]
        if nxt == "{":
            _flush(parts, text)
            node, pos = self.parser.parse_interpolation(at + 2)
            parts.append(node)
            return pos
        m = _INTERPOLATED_VARIABLE.match(src, at + 1) if nxt in "@$" else None
        if m:
            _flush(parts, text)
            parts.append(self.parser.interpolated_variable(m.group(), *self.line_col(at + 1)))
            return m.end()
        text.append("#")
        return at + 1

    def _escape(self, at, mode, close, open_):
        """The text of the escape sequence at `at` and the position after it."""
        src = self.src
        c = src[at + 1:at + 2]
        if not c:
            self.error("unterminated string meets end of file", at)
        if mode == SINGLE:
            return (c, at + 2) if c in ("\\", close, open_) else ("\\" + c, at + 2)
        if mode == REGEXP:
            return (c, at + 2) if c == close == "/" else (src[at:at + 2], at + 2)
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c], at + 2
        if c == "\n":
            return "", at + 2
        if c == "u":
            if src[at + 2:at + 3] == "{":
                close_at = src.find("}", at + 3)
                if close_at < 0:
                    self.error("unterminated Unicode escape", at)
                codes = src[at + 3:close_at].split()
                return "".join(chr(int(h, 16)) for h in codes), close_at + 1
            digits = src[at + 2:at + 6]
            if not re.fullmatch(r"[0-9a-fA-F]{4}", digits):
                self.error("invalid Unicode escape", at)
            return chr(int(digits, 16)), at + 6
        if c == "x":
            m = _HEX.match(src, at + 2)
            if not m:
                self.error("invalid hex escape", at)
            return chr(int(m.group(), 16)), m.end()
        if c in "01234567":
            m = _OCTAL.match(src, at + 1)
            return chr(int(m.group(), 8)), m.end()
        if c == "c" or src.startswith("C-", at + 1):
            char_at = at + 2 if c == "c" else at + 3
            return chr(ord(src[char_at]) & 0x9F), char_at + 1
        return c, at + 2


@lru_cache(maxsize=None)
def _stop_pattern(chars):
    return re.compile("[" + re.escape(chars) + "]")


def _flush(parts, text):
    if text:
        joined = "".join(text)
        text.clear()
        if joined:
            if parts and isinstance(parts[-1], str):
                parts[-1] += joined
            else:
                parts.append(joined)


def _indent_width(line):
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width = width // 8 * 8 + 8
        else:
            break
    return width


def _common_indent(body):
    """A squiggly heredoc's indentation: the least of its non-blank lines'."""
    widths = [_indent_width(line) for line in body.split("\n") if line.strip()]
    return min(widths, default=0)


def _skip_indent(src, pos, width, end):
    column = 0
    while pos < end and column < width and src[pos] in " \t":
        column = column + 1 if src[pos] == " " else column // 8 * 8 + 8
        pos += 1
    return pos
