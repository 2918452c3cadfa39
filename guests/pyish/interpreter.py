"""The pyish i-ops: one method per opcode, declared with @i_op.

Each body is ordinary Python that takes its inputs as parameters and returns
its outputs; hostvm turns the same bodies into the switch, direct-threaded
and threaded-code engines.  Bodies touch the frame only through its
documented surface (self.locals, self.cells, self.consts, self.names,
self.globals, self.vm) and call the pyish runtime for everything else.
"""
from __future__ import annotations

import operator

from hostvm import (BRANCH, CALL, CELL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, RAISE, RETURN,
                    TAKEN, TARGET, YIELD, YIELD_FROM, Interpreter, i_op,
                    stack_shuffles)

from .opcodes import Op
from .runtime import (INPLACE_OPS, INTERNAL_TYPES, UNBOUND, VALUE_TYPES, Function, before_with, build_class,
                      call_function_ex, call_with_keywords, delete_global, delete_name,
                      chain_context, extend_display, frame_names, import_star, raise_active,
                      update_display,
                      exc_matches, format_value, import_from, import_module, make_exception,
                      make_function, unbound_free, unbound_local, unpack_ex, unpack_sequence,
                      with_except)


class PyishInterpreter(stack_shuffles(Op), Interpreter):
    opcodes = Op
    value_type = VALUE_TYPES
    value_exact = (object,)           # bare object() sentinels are values too

    @classmethod
    def is_guest_value(cls, value):
        # pyish values are host objects of open-ended types (whatever the host
        # modules hand out); what must never reach the stack is the VM's own
        return not isinstance(value, INTERNAL_TYPES)
    #: the switch engine's case order, hottest first: the dynamic opcode
    #: profile of bench/pyish at the quick sizes, each benchmark weighted
    #: equally (`hostvm profile`, docs/switch-dispatch.md)
    switch_order = (
        Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.BINARY_SUBSCR, Op.BINARY_ADD,
        Op.BINARY_MULTIPLY, Op.LOAD_GLOBAL, Op.POP_JUMP_IF_FALSE, Op.JUMP, Op.CALL_FUNCTION,
        Op.INPLACE_ADD, Op.FOR_ITER, Op.RETURN_VALUE, Op.STORE_SUBSCR,
    )

    # -- locals, constants, globals, closures --------------------------------
    @i_op(Op.LOAD_FAST, operand=LOCAL, stack="-- value")
    def load_fast(self, index):
        return self.locals[index]

    @i_op(Op.LOAD_FAST_CHECK, operand=LOCAL, stack="-- value")
    def load_fast_check(self, index):
        value = self.locals[index]
        if value is UNBOUND:
            raise unbound_local(self.code, index)
        return value

    @i_op(Op.STORE_FAST, operand=LOCAL, stack="value --")
    def store_fast(self, index, value):
        self.locals[index] = value

    @i_op(Op.DELETE_FAST, operand=LOCAL)
    def delete_fast(self, index):
        if self.locals[index] is UNBOUND:
            raise unbound_local(self.code, index)
        self.locals[index] = UNBOUND

    @i_op(Op.LOAD_CONST, operand=CONST, stack="-- value")
    def load_const(self, index):
        return self.consts[index]

    @i_op(Op.LOAD_GLOBAL, operand=NAME, stack="-- value")
    def load_global(self, index):
        return self.globals[self.names[index]]      # misses fall back to builtins

    @i_op(Op.STORE_GLOBAL, operand=NAME, stack="value --")
    def store_global(self, index, value):
        self.globals[self.names[index]] = value

    @i_op(Op.DELETE_GLOBAL, operand=NAME)
    def delete_global(self, index):
        delete_global(self.globals, self.names[index])

    @i_op(Op.LOAD_DEREF, operand=CELL, stack="-- value")
    def load_deref(self, index):
        value = self.cells[index].cell_contents
        if value is UNBOUND:
            raise unbound_free(self.code, index)
        return value

    @i_op(Op.STORE_DEREF, operand=CELL, stack="value --")
    def store_deref(self, index, value):
        self.cells[index].cell_contents = value

    @i_op(Op.DELETE_DEREF, operand=CELL)
    def delete_deref(self, index):
        if self.cells[index].cell_contents is UNBOUND:
            raise unbound_free(self.code, index)
        self.cells[index].cell_contents = UNBOUND

    @i_op(Op.LOAD_CLOSURE, operand=CELL, stack="-- cell")
    def load_closure(self, index):
        return self.cells[index]

    # -- arithmetic --------------------------------------------------------------
    @i_op(Op.BINARY_ADD, stack="left right -- result")
    def binary_add(self, left, right):
        return left + right

    @i_op(Op.BINARY_SUBTRACT, stack="left right -- result")
    def binary_subtract(self, left, right):
        return left - right

    @i_op(Op.BINARY_MULTIPLY, stack="left right -- result")
    def binary_multiply(self, left, right):
        return left * right

    @i_op(Op.BINARY_TRUE_DIVIDE, stack="left right -- result")
    def binary_true_divide(self, left, right):
        return left / right

    @i_op(Op.BINARY_FLOOR_DIVIDE, stack="left right -- result")
    def binary_floor_divide(self, left, right):
        return left // right

    @i_op(Op.BINARY_MODULO, stack="left right -- result")
    def binary_modulo(self, left, right):
        return left % right

    @i_op(Op.BINARY_POWER, stack="left right -- result")
    def binary_power(self, left, right):
        return left ** right

    @i_op(Op.BINARY_LSHIFT, stack="left right -- result")
    def binary_lshift(self, left, right):
        return left << right

    @i_op(Op.BINARY_RSHIFT, stack="left right -- result")
    def binary_rshift(self, left, right):
        return left >> right

    @i_op(Op.BINARY_AND, stack="left right -- result")
    def binary_and(self, left, right):
        return left & right

    @i_op(Op.BINARY_OR, stack="left right -- result")
    def binary_or(self, left, right):
        return left | right

    @i_op(Op.BINARY_XOR, stack="left right -- result")
    def binary_xor(self, left, right):
        return left ^ right

    @i_op(Op.BINARY_MATRIX_MULTIPLY, stack="left right -- result")
    def binary_matrix_multiply(self, left, right):
        return left @ right

    @i_op(Op.INPLACE_ADD, stack="left right -- result")
    def inplace_add(self, left, right):
        return operator.iadd(left, right)

    @i_op(Op.INPLACE_OP, operand=IMM, stack="left right -- result")
    def inplace_op(self, which, left, right):
        return INPLACE_OPS[which](left, right)

    @i_op(Op.UNARY_NEGATIVE, stack="value -- result")
    def unary_negative(self, value):
        return -value

    @i_op(Op.UNARY_POSITIVE, stack="value -- result")
    def unary_positive(self, value):
        return +value

    @i_op(Op.UNARY_NOT, stack="value -- result")
    def unary_not(self, value):
        return not value

    @i_op(Op.UNARY_INVERT, stack="value -- result")
    def unary_invert(self, value):
        return ~value

    # -- comparisons ---------------------------------------------------------------
    @i_op(Op.COMPARE_LT, stack="left right -- result")
    def compare_lt(self, left, right):
        return left < right

    @i_op(Op.COMPARE_LE, stack="left right -- result")
    def compare_le(self, left, right):
        return left <= right

    @i_op(Op.COMPARE_EQ, stack="left right -- result")
    def compare_eq(self, left, right):
        return left == right

    @i_op(Op.COMPARE_NE, stack="left right -- result")
    def compare_ne(self, left, right):
        return left != right

    @i_op(Op.COMPARE_GT, stack="left right -- result")
    def compare_gt(self, left, right):
        return left > right

    @i_op(Op.COMPARE_GE, stack="left right -- result")
    def compare_ge(self, left, right):
        return left >= right

    @i_op(Op.COMPARE_IS, stack="left right -- result")
    def compare_is(self, left, right):
        return left is right

    @i_op(Op.COMPARE_IS_NOT, stack="left right -- result")
    def compare_is_not(self, left, right):
        return left is not right

    @i_op(Op.COMPARE_IN, stack="left right -- result")
    def compare_in(self, left, right):
        return left in right

    @i_op(Op.COMPARE_NOT_IN, stack="left right -- result")
    def compare_not_in(self, left, right):
        return left not in right

    # -- control -------------------------------------------------------------------
    @i_op(Op.JUMP, operand=TARGET, control=JUMP)
    def jump(self, target):
        pass

    @i_op(Op.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_false(self, target, cond):
        return not cond

    @i_op(Op.POP_JUMP_IF_TRUE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_true(self, target, cond):
        return cond

    @i_op(Op.JUMP_IF_FALSE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_false_or_pop(self, target, cond):
        return not cond

    @i_op(Op.JUMP_IF_TRUE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_true_or_pop(self, target, cond):
        return cond

    @i_op(Op.GET_ITER, stack="iterable -- iterator")
    def get_iter(self, iterable):
        return iter(iterable)

    @i_op(Op.FOR_ITER, operand=TARGET, stack="iterator -- iterator item",
          branch="iterator --", control=BRANCH)
    def for_iter(self, target, iterator):
        return next(iterator, TAKEN)

    @i_op(Op.RETURN_VALUE, stack="value --", control=RETURN)
    def return_value(self, value):
        return value

    @i_op(Op.YIELD_VALUE, stack="value -- sent", control=YIELD)
    def yield_value(self, value):
        return value

    @i_op(Op.RAISE_ASSERTION, stack="message --", control=RAISE)
    def raise_assertion(self, message):
        raise AssertionError(message) if message is not None else AssertionError()

    # -- containers ---------------------------------------------------------------
    @i_op(Op.BINARY_SUBSCR, stack="container key -- value")
    def binary_subscr(self, container, key):
        return container[key]

    @i_op(Op.STORE_SUBSCR, stack="value container key --")
    def store_subscr(self, value, container, key):
        container[key] = value

    @i_op(Op.DELETE_SUBSCR, stack="container key --")
    def delete_subscr(self, container, key):
        del container[key]

    @i_op(Op.BUILD_TUPLE, operand=COUNT, stack="items[count] -- tuple")
    def build_tuple(self, count, items):
        return tuple(items)

    @i_op(Op.BUILD_LIST, operand=COUNT, stack="items[count] -- list")
    def build_list(self, count, items):
        return items                    # counted inputs arrive as a fresh list

    @i_op(Op.BUILD_SET, operand=COUNT, stack="items[count] -- set")
    def build_set(self, count, items):
        return set(items)

    @i_op(Op.BUILD_MAP, operand=COUNT, stack="items[count * 2] -- map")
    def build_map(self, count, items):
        return dict(zip(items[::2], items[1::2]))

    @i_op(Op.BUILD_SLICE, operand=COUNT, stack="items[count] -- slice")
    def build_slice(self, count, items):
        if count == 2:
            return slice(items[0], items[1])
        return slice(items[0], items[1], items[2])

    @i_op(Op.BUILD_STRING, operand=COUNT, stack="items[count] -- string")
    def build_string(self, count, items):
        return "".join(items)

    @i_op(Op.LIST_APPEND, stack="list item -- list")
    def list_append(self, list, item):
        list.append(item)

    @i_op(Op.LIST_EXTEND, stack="list iterable -- list")
    def list_extend(self, list, iterable):
        extend_display(list, iterable)

    @i_op(Op.SET_ADD, stack="set item -- set")
    def set_add(self, set, item):
        set.add(item)

    @i_op(Op.SET_UPDATE, stack="set iterable -- set")
    def set_update(self, set, iterable):
        set.update(iterable)

    @i_op(Op.DICT_UPDATE, stack="map other -- map")
    def dict_update(self, map, other):
        update_display(map, other)

    @i_op(Op.MAP_ADD, stack="map key value -- map")
    def map_add(self, map, key, value):
        map[key] = value

    @i_op(Op.LIST_TO_TUPLE, stack="list -- tuple")
    def list_to_tuple(self, list):
        return tuple(list)

    @i_op(Op.COMP_LIST_APPEND, operand=LOCAL, stack="item --")
    def comp_list_append(self, index, item):
        self.locals[index].append(item)

    @i_op(Op.COMP_SET_ADD, operand=LOCAL, stack="item --")
    def comp_set_add(self, index, item):
        self.locals[index].add(item)

    @i_op(Op.COMP_MAP_ADD, operand=LOCAL, stack="key value --")
    def comp_map_add(self, index, key, value):
        self.locals[index][key] = value

    @i_op(Op.UNPACK_SEQUENCE, operand=COUNT, stack="sequence -- items[count]")
    def unpack_sequence(self, count, sequence):
        if type(sequence) is tuple and len(sequence) == count:
            return sequence[::-1]              # the common case, without a helper call
        return unpack_sequence(sequence, count)

    @i_op(Op.UNPACK_EX, operand=IMM, stack="sequence -- items[(counts & 255) + (counts >> 8) + 1]")
    def unpack_ex(self, counts, sequence):
        return unpack_ex(sequence, counts & 255, counts >> 8)

    @i_op(Op.FORMAT_VALUE, operand=IMM, stack="value -- text")
    def format_value(self, conversion, value):
        return format_value(value, conversion, "")

    @i_op(Op.FORMAT_WITH_SPEC, operand=IMM, stack="value spec -- text")
    def format_with_spec(self, conversion, value, spec):
        return format_value(value, conversion, spec)

    # -- attributes, calls, functions, modules -----------------------------------
    @i_op(Op.LOAD_ATTR, operand=NAME, stack="owner -- value")
    def load_attr(self, index, owner):
        return getattr(owner, self.names[index])

    @i_op(Op.STORE_ATTR, operand=NAME, stack="value owner --")
    def store_attr(self, index, value, owner):
        setattr(owner, self.names[index], value)

    @i_op(Op.DELETE_ATTR, operand=NAME, stack="owner --")
    def delete_attr(self, index, owner):
        delattr(owner, self.names[index])

    @i_op(Op.CALL_FUNCTION, operand=COUNT, stack="func args[count] -- result", control=CALL)
    def call_function(self, count, func, args):
        if type(func) is Function:
            plain = func.plain                 # (argcount, code, globals, unbound rest, cells)
            if plain is not None and count == plain[0]:
                args += plain[3]               # args (a fresh list) become the locals
                return self.vm.call_code(plain[1], args, plain[4], plain[2])
            return func.call_positional(args)
        return func(*args)

    @i_op(Op.CALL_FUNCTION_KW, operand=COUNT, stack="func args[count] kwnames -- result",
          control=CALL)
    def call_function_kw(self, count, func, args, kwnames):
        return call_with_keywords(func, args, kwnames)

    @i_op(Op.CALL_FUNCTION_EX, stack="func arg_parts kw_parts -- result", control=CALL)
    def call_function_ex(self, func, arg_parts, kw_parts):
        return call_function_ex(func, arg_parts, kw_parts)

    @i_op(Op.MAKE_FUNCTION, stack="code defaults kwdefaults closure -- function")
    def make_function(self, code, defaults, kwdefaults, closure):
        return make_function(self.vm, code, self.globals, defaults, kwdefaults, closure)

    @i_op(Op.IMPORT_NAME, operand=NAME, stack="-- module")
    def import_name(self, index):
        return import_module(self.vm, self.names[index])

    @i_op(Op.IMPORT_FROM, operand=NAME, stack="module -- module value")
    def import_from(self, index, module):
        return import_from(module, self.names[index])

    @i_op(Op.NOP)
    def nop(self):
        pass

    # -- class bodies: names live in the class namespace (a dict) ----------------
    @i_op(Op.LOAD_NAME, operand=NAME, stack="-- value")
    def load_name(self, index):
        name = self.names[index]
        namespace = self.locals
        if name in namespace:
            return namespace[name]
        return self.globals[name]

    @i_op(Op.STORE_NAME, operand=NAME, stack="value --")
    def store_name(self, index, value):
        self.locals[self.names[index]] = value

    @i_op(Op.DELETE_NAME, operand=NAME)
    def delete_name(self, index):
        delete_name(self.locals, self.names[index])

    @i_op(Op.BUILD_CLASS, operand=COUNT, stack="body name bases[count] keywords -- cls",
          control=CALL)
    def build_class(self, count, body, name, bases, keywords):
        return build_class(self.vm, body, name, bases, keywords)

    # -- exceptions ----------------------------------------------------------------
    @i_op(Op.RAISE, stack="exc --", control=RAISE)
    def raise_(self, exc):
        raise make_exception(exc)

    @i_op(Op.RAISE_FROM, stack="exc cause --", control=RAISE)
    def raise_from(self, exc, cause):
        exc = make_exception(exc)
        exc.__cause__ = None if cause is None else make_exception(cause)
        raise exc

    @i_op(Op.RERAISE, stack="exc --", control=RAISE)
    def reraise(self, exc):
        raise exc

    @i_op(Op.RAISE_NO_ACTIVE, control=RAISE)
    def raise_no_active(self):
        raise_active(self.vm)

    @i_op(Op.EXC_MATCHES, stack="exc type -- matches")
    def exc_matches(self, exc, type):
        return exc_matches(exc, type)

    @i_op(Op.BEFORE_WITH, stack="manager -- exit value", control=CALL)
    def before_with(self, manager):
        return before_with(manager)

    @i_op(Op.WITH_EXIT, stack="exit --", control=CALL)
    def with_exit(self, exit):
        exit(None, None, None)

    @i_op(Op.WITH_EXCEPT, stack="exit exc -- exit exc suppress", control=CALL)
    def with_except(self, exit, exc):
        return with_except(exit, exc)

    @i_op(Op.YIELD_FROM, stack="iterable -- result", control=YIELD_FROM)
    def yield_from(self, iterable):
        return iter(iterable)

    @i_op(Op.FRAME_NAMES, operand=IMM, stack="-- names")
    def frame_names(self, which):
        return frame_names(self, which)

    @i_op(Op.RAISE_IN_HANDLER, stack="exc context --", control=RAISE)
    def raise_in_handler(self, exc, context):
        exc = make_exception(exc)
        if exc is not context:
            exc.__context__ = context
        raise exc

    @i_op(Op.RAISE_FROM_IN_HANDLER, stack="exc cause context --", control=RAISE)
    def raise_from_in_handler(self, exc, cause, context):
        exc = make_exception(exc)
        if exc is not context:
            exc.__context__ = context
        exc.__cause__ = None if cause is None else make_exception(cause)
        raise exc

    @i_op(Op.CHAIN_CONTEXT, stack="exc context -- exc")
    def chain_context(self, exc, context):
        chain_context(exc, context)

    @i_op(Op.IMPORT_STAR, stack="module --")
    def import_star(self, module):
        import_star(module, self.globals)

    @i_op(Op.PUSH_EXC_INFO, stack="exc --")
    def push_exc_info(self, exc):
        self.vm.runtime.handling.append(exc)

    @i_op(Op.POP_EXC_INFO)
    def pop_exc_info(self):
        self.vm.runtime.handling.pop()

    @i_op(Op.SET_ANNOTATIONS, stack="function annotations -- function")
    def set_annotations(self, function, annotations):
        function.annotations = annotations
