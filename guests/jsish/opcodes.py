"""The jsish instruction set: a JavaScript stack machine in the style of
Rhino's and V8's Ignition before register allocation.

Each opcode's meaning, operand kind and stack effect are declared once, on
its i-op in interpreter.py; this file only names and numbers them.
"""
from hostvm import Opcode


class Op(Opcode):
    # variables: locals, closure cells, the global object
    LOAD_FAST = 1
    LOAD_FAST_CHECK = 2      # a let/const that may be in its temporal dead zone
    STORE_FAST = 3
    LOAD_DEREF = 4           # checks the dead zone too
    STORE_DEREF = 5
    LOAD_CLOSURE = 6
    FRESH_CELL = 7           # a loop's let: a new binding for the next iteration
    LOAD_GLOBAL = 8
    LOAD_GLOBAL_OR_UNDEFINED = 9   # typeof of an undeclared name
    STORE_GLOBAL = 10
    LOAD_CONST = 11
    ASSIGN_TO_CONST = 12
    # stack shuffling
    POP_TOP = 13
    DUP_TOP = 14
    DUP_TOP_TWO = 15
    ROT_TWO = 16
    ROT_THREE = 17
    ROT_FOUR = 18
    # arithmetic, bitwise, unary
    ADD = 20
    SUB = 21
    MUL = 22
    DIV = 23
    MOD = 24
    POW = 25
    SHL = 26
    SAR = 27                 # >>
    SHR = 28                 # >>>
    BIT_AND = 29
    BIT_OR = 30
    BIT_XOR = 31
    NEG = 32
    TO_NUMBER = 33           # unary +, and the old value of x++
    NOT = 34
    BIT_NOT = 35
    TYPEOF = 36
    INC = 37
    DEC = 38
    TO_STRING = 39           # template literal substitutions
    # comparisons
    LT = 40
    LE = 41
    GT = 42
    GE = 43
    EQ = 44
    NE = 45
    STRICT_EQ = 46
    STRICT_NE = 47
    INSTANCEOF = 48
    IN = 49
    # control
    JUMP = 50
    POP_JUMP_IF_FALSE = 51
    POP_JUMP_IF_TRUE = 52
    JUMP_IF_FALSE_OR_POP = 53
    JUMP_IF_TRUE_OR_POP = 54
    GET_ITER = 55            # for-of, spread, array destructuring
    GET_KEYS = 56            # for-in
    FOR_ITER = 57
    ITER_NEXT = 58           # destructuring: the next value or undefined
    ITER_REST = 59           # destructuring: the rest, as an array
    RETURN_VALUE = 60
    THROW = 61
    RERAISE = 62             # a finally block's exception, on its way out
    CATCH_VALUE = 63         # the JavaScript value of a caught host exception
    # objects and arrays
    NEW_OBJECT = 70
    NEW_ARRAY = 71
    ARRAY_APPEND = 72
    ARRAY_EXTEND = 73
    DEFINE_FIELD = 74        # literal property: obj key value -- obj
    DEFINE_METHOD = 75       # class member (not enumerable)
    DEFINE_GETTER = 76
    DEFINE_SETTER = 77
    COPY_PROPERTIES = 78     # object spread
    OBJECT_REST = 79
    BUILD_STRING = 80
    # properties
    GET_ATTR = 85
    SET_ATTR = 86
    GET_ELEM = 87
    SET_ELEM = 88
    DELETE_ATTR = 89
    DELETE_ELEM = 90
    GET_METHOD = 91          # obj.m(...): the function and its this
    GET_METHOD_ELEM = 92
    GET_SUPER = 93
    # calls and functions
    CALL = 95
    CALL_SPREAD = 96
    NEW = 97
    NEW_SPREAD = 98
    MAKE_FUNCTION = 99
    MAKE_CLASS = 100
    SUPER_CALL = 101
    SUPER_CALL_SPREAD = 102
    NOP = 103
    NEW_REGEXP = 104         # a regular expression literal: a new RegExp each time
    YIELD_VALUE = 105
    YIELD_FROM = 106         # yield*: delegate to an iterable
