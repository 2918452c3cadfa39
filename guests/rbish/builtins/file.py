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
def _file_constants(realm):
    realm.File.consts["SEPARATOR"] = RString("/", frozen=True)


@builtin("File", "exist?", singleton=True)
def file_exist(cls, path):
    return os.path.exists(_path(path))


@builtin("File", "file?", singleton=True)
def file_file(cls, path):
    return os.path.isfile(_path(path))


@builtin("File", "directory?", singleton=True)
def file_directory(cls, path):
    return os.path.isdir(_path(path))


@builtin("File", "dirname", singleton=True)
def file_dirname(cls, path):
    return RString(os.path.dirname(_path(path)) or ".")


@builtin("File", "basename", singleton=True)
def file_basename(cls, path, suffix=None):
    base = os.path.basename(_path(path))
    if suffix is not None:
        s = _path(suffix)
        if s == ".*":
            base = os.path.splitext(base)[0]
        elif base.endswith(s) and base != s:
            base = base[:-len(s)]
    return RString(base)


@builtin("File", "extname", singleton=True)
def file_extname(cls, path):
    return RString(os.path.splitext(_path(path))[1])


@builtin("File", "join", singleton=True)
def file_join(cls, *parts):
    return RString("/".join(p.strip("/") if i else p.rstrip("/")
                            for i, p in enumerate(_path(x) for x in parts)))


@builtin("File", "expand_path", singleton=True)
def file_expand_path(cls, path, base=None):
    return RString(os.path.abspath(os.path.join(_path(base) if base else os.getcwd(),
                                                _path(path))))


@builtin("File", "read", singleton=True)
def file_read(cls, path):
    try:
        with open(_path(path), encoding="utf-8") as f:
            return RString(f.read())
    except OSError as e:
        raise rb_error("SystemCallError", f"{e.strerror} @ rb_sysopen - {_path(path)}")


@builtin("File", "readlines", singleton=True)
def file_readlines(cls, path, chomp=None):
    text = file_read(cls, path).s
    return [RString(line) for line in text.splitlines(keepends=True)]


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
