"""The rbish instruction set: a Ruby stack machine in the style of YARV
(send with a call site, `opt_*` instructions for the common operators,
blocks made on the stack and passed to the send that takes them).

Each opcode's meaning, operand kind and stack effect are declared once, on
its i-op in interpreter.py; this file only names and numbers them.
"""
from hostvm import Opcode


class Op(Opcode):
    # variables and constants
    LOAD_FAST = 1
    STORE_FAST = 2
    LOAD_DEREF = 3
    STORE_DEREF = 4
    LOAD_CLOSURE = 5
    LOAD_CONST = 6
    PUT_STRING = 7           # a new String from a literal
    GET_IVAR = 8
    SET_IVAR = 9
    GET_GVAR = 10
    SET_GVAR = 11
    GET_CVAR = 12
    SET_CVAR = 13
    GET_CONST = 14           # lexical lookup, then the ancestors
    GET_CONST_FROM = 15      # A::B
    SET_CONST = 16
    DEFINED = 17
    # stack shuffling
    POP_TOP = 20
    DUP_TOP = 21
    DUP_TOP_TWO = 22
    ROT_TWO = 23
    ROT_THREE = 24
    ROT_FOUR = 25
    # control flow
    JUMP = 30
    POP_JUMP_IF_FALSE = 31
    POP_JUMP_IF_TRUE = 32
    JUMP_IF_FALSE_OR_POP = 33
    JUMP_IF_TRUE_OR_POP = 34
    POP_JUMP_IF_NIL = 35
    JUMP_IF_ARG_GIVEN = 36   # an optional parameter's default is skipped
    RETURN_VALUE = 37
    RETURN_FROM_BLOCK = 38   # `return` inside a proc: leaves its method
    BREAK_FROM_BLOCK = 39    # `break` inside a block: ends the call it was given to
    RERAISE = 40
    RESCUE_MATCH = 41        # does a `rescue` clause's class list take the exception?
    EXCEPTION_VALUE = 42     # the Ruby exception object of a host exception
    END_RESCUE = 43          # restores $! as it was before the rescue/ensure clause
    GET_ITER = 44            # for-in loops
    FOR_ITER = 45
    CASE_EQ = 46             # when clause: pattern === subject
    CASE_EQ_SPLAT = 47
    # calls
    SEND = 50
    SEND_BLOCK = 51          # with a block (literal or &arg) on the stack
    SEND_VARARGS = 52        # arguments built as one Array (splats)
    INVOKE_BLOCK = 53        # yield
    INVOKE_BLOCK_VARARGS = 54
    INVOKE_SUPER = 55
    MAKE_BLOCK = 56
    SEND_0 = 48              # a call with no arguments and no block (`obj.x`)
    SEND_1 = 49              # ... with one argument (`obj.x = v`, `a.push(x)`)
    MAKE_LAMBDA = 57
    BLOCK_ARG = 58           # &value: a block from a value
    # operators with fast paths for the built-in types (else a send)
    OPT_PLUS = 60
    OPT_MINUS = 61
    OPT_MULT = 62
    OPT_DIV = 63
    OPT_MOD = 64
    OPT_LT = 65
    OPT_LE = 66
    OPT_GT = 67
    OPT_GE = 68
    OPT_EQ = 69
    OPT_NEQ = 70
    OPT_LTLT = 71
    OPT_AREF = 72
    OPT_ASET = 73
    OPT_LENGTH = 74
    OPT_NOT = 75
    OPT_AND = 76             # &
    OPT_OR = 77              # |
    OPT_NEG = 78             # unary minus
    OPT_SUCC = 79
    NOT = 80                 # `!` / `not` on a value with no `!` of its own
    # values
    BUILD_ARRAY = 85
    ARRAY_APPEND = 86
    ARRAY_CONCAT = 87        # [a, *b]
    SPLAT_ARRAY = 88         # *value as an Array
    BUILD_HASH = 89
    BUILD_KWARGS = 90
    HASH_MERGE = 91          # **h
    BUILD_RANGE = 92
    BUILD_STRING = 93        # interpolation
    TO_S = 94
    MAKE_SYMBOL = 95
    MAKE_REGEXP = 96
    EXPAND_ARRAY = 97        # multiple assignment
    EXPAND_ARRAY_SPLAT = 98
    # definitions
    DEFINE_METHOD = 100
    DEFINE_SINGLETON_METHOD = 101
    DEFINE_CLASS = 102
    DEFINE_MODULE = 103
    SINGLETON_CLASS = 104
    RUN_CLASS_BODY = 105
    ALIAS = 106
    ENSURE_ERRINFO = 107     # $! while an ensure clause runs for a passing exception
    NOP = 110
