"""File, as far as programs that find their sibling files need it: paths and
whole-file reads.  (No File objects or writing: rbish programs write to
$stdout.)"""
from __future__ import annotations

import os

from .. import objects
from ..objects import RString, builtin, on_new_realm, rb_error


def _path(value):
    if type(value) is not RString:
        raise rb_error("TypeError", f"no implicit conversion of "
                                    f"{objects.real_class(value).name} into String")
    return value.s


@on_new_realm
def _file_class(realm):
    cls = objects.RClass("File", realm.IO)
    realm.classes["File"] = cls
    realm.Object.consts["File"] = cls
    cls.consts["SEPARATOR"] = RString("/", frozen=True)
    for name, fn in _FILE_METHODS.items():
        cls.meta.methods[name] = objects._owned(objects.Builtin(fn, name, False), cls.meta)


def file_exist(cls, path):
    return os.path.exists(_path(path))


def file_file(cls, path):
    return os.path.isfile(_path(path))


def file_directory(cls, path):
    return os.path.isdir(_path(path))


def file_dirname(cls, path):
    return RString(os.path.dirname(_path(path)) or ".")


def file_basename(cls, path, suffix=None):
    base = os.path.basename(_path(path))
    if suffix is not None:
        s = _path(suffix)
        if s == ".*":
            base = os.path.splitext(base)[0]
        elif base.endswith(s) and base != s:
            base = base[:-len(s)]
    return RString(base)


def file_extname(cls, path):
    return RString(os.path.splitext(_path(path))[1])


def file_join(cls, *parts):
    return RString("/".join(p.strip("/") if i else p.rstrip("/")
                            for i, p in enumerate(_path(x) for x in parts)))


def file_expand_path(cls, path, base=None):
    return RString(os.path.abspath(os.path.join(_path(base) if base else os.getcwd(),
                                                _path(path))))


def file_read(cls, path):
    try:
        with open(_path(path), encoding="utf-8") as f:
            return RString(f.read())
    except OSError as e:
        raise rb_error("SystemCallError", f"{e.strerror} @ rb_sysopen - {_path(path)}")


def file_readlines(cls, path, chomp=None):
    text = file_read(cls, path).s
    return [RString(line) for line in text.splitlines(keepends=True)]


_FILE_METHODS = {"exist?": file_exist, "file?": file_file, "directory?": file_directory,
                 "dirname": file_dirname, "basename": file_basename, "extname": file_extname,
                 "join": file_join, "expand_path": file_expand_path, "read": file_read,
                 "readlines": file_readlines}


def _load_set(realm):
    from .set import define_set
    define_set(realm)


#: the standard library's features rbish has built in: what requiring each
#: does the first time (None: nothing, its methods are always there)
BUILT_IN_FEATURES = {"set": _load_set, "pp": None}


@on_new_realm
def _features(realm):
    realm.features = set()          # the built-in features required so far


@builtin("Kernel", "require", visibility="private")
def require(self, name):
    """A built-in feature loads (true) the first time, then answers false;
    anything else is a LoadError."""
    feature = _path(name)
    if feature.endswith(".rb"):
        feature = feature[:-3]
    if feature not in BUILT_IN_FEATURES:
        raise rb_error("LoadError", f"cannot load such file -- {_path(name)}")
    realm = objects.R
    if feature in realm.features:
        return False
    realm.features.add(feature)
    load = BUILT_IN_FEATURES[feature]
    if load is not None:
        load(realm)
    return True
