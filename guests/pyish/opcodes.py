"""The pyish instruction set, in the style of CPython's (3.10) bytecode.

Each opcode's meaning, operand kind and stack effect are declared once, on
its i-op in interpreter.py; this file only names and numbers them.
"""
from hostvm import Opcode


class Op(Opcode):
    # locals, constants, globals, closures
    LOAD_FAST = 1            # a local the compiler proved assigned
    LOAD_FAST_CHECK = 2      # a local that may be unbound
    STORE_FAST = 3
    DELETE_FAST = 4
    LOAD_CONST = 5
    LOAD_GLOBAL = 6
    STORE_GLOBAL = 7
    DELETE_GLOBAL = 8
    LOAD_DEREF = 9
    STORE_DEREF = 10
    DELETE_DEREF = 11
    LOAD_CLOSURE = 12
    # stack shuffling
    POP_TOP = 13
    DUP_TOP = 14
    DUP_TOP_TWO = 15
    ROT_TWO = 16
    ROT_THREE = 17
    ROT_FOUR = 18
    # arithmetic
    BINARY_ADD = 20
    BINARY_SUBTRACT = 21
    BINARY_MULTIPLY = 22
    BINARY_TRUE_DIVIDE = 23
    BINARY_FLOOR_DIVIDE = 24
    BINARY_MODULO = 25
    BINARY_POWER = 26
    BINARY_LSHIFT = 27
    BINARY_RSHIFT = 28
    BINARY_AND = 29
    BINARY_OR = 30
    BINARY_XOR = 31
    BINARY_MATRIX_MULTIPLY = 32
    INPLACE_ADD = 33
    INPLACE_OP = 34          # any other augmented operator, selected by the operand
    UNARY_NEGATIVE = 35
    UNARY_POSITIVE = 36
    UNARY_NOT = 37
    UNARY_INVERT = 38
    # comparisons
    COMPARE_LT = 40
    COMPARE_LE = 41
    COMPARE_EQ = 42
    COMPARE_NE = 43
    COMPARE_GT = 44
    COMPARE_GE = 45
    COMPARE_IS = 46
    COMPARE_IS_NOT = 47
    COMPARE_IN = 48
    COMPARE_NOT_IN = 49
    # control
    JUMP = 50
    POP_JUMP_IF_FALSE = 51
    POP_JUMP_IF_TRUE = 52
    JUMP_IF_FALSE_OR_POP = 53
    JUMP_IF_TRUE_OR_POP = 54
    GET_ITER = 55
    FOR_ITER = 56
    RETURN_VALUE = 57
    YIELD_VALUE = 58
    RAISE_ASSERTION = 59
    # containers
    BINARY_SUBSCR = 60
    STORE_SUBSCR = 61
    DELETE_SUBSCR = 62
    BUILD_TUPLE = 63
    BUILD_LIST = 64
    BUILD_SET = 65
    BUILD_MAP = 66
    BUILD_SLICE = 67
    BUILD_STRING = 68
    LIST_APPEND = 69
    LIST_EXTEND = 70
    SET_ADD = 71
    SET_UPDATE = 72
    DICT_UPDATE = 73
    MAP_ADD = 74
    LIST_TO_TUPLE = 75
    COMP_LIST_APPEND = 76    # append to the list held in a local (comprehensions)
    COMP_SET_ADD = 77
    COMP_MAP_ADD = 78
    UNPACK_SEQUENCE = 79
    UNPACK_EX = 80
    FORMAT_VALUE = 81
    FORMAT_WITH_SPEC = 82
    # attributes, calls, functions, modules
    LOAD_ATTR = 90
    STORE_ATTR = 91
    DELETE_ATTR = 92
    CALL_FUNCTION = 93
    CALL_FUNCTION_KW = 94
    CALL_FUNCTION_EX = 95
    MAKE_FUNCTION = 97
    IMPORT_NAME = 98
    IMPORT_FROM = 99
    NOP = 100
    # names in a class body (a dict, then the globals)
    LOAD_NAME = 101
    STORE_NAME = 102
    DELETE_NAME = 103
    BUILD_CLASS = 104
    # exceptions, with, delegation
    RAISE = 110
    RAISE_FROM = 111
    RERAISE = 112
    RAISE_NO_ACTIVE = 113
    EXC_MATCHES = 114
    BEFORE_WITH = 115
    WITH_EXIT = 116
    WITH_EXCEPT = 117
    YIELD_FROM = 118
    FRAME_NAMES = 119        # globals(), locals(), vars(), dir() with no arguments
    RAISE_IN_HANDLER = 120   # raise inside an except clause: chains __context__
    RAISE_FROM_IN_HANDLER = 121
    CHAIN_CONTEXT = 122      # an exception leaving a handler: __context__ is the handled one
    IMPORT_STAR = 123
    PUSH_EXC_INFO = 124      # entering a handler: the exception sys.exc_info() sees
    POP_EXC_INFO = 125
    SET_ANNOTATIONS = 126    # a function's parameter annotations
