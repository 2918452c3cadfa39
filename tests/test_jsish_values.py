"""jsish's value classes as the i-ops use them."""
import ast
import inspect
import textwrap

from guests.jsish.interpreter import JsishInterpreter
from guests.jsish.values import JSObject


def assigned_fields(func, target):
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    return {n.targets[0].attr for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Attribute)
            and isinstance(n.targets[0].value, ast.Name) and n.targets[0].value.id == target}


def test_new_sets_every_field_jsobject_init_sets():
    """NEW builds `this` field by field (no host call of JSObject.__init__ per
    `new`): it must set every slot, as __init__ does."""
    assert assigned_fields(JSObject.__init__, "self") == set(JSObject.__slots__)
    assert assigned_fields(JsishInterpreter.new, "this") == set(JSObject.__slots__)
