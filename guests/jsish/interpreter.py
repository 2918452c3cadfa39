"""The jsish i-ops: one method per opcode, declared with @i_op.

Each body takes its inputs as parameters and returns its outputs; hostvm
builds every engine from them.  Bodies handle the common case themselves
(small ints, floats, strings, own properties of plain objects, arrays
indexed by ints) and call the runtime (operators.py, runtime.py) for the
rest of JavaScript's semantics.
"""
from __future__ import annotations

from hostvm import (BRANCH, CALL, CELL, CONST, COUNT, IMM, JUMP, LOCAL, NAME, RAISE, RETURN,
                    TAKEN, TARGET, YIELD, YIELD_FROM, Interpreter, i_op, stack_shuffles)

from . import operators as ops
from .errors import JSThrow, thrown_value
from .opcodes import Op
from .runtime import (delegate, new_regexp, INTERNAL_TYPES, VALUE_TYPES, array_extend, assign_to_const, copy_properties,
                      define_accessor, define_field, define_method, get_element, get_iterator,
                      get_keys, get_super, iter_next, iter_rest, load_global, make_class,
                      make_function, new_array, object_rest, set_element,
                      super_call, unbound_local, unbound_cell)
from .values import (MIN_SAFE, MISSING, REALM, SAFE, UNBOUND, UNDEFINED, Accessor, Cell,
                     JSArray, JSFunction, JSObject, NativeFunction, sloppy_this)


