"""rbish's built-in library: the methods of Ruby's core classes, written in
Python with @builtin (objects.py) and copied into every program's realm.
One module per class or family of classes."""
from . import (format, kernel, numeric, string, exceptions, misc,  # noqa: F401
               object, array, hash, range, enumerable, proc, nil_bool,
               file, set)
