"""The rbish i-ops: one method per opcode, declared with @i_op.

Bodies take the common case themselves (Integer and Float arithmetic,
Array and Hash indexing, calls of methods written in Ruby that bind
nothing but their required arguments, attribute readers) and leave the rest
of Ruby's semantics to runtime.py and to `send`.

A call site's operand is `index << 8 | argc`: the CallSite in the constants
and the number of arguments on the stack.
"""
from __future__ import annotations

from hostvm import (BRANCH, CALL, CELL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, RAISE, RETURN,
                    TAKEN, TARGET, Interpreter, i_op, stack_shuffles)

from . import objects, runtime as rt
from .builtins.object import frozen_values
from .calls import UNSET
from .objects import (AttrReader, AttrWriter, Builtin, BreakSignal, RHash, RMethod, RObject, RProc, RString,
                      ReturnSignal, class_of, note_builtin_frame, rb_error)
from .opcodes import Op

#: the two hidden locals a plain method call puts between self and the arguments
_NO_BLOCK_NO_HOME = (None, None)
#: integers this large or smaller convert to a Float exactly (Integer / Float's fast path)
FLOAT_EXACT = 2 ** 53


class RbishInterpreter(stack_shuffles(Op), Interpreter):
    opcodes = Op
    value_type = rt.VALUE_TYPES

    @classmethod
    def is_guest_value(cls, value):
        """The built-in library's own value types (Enumerator, Regexp, Method,
        MatchData...) are Ruby values too; the VM's internals never reach
        a stack (UNSET does, by design: VALUE_TYPES names it)."""
        return True

    #: the switch engine's case order, hottest first: the dynamic opcode
    #: profile of bench/rbish at the quick sizes (`hostvm profile`), each
    #: benchmark weighted equally, as for pyish and jsish
    switch_order = (
        Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.OPT_PLUS, Op.LOAD_DEREF, Op.OPT_MULT,
        Op.RETURN_VALUE, Op.OPT_AREF, Op.SEND_0, Op.POP_JUMP_IF_TRUE, Op.SEND_1, Op.GET_CONST,
        Op.POP_JUMP_IF_FALSE, Op.GET_IVAR, Op.OPT_MINUS, Op.OPT_LT, Op.POP_TOP, Op.OPT_AND,
        Op.SET_IVAR, Op.OPT_GE, Op.OPT_DIV, Op.LOAD_CLOSURE, Op.OPT_EQ, Op.OPT_LTLT,
    )

    # -- variables ------------------------------------------------------------------------
    @i_op(Op.LOAD_FAST, operand=LOCAL, stack="-- value")
    def load_fast(self, index):
        return self.locals[index]

    @i_op(Op.STORE_FAST, operand=LOCAL, stack="value --")
    def store_fast(self, index, value):
        self.locals[index] = value

    @i_op(Op.LOAD_DEREF, operand=CELL, stack="-- value")
    def load_deref(self, index):
        return self.cells[index].cell_contents

    @i_op(Op.STORE_DEREF, operand=CELL, stack="value --")
    def store_deref(self, index, value):
        self.cells[index].cell_contents = value

    @i_op(Op.LOAD_CLOSURE, operand=CELL, stack="-- cell")
    def load_closure(self, index):
        return self.cells[index]

    @i_op(Op.LOAD_CONST, operand=CONST, stack="-- value")
    def load_const(self, index):
        return self.consts[index]

    @i_op(Op.PUT_STRING, operand=CONST, stack="-- string")
    def put_string(self, index):
        return RString(self.consts[index])

    @i_op(Op.GET_IVAR, operand=NAME, stack="-- value")
    def get_ivar(self, index):
        obj = self.locals[0]
        if type(obj) is RObject:
            return obj.ivars.get(self.names[index])
        return rt.get_ivar(obj, self.names[index])

    @i_op(Op.SET_IVAR, operand=NAME, stack="value --")
    def set_ivar(self, index, value):
        obj = self.locals[0]
        if type(obj) is RObject and not frozen_values:
            obj.ivars[self.names[index]] = value
        else:
            rt.set_ivar(obj, self.names[index], value)

    @i_op(Op.GET_GVAR, operand=NAME, stack="-- value")
    def get_gvar(self, index):
        return rt.get_gvar(self.names[index])

    @i_op(Op.SET_GVAR, operand=NAME, stack="value --")
    def set_gvar(self, index, value):
        rt.set_gvar(self.names[index], value)

    @i_op(Op.GET_CVAR, operand=NAME, stack="-- value")
    def get_cvar(self, index):
        return rt.get_cvar(self.locals[0], self.code, self.names[index])

    @i_op(Op.SET_CVAR, operand=NAME, stack="value --")
    def set_cvar(self, index, value):
        rt.set_cvar(self.locals[0], self.code, self.names[index], value)

    @i_op(Op.GET_CONST, operand=CONST, stack="-- value")
    def get_const(self, index):
        ref = self.consts[index]
        if ref.serial == objects.R.const_serial and ref.realm is objects.R:
            return ref.value                    # no constant set since the last read
        return rt.get_const(ref)

    @i_op(Op.GET_CONST_FROM, operand=NAME, stack="scope -- value")
    def get_const_from(self, index, scope):
        return rt.get_const_from(scope, self.names[index])

    @i_op(Op.SET_CONST, operand=CONST, stack="scope value --")
    def set_const(self, index, scope, value):
        rt.set_const(scope, self.consts[index], value)

    @i_op(Op.DEFINED, operand=CONST, stack="-- result")
    def defined(self, index):
        return rt.defined(self.locals[0], self.consts[index])

    # -- control flow -----------------------------------------------------------------------
    @i_op(Op.JUMP, operand=TARGET, control=JUMP)
    def jump(self, target):
        pass

    @i_op(Op.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_false(self, target, cond):
        return cond is None or cond is False

    @i_op(Op.POP_JUMP_IF_TRUE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_true(self, target, cond):
        return cond is not None and cond is not False

    @i_op(Op.JUMP_IF_FALSE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_false_or_pop(self, target, cond):
        return cond is None or cond is False

    @i_op(Op.JUMP_IF_TRUE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_true_or_pop(self, target, cond):
        return cond is not None and cond is not False

    @i_op(Op.POP_JUMP_IF_NIL, operand=TARGET, stack="value --", control=BRANCH)
    def pop_jump_if_nil(self, target, value):
        return value is None

    @i_op(Op.JUMP_IF_ARG_GIVEN, operand=TARGET, stack="value --", control=BRANCH)
    def jump_if_arg_given(self, target, value):
        return value is not UNSET

    @i_op(Op.RETURN_VALUE, stack="value --", control=RETURN)
    def return_value(self, value):
        return value

    @i_op(Op.RETURN_FROM_BLOCK, stack="value --", control=RAISE)
    def return_from_block(self, value):
        home = self.locals[2].home
        if home is None:
            raise rb_error("LocalJumpError", "unexpected return")
        raise ReturnSignal(home, value)

    @i_op(Op.BREAK_FROM_BLOCK, stack="value --", control=RAISE)
    def break_from_block(self, value):
        raise BreakSignal(self.locals[2], value)

    @i_op(Op.RERAISE, stack="exc --", control=RAISE)
    def reraise(self, exc):
        raise exc

    @i_op(Op.RESCUE_MATCH, stack="exc classes -- exc matched")
    def rescue_match(self, exc, classes):
        return rt.rescue_match(exc, classes)

    @i_op(Op.EXCEPTION_VALUE, stack="exc -- value")
    def exception_value(self, exc):
        return rt.enter_rescue(exc)

    @i_op(Op.END_RESCUE)
    def end_rescue(self):
        rt.leave_rescue()

    @i_op(Op.ENSURE_ERRINFO, stack="exc -- exc")
    def ensure_errinfo(self, exc):
        rt.enter_ensure(exc)

    @i_op(Op.GET_ITER, stack="value -- iter")
    def get_iter(self, value):
        return rt.for_iter(value)

    @i_op(Op.FOR_ITER, operand=TARGET, stack="iter -- iter item", branch="iter --",
          control=BRANCH)
    def for_iter(self, target, iter):
        for item in iter:
            return item
        return TAKEN

    @i_op(Op.CASE_EQ, stack="subject pattern -- subject matched")
    def case_eq(self, subject, pattern):
        return rt.case_eq(pattern, subject)

    @i_op(Op.CASE_EQ_SPLAT, stack="subject patterns -- subject matched")
    def case_eq_splat(self, subject, patterns):
        return any(rt.case_eq(p, subject) for p in rt.splat_array(patterns))

    # -- calls ----------------------------------------------------------------------------
    @i_op(Op.SEND, operand=IMM, stack="args[(ci & 255) + 1] -- result", control=CALL)
    def send(self, ci, args):
        site = self.consts[ci >> 8]
        recv = args[0]
        cls = recv.cls if type(recv) is RObject else class_of(recv)
        m = cls.mcache.get(site.name)
        if m is None:
            m = cls.lookup(site.name)
        t = type(m)
        if t is RMethod:
            if m.plain and ci & 255 == m.nreq and (site.fcall or m.visibility == "public"):
                args[1:1] = _NO_BLOCK_NO_HOME          # [self, block, home, *args]
                args += m.pad
                return m.vm.call_code(m.code, args, (), m.globals)
        elif t is Builtin:
            if m.min_args <= ci & 255 and (m.max_args is None or ci & 255 <= m.max_args):
                if m.takes_block:
                    args.insert(1, None)                # fn(recv, block, *args)
                try:
                    return m.fn(*args)
                except BaseException as e:
                    note_builtin_frame(e, m)
                    raise
        elif t is AttrReader:
            if ci & 255 == 0 and type(recv) is RObject:
                return recv.ivars.get(m.ivar)
        elif t is AttrWriter:
            if ci & 255 == 1 and type(recv) is RObject and not frozen_values:
                recv.ivars[m.ivar] = args[1]
                return args[1]
        return site.call(recv, args[1:], None)

    @i_op(Op.SEND_0, operand=CONST, stack="recv -- result", control=CALL)
    def send_0(self, index, recv):
        site = self.consts[index]
        cls = recv.cls if type(recv) is RObject else class_of(recv)
        m = cls.mcache.get(site.name)
        if m is None:
            m = cls.lookup(site.name)
        t = type(m)
        if t is AttrReader:
            if type(recv) is RObject:
                return recv.ivars.get(m.ivar)
        elif t is RMethod:
            if m.plain and m.nreq == 0 and (site.fcall or m.visibility == "public"):
                return m.vm.call_code(m.code, [recv, None, None, *m.pad], (), m.globals)
        elif t is Builtin:
            if m.min_args == 0:
                try:
                    # a built-in that takes a block is called without one
                    return m.fn(recv, None) if m.takes_block else m.fn(recv)
                except BaseException as e:
                    note_builtin_frame(e, m)
                    raise
        return site.call(recv, [], None)

    @i_op(Op.SEND_1, operand=CONST, stack="recv arg -- result", control=CALL)
    def send_1(self, index, recv, arg):
        site = self.consts[index]
        cls = recv.cls if type(recv) is RObject else class_of(recv)
        m = cls.mcache.get(site.name)
        if m is None:
            m = cls.lookup(site.name)
        t = type(m)
        if t is AttrWriter:
            if type(recv) is RObject and not frozen_values:
                recv.ivars[m.ivar] = arg
                return arg
        elif t is RMethod:
            if m.plain and m.nreq == 1 and (site.fcall or m.visibility == "public"):
                return m.vm.call_code(m.code, [recv, None, None, arg, *m.pad], (), m.globals)
        elif t is Builtin:
            if m.min_args <= 1 and (m.max_args is None or m.max_args >= 1):
                try:
                    return m.fn(recv, None, arg) if m.takes_block else m.fn(recv, arg)
                except BaseException as e:
                    note_builtin_frame(e, m)
                    raise
        return site.call(recv, [arg], None)

    @i_op(Op.SEND_BLOCK, operand=IMM, stack="args[(ci & 255) + 1] block -- result",
          control=CALL)
    def send_block(self, ci, args, block):
        site = self.consts[ci >> 8]
        recv = args[0]
        cls = recv.cls if type(recv) is RObject else class_of(recv)
        m = cls.mcache.get(site.name)
        if m is None:
            m = cls.lookup(site.name)
        try:
            if type(m) is Builtin and m.takes_block and m.min_args <= ci & 255 and (
                    m.max_args is None or ci & 255 <= m.max_args):
                args.insert(1, block)                   # fn(recv, block, *args)
                try:
                    return m.fn(*args)
                except BaseException as e:
                    note_builtin_frame(e, m)
                    raise
            return site.call(recv, args[1:], block)
        except BreakSignal as b:
            if b.proc is block and site.literal_block:
                return b.value
            raise

    @i_op(Op.SEND_VARARGS, operand=CONST, stack="recv args block -- result", control=CALL)
    def send_varargs(self, index, recv, args, block):
        site = self.consts[index]
        if site.literal_block:
            try:
                return site.call(recv, args, block)
            except BreakSignal as b:
                if b.proc is block:
                    return b.value
                raise
        return site.call(recv, args, block)

    @i_op(Op.INVOKE_BLOCK, operand=COUNT, stack="args[count] -- result", control=CALL)
    def invoke_block(self, count, args):
        blk = self.locals[1]
        if type(blk) is RProc and blk.fast and count == blk.nparams:
            args[0:0] = (blk.self_value, blk.outer_block, blk)
            args += blk.pad
            return blk.vm.call_code(blk.code, args, blk.cells, blk.globals)
        if blk is None:
            raise rb_error("LocalJumpError", "no block given (yield)")
        return blk.call(*args)

    @i_op(Op.INVOKE_BLOCK_VARARGS, stack="args -- result", control=CALL)
    def invoke_block_varargs(self, args):
        blk = self.locals[1]
        if blk is None:
            raise rb_error("LocalJumpError", "no block given (yield)")
        return blk.call(*args)

    @i_op(Op.INVOKE_SUPER, operand=CONST, stack="args block -- result", control=CALL)
    def invoke_super(self, index, args, block):
        return rt.invoke_super(self.locals[0], self.code, self.consts[index], args, block)

    @i_op(Op.MAKE_BLOCK, operand=COUNT, stack="code closure[count] -- block")
    def make_block(self, count, code, closure):
        home = self.locals[2]           # a method's Home (or None), or a block's own proc
        if type(home) is RProc:
            home = home.home
        return RProc(self.vm, code, self.locals[0], closure, self.locals[1], home,
                     self.globals)

    @i_op(Op.MAKE_LAMBDA, stack="block -- block")
    def make_lambda(self, block):
        rt.make_lambda(block)

    @i_op(Op.BLOCK_ARG, stack="value -- block")
    def block_arg(self, value):
        return rt.block_arg(value)

    # -- operators: the built-in types here, everything else through send --------------
    @i_op(Op.OPT_PLUS, operand=CONST, stack="left right -- result", control=CALL)
    def opt_plus(self, site, left, right):
        if type(left) is int and type(right) is int:
            return left + right
        if type(left) is float and (type(right) is float or type(right) is int):
            return left + right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_MINUS, operand=CONST, stack="left right -- result", control=CALL)
    def opt_minus(self, site, left, right):
        if type(left) is int and type(right) is int:
            return left - right
        if type(left) is float and (type(right) is float or type(right) is int):
            return left - right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_MULT, operand=CONST, stack="left right -- result", control=CALL)
    def opt_mult(self, site, left, right):
        if type(left) is int and type(right) is int:
            return left * right
        if type(left) is float and (type(right) is float or type(right) is int):
            return left * right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_DIV, operand=CONST, stack="left right -- result", control=CALL)
    def opt_div(self, site, left, right):
        if type(left) is int and type(right) is int and right:
            return left // right
        if type(right) is float and right and (
                type(left) is float or type(left) is int and -FLOAT_EXACT <= left <= FLOAT_EXACT):
            return left / right
        if type(left) is float and type(right) is int and right:
            return left / right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_MOD, operand=CONST, stack="left right -- result", control=CALL)
    def opt_mod(self, site, left, right):
        if type(left) is int and type(right) is int and right:
            return left % right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_LT, operand=CONST, stack="left right -- result", control=CALL)
    def opt_lt(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left < right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_LE, operand=CONST, stack="left right -- result", control=CALL)
    def opt_le(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left <= right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_GT, operand=CONST, stack="left right -- result", control=CALL)
    def opt_gt(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left > right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_GE, operand=CONST, stack="left right -- result", control=CALL)
    def opt_ge(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left >= right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_EQ, operand=CONST, stack="left right -- result", control=CALL)
    def opt_eq(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left == right
        if left is None or type(left) is bool:
            return left is right
        if type(left) is str:                                 # a Symbol
            return type(right) is str and left == right
        if type(left) is RString and type(right) is RString:
            return left.s == right.s
        if type(left) is RObject and left.cls.lookup("==") is objects.R.identity_eq:
            return left is right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_NEQ, operand=CONST, stack="left right -- result", control=CALL)
    def opt_neq(self, site, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left != right
        if left is None or type(left) is bool:
            return left is not right
        if type(left) is str:
            return type(right) is not str or left != right
        if type(left) is RString and type(right) is RString:
            return left.s != right.s
        if type(left) is RObject and left.cls.lookup("==") is objects.R.identity_eq:
            return left is not right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_LTLT, operand=CONST, stack="left right -- result", control=CALL)
    def opt_ltlt(self, site, left, right):
        if type(left) is list and not frozen_values:
            left.append(right)
            return left
        if type(left) is RString and type(right) is RString and not left.frozen:
            left.s += right.s
            return left
        if type(left) is int and type(right) is int and 0 <= right < 64:
            return left << right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_AND, operand=CONST, stack="left right -- result", control=CALL)
    def opt_and(self, site, left, right):
        if type(left) is int and type(right) is int:
            return left & right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_OR, operand=CONST, stack="left right -- result", control=CALL)
    def opt_or(self, site, left, right):
        if type(left) is int and type(right) is int:
            return left | right
        return self.consts[site].call(left, [right], None)

    @i_op(Op.OPT_AREF, operand=CONST, stack="recv key -- value", control=CALL)
    def opt_aref(self, site, recv, key):
        if type(recv) is list and type(key) is int:
            if -len(recv) <= key < len(recv):
                return recv[key]
            return None
        if type(recv) is RHash and (type(key) is int or type(key) is str or
                                    type(key) is RString):
            value = recv.get(key, UNSET)
            if value is not UNSET:
                return value
        return self.consts[site].call(recv, [key], None)

    @i_op(Op.OPT_ASET, operand=CONST, stack="recv key value --", control=CALL)
    def opt_aset(self, site, recv, key, value):
        if type(recv) is list and type(key) is int and -len(recv) <= key < len(recv) and \
                not frozen_values:
            recv[key] = value
        elif type(recv) is RHash and (type(key) is int or type(key) is str) and \
                not recv.frozen:
            recv[key] = value
        else:
            self.consts[site].call(recv, [key, value], None)

    @i_op(Op.OPT_LENGTH, operand=CONST, stack="recv -- length", control=CALL)
    def opt_length(self, site, recv):
        if type(recv) is list:
            return len(recv)
        if type(recv) is RString:
            return len(recv.s)
        return self.consts[site].call(recv, [], None)

    @i_op(Op.OPT_NOT, operand=CONST, stack="value -- result", control=CALL)
    def opt_not(self, site, value):
        if type(value) is RObject:
            return self.consts[site].call(value, [], None)
        return value is None or value is False

    @i_op(Op.OPT_NEG, operand=CONST, stack="value -- result", control=CALL)
    def opt_neg(self, site, value):
        if type(value) is int or type(value) is float:
            return -value
        return self.consts[site].call(value, [], None)

    @i_op(Op.OPT_SUCC, operand=CONST, stack="value -- result", control=CALL)
    def opt_succ(self, site, value):
        if type(value) is int:
            return value + 1
        return self.consts[site].call(value, [], None)

    @i_op(Op.NOT, stack="value -- result")
    def not_(self, value):
        return value is None or value is False

    # -- values -----------------------------------------------------------------------------
    @i_op(Op.BUILD_ARRAY, operand=COUNT, stack="items[count] -- array")
    def build_array(self, count, items):
        return items

    @i_op(Op.ARRAY_APPEND, stack="array value -- array")
    def array_append(self, array, value):
        array.append(value)

    @i_op(Op.ARRAY_CONCAT, stack="array value -- array")
    def array_concat(self, array, value):
        array.extend(rt.splat_array(value))

    @i_op(Op.SPLAT_ARRAY, stack="value -- array")
    def splat_array(self, value):
        return list(rt.splat_array(value))

    @i_op(Op.BUILD_HASH, operand=COUNT, stack="items[count * 2] -- hash")
    def build_hash(self, count, items):
        return rt.build_hash(RHash(), items)

    @i_op(Op.BUILD_KWARGS, operand=COUNT, stack="items[count * 2] -- hash")
    def build_kwargs(self, count, items):
        return rt.build_hash(rt.KwArgs(), items)

    @i_op(Op.HASH_MERGE, stack="hash other -- hash")
    def hash_merge(self, hash, other):
        rt.hash_merge(hash, other)

    @i_op(Op.BUILD_RANGE, operand=IMM, stack="low high -- range")
    def build_range(self, exclusive, low, high):
        return rt.new_range(low, high, exclusive)

    @i_op(Op.BUILD_STRING, operand=COUNT, stack="parts[count] -- string")
    def build_string(self, count, parts):
        return RString("".join(parts))

    @i_op(Op.TO_S, stack="value -- text")
    def to_s(self, value):
        if type(value) is RString:
            return value.s
        if type(value) is int:
            return str(value)
        return rt.to_s(value)

    @i_op(Op.MAKE_SYMBOL, stack="text -- symbol")
    def make_symbol(self, text):
        return text.s

    @i_op(Op.MAKE_REGEXP, operand=CONST, stack="parts -- regexp")
    def make_regexp(self, options, parts):
        return rt.new_regexp(parts, self.consts[options])

    @i_op(Op.EXPAND_ARRAY, operand=COUNT, stack="value -- items[count]")
    def expand_array(self, count, value):
        if type(value) is list and len(value) == count:
            return value                    # the engine copies the items out
        return rt.expand_array(value, count, 0, False)

    @i_op(Op.EXPAND_ARRAY_SPLAT, operand=IMM,
          stack="value -- items[(shape >> 8) + (shape & 255) + 1]")
    def expand_array_splat(self, shape, value):
        return rt.expand_array(value, shape >> 8, shape & 255, True)

    # -- definitions ------------------------------------------------------------------------
    @i_op(Op.DEFINE_METHOD, operand=CONST, stack="-- name")
    def define_method(self, index):
        return rt.define_method(self.vm, self.locals[0], self.consts[index], self.globals)

    @i_op(Op.DEFINE_SINGLETON_METHOD, operand=CONST, stack="obj -- name")
    def define_singleton_method(self, index, obj):
        return rt.define_singleton_method(self.vm, obj, self.consts[index], self.globals)

    @i_op(Op.DEFINE_CLASS, operand=CONST, stack="scope superclass -- cls")
    def define_class(self, index, scope, superclass):
        return rt.define_class(self.locals[0], scope, self.consts[index], superclass)

    @i_op(Op.DEFINE_MODULE, operand=CONST, stack="scope -- module")
    def define_module(self, index, scope):
        return rt.define_module(self.locals[0], scope, self.consts[index])

    @i_op(Op.SINGLETON_CLASS, stack="obj -- cls")
    def singleton_class(self, obj):
        return rt.singleton_class(obj)

    @i_op(Op.RUN_CLASS_BODY, operand=CONST, stack="cls -- result", control=CALL)
    def run_class_body(self, index, cls):
        code = self.consts[index]
        return self.vm.call_code(code, [cls, None, None, *code.meta["pad"]],
                                 rt.fresh_cells(code), self.globals)

    @i_op(Op.ALIAS, operand=CONST)
    def alias(self, index):
        rt.alias(self.locals[0], self.consts[index])

    @i_op(Op.NOP)
    def nop(self):
        pass