class JsishInterpreter(stack_shuffles(Op), Interpreter):
    opcodes = Op
    value_type = VALUE_TYPES

    @classmethod
    def is_guest_value(cls, value):
        return not isinstance(value, INTERNAL_TYPES)

    #: the switch engine's case order, hottest first: the dynamic opcode
    #: profile of bench/jsish at the quick sizes, each benchmark weighted
    #: equally (`hostvm profile`, as for pyish)
    switch_order = (
        Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.ADD, Op.GET_ELEM, Op.LOAD_DEREF,
        Op.MUL, Op.GET_ATTR, Op.POP_JUMP_IF_TRUE, Op.CALL, Op.LT, Op.RETURN_VALUE,
        Op.POP_JUMP_IF_FALSE, Op.SUB, Op.SET_ATTR, Op.STRICT_EQ, Op.SET_ELEM, Op.INC,
        Op.GET_METHOD, Op.NEW,
    )

    # -- variables -----------------------------------------------------------------
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

    @i_op(Op.LOAD_DEREF, operand=CELL, stack="-- value")
    def load_deref(self, index):
        value = self.cells[index].cell_contents
        if value is UNBOUND:
            raise unbound_cell(self.code, index)
        return value

    @i_op(Op.STORE_DEREF, operand=CELL, stack="value --")
    def store_deref(self, index, value):
        self.cells[index].cell_contents = value

    @i_op(Op.LOAD_CLOSURE, operand=CELL, stack="-- cell")
    def load_closure(self, index):
        return self.cells[index]

    @i_op(Op.FRESH_CELL, operand=CELL)
    def fresh_cell(self, index):
        self.cells[index] = Cell(self.cells[index].cell_contents)

    @i_op(Op.LOAD_GLOBAL, operand=NAME, stack="-- value")
    def load_global(self, index):
        value = self.globals.get(self.names[index], MISSING)
        if value is MISSING or type(value) is Accessor:
            return load_global(self.globals, self.names[index], True)
        return value

    @i_op(Op.LOAD_GLOBAL_OR_UNDEFINED, operand=NAME, stack="-- value")
    def load_global_or_undefined(self, index):
        return load_global(self.globals, self.names[index], False)

    @i_op(Op.STORE_GLOBAL, operand=NAME, stack="value --")
    def store_global(self, index, value):
        self.globals[self.names[index]] = value

    @i_op(Op.LOAD_CONST, operand=CONST, stack="-- value")
    def load_const(self, index):
        return self.consts[index]

    @i_op(Op.ASSIGN_TO_CONST, operand=NAME, control=RAISE)
    def assign_to_const(self, index):
        assign_to_const(self.names[index])

    # -- arithmetic: ints and floats here, everything else in operators.py --------
    @i_op(Op.ADD, stack="left right -- result")
    def add(self, left, right):
        if type(left) is int and type(right) is int:
            result = left + right
            if MIN_SAFE <= result <= SAFE:
                return result
        elif (type(left) is float or type(left) is int) and \
                (type(right) is float or type(right) is int):
            return left + right                 # a float: IEEE arithmetic, as JavaScript's
        return ops.add(left, right)

    @i_op(Op.SUB, stack="left right -- result")
    def sub(self, left, right):
        if type(left) is int and type(right) is int:
            result = left - right
            if MIN_SAFE <= result <= SAFE:
                return result
        elif (type(left) is float or type(left) is int) and \
                (type(right) is float or type(right) is int):
            return left - right                 # a float: IEEE arithmetic, as JavaScript's
        return ops.subtract(left, right)

    @i_op(Op.MUL, stack="left right -- result")
    def mul(self, left, right):
        if type(left) is int and type(right) is int:
            result = left * right
            if result and MIN_SAFE <= result <= SAFE:
                return result
        elif (type(left) is float or type(left) is int) and \
                (type(right) is float or type(right) is int):
            return left * right
        return ops.multiply(left, right)

    @i_op(Op.DIV, stack="left right -- result")
    def div(self, left, right):
        if (type(right) is float or type(right) is int) and right and \
                (type(left) is float or type(left) is int):
            return left / right
        return ops.divide(left, right)

    @i_op(Op.MOD, stack="left right -- result")
    def mod(self, left, right):
        if type(left) is int and type(right) is int and left >= 0 and right > 0:
            return left % right
        return ops.remainder(left, right)

    @i_op(Op.POW, stack="left right -- result")
    def pow(self, left, right):
        return ops.power(left, right)

    @i_op(Op.SHL, stack="left right -- result")
    def shl(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 2147483647 \
                and 0 <= right < 32:
            result = (left << right) & 0xFFFFFFFF
            return result - 0x100000000 if result > 2147483647 else result
        return ops.shift_left(left, right)

    @i_op(Op.SAR, stack="left right -- result")
    def sar(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 2147483647 \
                and 0 <= right < 32:
            return left >> right
        return ops.shift_right(left, right)

    @i_op(Op.SHR, stack="left right -- result")
    def shr(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 4294967295 \
                and 0 <= right < 32:
            return (left & 0xFFFFFFFF) >> right
        return ops.shift_right_unsigned(left, right)

    @i_op(Op.BIT_AND, stack="left right -- result")
    def bit_and(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 2147483647 \
                and -2147483648 <= right <= 2147483647:
            return left & right                 # int32 operands: the host's result is int32's
        return ops.bit_and(left, right)

    @i_op(Op.BIT_OR, stack="left right -- result")
    def bit_or(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 2147483647 \
                and -2147483648 <= right <= 2147483647:
            return left | right                 # int32 operands: the host's result is int32's
        return ops.bit_or(left, right)

    @i_op(Op.BIT_XOR, stack="left right -- result")
    def bit_xor(self, left, right):
        if type(left) is int and type(right) is int and -2147483648 <= left <= 2147483647 \
                and -2147483648 <= right <= 2147483647:
            return left ^ right                 # int32 operands: the host's result is int32's
        return ops.bit_xor(left, right)

    @i_op(Op.NEG, stack="value -- result")
    def neg(self, value):
        return ops.negate(value)

    @i_op(Op.TO_NUMBER, stack="value -- result")
    def to_number(self, value):
        if type(value) is int or type(value) is float:
            return value
        return ops.to_number(value)

    @i_op(Op.NOT, stack="value -- result")
    def not_(self, value):
        return not ops.to_boolean(value)

    @i_op(Op.BIT_NOT, stack="value -- result")
    def bit_not(self, value):
        return ops.bit_not(value)

    @i_op(Op.TYPEOF, stack="value -- result")
    def typeof(self, value):
        return ops.typeof(value)

    @i_op(Op.INC, stack="value -- result")
    def inc(self, value):
        if type(value) is int and value < SAFE:
            return value + 1
        return ops.add(ops.to_number(value), 1)

    @i_op(Op.DEC, stack="value -- result")
    def dec(self, value):
        if type(value) is int and value > MIN_SAFE:
            return value - 1
        return ops.subtract(ops.to_number(value), 1)

    @i_op(Op.TO_STRING, stack="value -- result")
    def to_string(self, value):
        if type(value) is str:
            return value
        return ops.to_string(value)

    # -- comparisons ------------------------------------------------------------------
    @i_op(Op.LT, stack="left right -- result")
    def lt(self, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left < right               # (NaN compares false, as in JavaScript)
        return ops.lt(left, right)

    @i_op(Op.LE, stack="left right -- result")
    def le(self, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left <= right               # (NaN compares false, as in JavaScript)
        return ops.le(left, right)

    @i_op(Op.GT, stack="left right -- result")
    def gt(self, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left > right               # (NaN compares false, as in JavaScript)
        return ops.gt(left, right)

    @i_op(Op.GE, stack="left right -- result")
    def ge(self, left, right):
        if (type(left) is int or type(left) is float) and \
                (type(right) is int or type(right) is float):
            return left >= right               # (NaN compares false, as in JavaScript)
        return ops.ge(left, right)

    @i_op(Op.EQ, stack="left right -- result")
    def eq(self, left, right):
        return ops.loose_equals(left, right)

    @i_op(Op.NE, stack="left right -- result")
    def ne(self, left, right):
        return not ops.loose_equals(left, right)

    @i_op(Op.STRICT_EQ, stack="left right -- result")
    def strict_eq(self, left, right):
        if type(left) is type(right) and (type(left) is int or type(left) is str):
            return left == right
        if left is None or right is None or left is UNDEFINED or right is UNDEFINED:
            return left is right                # null and undefined equal only themselves
        return ops.strict_equals(left, right)

    @i_op(Op.STRICT_NE, stack="left right -- result")
    def strict_ne(self, left, right):
        if type(left) is type(right) and (type(left) is int or type(left) is str):
            return left != right
        if left is None or right is None or left is UNDEFINED or right is UNDEFINED:
            return left is not right                # null and undefined equal only themselves
        return not ops.strict_equals(left, right)

    @i_op(Op.INSTANCEOF, stack="value ctor -- result")
    def instanceof(self, value, ctor):
        return ops.instance_of(value, ctor)

    @i_op(Op.IN, stack="key obj -- result")
    def in_(self, key, obj):
        return ops.op_in(key, obj)

    # -- control -------------------------------------------------------------------------
    @i_op(Op.JUMP, operand=TARGET, control=JUMP)
    def jump(self, target):
        pass

    @i_op(Op.POP_JUMP_IF_FALSE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_false(self, target, cond):
        if type(cond) is bool:
            return not cond
        return not ops.to_boolean(cond)

    @i_op(Op.POP_JUMP_IF_TRUE, operand=TARGET, stack="cond --", control=BRANCH)
    def pop_jump_if_true(self, target, cond):
        if type(cond) is bool:
            return cond
        return ops.to_boolean(cond)

    @i_op(Op.JUMP_IF_FALSE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_false_or_pop(self, target, cond):
        return not ops.to_boolean(cond)

    @i_op(Op.JUMP_IF_TRUE_OR_POP, operand=TARGET, stack="cond --", branch="cond -- cond",
          control=BRANCH)
    def jump_if_true_or_pop(self, target, cond):
        return ops.to_boolean(cond)

    @i_op(Op.GET_ITER, stack="iterable -- iterator")
    def get_iter(self, iterable):
        return get_iterator(iterable)

    @i_op(Op.GET_KEYS, stack="obj -- iterator")
    def get_keys(self, obj):
        return get_keys(obj)

    @i_op(Op.FOR_ITER, operand=TARGET, stack="iterator -- iterator item",
          branch="iterator --", control=BRANCH)
    def for_iter(self, target, iterator):
        return next(iterator, TAKEN)

    @i_op(Op.ITER_NEXT, stack="iterator -- iterator item")
    def iter_next(self, iterator):
        return iter_next(iterator)

    @i_op(Op.ITER_REST, stack="iterator -- array")
    def iter_rest(self, iterator):
        return iter_rest(iterator)

    @i_op(Op.RETURN_VALUE, stack="value --", control=RETURN)
    def return_value(self, value):
        return value

    @i_op(Op.THROW, stack="value --", control=RAISE)
    def throw(self, value):
        raise JSThrow(value)

    @i_op(Op.RERAISE, stack="exc --", control=RAISE)
    def reraise(self, exc):
        raise exc

    @i_op(Op.CATCH_VALUE, stack="exc -- value")
    def catch_value(self, exc):
        return thrown_value(exc)

    # -- objects and arrays ----------------------------------------------------------
    @i_op(Op.NEW_OBJECT, stack="-- obj")
    def new_object(self):
        return JSObject(self.vm.runtime.object_proto)

    @i_op(Op.NEW_ARRAY, operand=COUNT, stack="items[count] -- array")
    def new_array(self, count, items):
        return new_array(items)

    @i_op(Op.ARRAY_APPEND, stack="array item -- array")
    def array_append(self, array, item):
        array.items.append(item)

    @i_op(Op.ARRAY_EXTEND, stack="array iterable -- array")
    def array_extend(self, array, iterable):
        array_extend(array, iterable)

    @i_op(Op.DEFINE_FIELD, stack="obj key value -- obj")
    def define_field(self, obj, key, value):
        define_field(obj, key, value)

    @i_op(Op.DEFINE_METHOD, stack="obj key value -- obj")
    def define_method(self, obj, key, value):
        define_method(obj, key, value)

    @i_op(Op.DEFINE_GETTER, operand=IMM, stack="obj key value -- obj")
    def define_getter(self, hidden, obj, key, value):
        define_accessor(obj, key, value, None, hidden)

    @i_op(Op.DEFINE_SETTER, operand=IMM, stack="obj key value -- obj")
    def define_setter(self, hidden, obj, key, value):
        define_accessor(obj, key, None, value, hidden)

    @i_op(Op.COPY_PROPERTIES, stack="obj source -- obj")
    def copy_properties(self, obj, source):
        copy_properties(obj, source)

    @i_op(Op.OBJECT_REST, stack="source excluded -- rest")
    def object_rest(self, source, excluded):
        return object_rest(source, excluded)

    @i_op(Op.BUILD_STRING, operand=COUNT, stack="items[count] -- string")
    def build_string(self, count, items):
        return "".join(items)

    # -- properties --------------------------------------------------------------------
    @i_op(Op.GET_ATTR, operand=NAME, stack="owner -- value")
    def get_attr(self, index, owner):
        if type(owner) is JSObject:
            value = owner.props.get(self.names[index], MISSING)
            if value is not MISSING and type(value) is not Accessor:
                return value
        elif type(owner) is JSArray and self.names[index] == "length":
            return len(owner.items)
        elif type(owner) is str and self.names[index] == "length":
            return len(owner)
        return ops.get_property(owner, self.names[index])

    @i_op(Op.SET_ATTR, operand=NAME, stack="owner value --")
    def set_attr(self, index, owner, value):
        if type(owner) is JSObject and owner.attrs is None:
            props = owner.props
            name = self.names[index]
            if name in props:
                if type(props[name]) is not Accessor:
                    props[name] = value
                    return
            elif owner.extensible and type(owner.proto) is JSObject:
                # a new property: nothing of that name up the chain (no setter,
                # no read-only property) on the usual two-level chain
                proto = owner.proto
                if name not in proto.props and (proto.proto is None or (
                        type(proto.proto) is JSObject and proto.proto.proto is None
                        and name not in proto.proto.props)):
                    props[name] = value
                    return
        ops.set_property(owner, self.names[index], value)

    @i_op(Op.GET_ELEM, stack="owner key -- value")
    def get_elem(self, owner, key):
        if type(owner) is JSArray and type(key) is int:
            items = owner.items
            if 0 <= key < len(items):
                return items[key]
        return get_element(owner, key)

    @i_op(Op.SET_ELEM, stack="owner key value --")
    def set_elem(self, owner, key, value):
        if type(owner) is JSArray and type(key) is int:
            items = owner.items
            if 0 <= key < len(items):
                items[key] = value
                return
        set_element(owner, key, value)

    @i_op(Op.DELETE_ATTR, operand=NAME, stack="owner -- result")
    def delete_attr(self, index, owner):
        return ops.delete_property(owner, self.names[index])

    @i_op(Op.DELETE_ELEM, stack="owner key -- result")
    def delete_elem(self, owner, key):
        return ops.delete_property(owner, ops.key_for(owner, key))

    @i_op(Op.GET_METHOD, operand=NAME, stack="owner -- func owner2")
    def get_method(self, index, owner):
        # own, or on the object's prototype; for arrays (Array.prototype is
        # one too) any name but `length`: it is an identifier, never an index
        name = self.names[index]
        if type(owner) is JSObject or type(owner) is JSArray and name != "length":
            value = owner.props.get(name, MISSING)
            proto = owner.proto
            if value is MISSING and (type(proto) is JSObject or type(proto) is JSArray):
                value = proto.props.get(name, MISSING)
            if value is not MISSING and type(value) is not Accessor:
                return value, owner
        elif type(owner) is str:                # a method of String.prototype
            value = REALM.string_proto.props.get(name, MISSING)
            if value is not MISSING and type(value) is not Accessor:
                return value, owner
        return ops.get_property(owner, name), owner

    @i_op(Op.GET_METHOD_ELEM, stack="owner key -- func owner2")
    def get_method_elem(self, owner, key):
        return get_element(owner, key), owner

    @i_op(Op.GET_SUPER, stack="home this key -- value")
    def get_super(self, home, this, key):
        return get_super(home, this, key)

    # -- calls and functions -----------------------------------------------------------
    @i_op(Op.CALL, operand=COUNT, stack="func args[count + 1] -- result", control=CALL)
    def call(self, count, func, args):
        if type(func) is JSFunction:
            plain = func.plain                 # (1 + nparams, code, globals, pad, closure)
            if plain is not None and count + 1 == plain[0]:
                if plain[5] and not isinstance(args[0], JSObject):
                    args[0] = sloppy_this(args[0])
                args += plain[3]               # [this, *args] become the locals
                return self.vm.call_code(plain[1], args, plain[4], plain[2])
        elif type(func) is NativeFunction:
            this = args[0]
            del args[0]                        # (the engine's list: no copy of the rest)
            return func.fn(this, args)
        return ops.call_this_args(func, args)

    @i_op(Op.CALL_SPREAD, stack="func this args -- result", control=CALL)
    def call_spread(self, func, this, args):
        return ops.call(func, this, list(args.items))

    @i_op(Op.NEW, operand=COUNT, stack="ctor args[count] -- result", control=CALL)
    def new(self, count, ctor, args):
        if type(ctor) is JSFunction and ctor.kind == "function":
            plain = ctor.plain                 # (1 + nparams, code, globals, pad, closure)
            proto = ctor.props.get("prototype", MISSING)
            if plain is not None and count + 1 == plain[0] and type(proto) is JSObject:
                # JSObject(proto), its fields set here rather than by a host
                # call of __init__ (tests/test_jsish_values.py keeps the two equal)
                this = JSObject.__new__(JSObject)
                this.proto = proto
                this.props = {}
                this.attrs = None
                this.extensible = True
                args.insert(0, this)
                args += plain[3]
                result = self.vm.call_code(plain[1], args, plain[4], plain[2])
                return result if isinstance(result, JSObject) else this
        return ops.construct(ctor, args)

    @i_op(Op.NEW_SPREAD, stack="ctor args -- result", control=CALL)
    def new_spread(self, ctor, args):
        return ops.construct(ctor, list(args.items))

    @i_op(Op.MAKE_FUNCTION, operand=IMM, stack="code closure[flags >> 3] -- function")
    def make_function(self, flags, code, closure):
        return make_function(self.vm, code, closure, flags & 7, self.globals)

    @i_op(Op.MAKE_CLASS, operand=IMM, stack="ctor parent -- ctor")
    def make_class(self, has_parent, ctor, parent):
        make_class(ctor, parent, has_parent)

    @i_op(Op.SUPER_CALL, operand=COUNT, stack="cls new_target args[count] -- this", control=CALL)
    def super_call(self, count, cls, new_target, args):
        return super_call(cls, new_target, args)

    @i_op(Op.SUPER_CALL_SPREAD, stack="cls new_target args -- this", control=CALL)
    def super_call_spread(self, cls, new_target, args):
        return super_call(cls, new_target, list(args.items))

    @i_op(Op.NEW_REGEXP, operand=CONST, stack="-- regexp")
    def new_regexp(self, index):
        return new_regexp(self.consts[index])

    @i_op(Op.YIELD_VALUE, stack="value -- sent", control=YIELD)
    def yield_value(self, value):
        return value

    @i_op(Op.YIELD_FROM, stack="iterable -- result", control=YIELD_FROM)
    def yield_from(self, iterable):
        return delegate(iterable)

    @i_op(Op.NOP)
    def nop(self):
        pass
