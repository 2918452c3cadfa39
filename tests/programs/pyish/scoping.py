# Name resolution: local, enclosing, global, builtin (LEGB)
x = "global x"

def f():
    return x
print(f())

def g():
    x = "local x"
    return x
print(g(), x)

def h():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(h())

def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))

def params_are_local(x):
    x = x + " changed"
    return x
print(params_are_local("param"), x)

def loop_scope():
    for i in range(3):
        last = i * 10
    return i, last
print(loop_scope())

def comp_scope():
    y = 5
    return [y * k for k in range(3)]
print(comp_scope())

k = "global k"
vals = [k for k in range(2)]
print(vals, k)

def conditional_def(flag):
    if flag:
        val = "set"
    else:
        val = "unset"
    return val
print(conditional_def(True), conditional_def(False))

def make():
    a = 1
    def get():
        return a
    a = 2
    return get
print(make()())

def nested_funcs():
    def helper(n):
        return n * 2
    def user(n):
        return helper(n) + 1
    return user(10)
print(nested_funcs())

def mutate_global_list():
    lst.append("via method")
lst = []
mutate_global_list()
print(lst)
def arg_shadows(print_=print, x=x):
    return x
print(arg_shadows())
len_ref = len
print(len_ref([1, 2, 3]))
