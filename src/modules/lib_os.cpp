// `os` over the `posix` module (os.path is CPython's posixpath), written in
// Python and built in (see python_lib.h).
#include "modules/python_lib.h"

namespace glasspy {

const char* const kOsSource = R"PY(
"""OS routines for POSIX (the commonly used part)."""

import sys
import posix as _posix
from posix import (getcwd, chdir, listdir, stat, lstat, remove, unlink, rmdir, mkdir, rename,
                   getpid, urandom, cpu_count, strerror, _exit, stat_result, read, write)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

environ = _posix.environ


def getenv(key, default=None):
    return environ.get(key, default)


def access(path, mode):
    return _posix.access(fspath(path), mode)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    return method(path)


class PathLike:
    pass


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


import posixpath as path
sys.modules['os.path'] = path
)PY";

}  // namespace glasspy
