// `linecache`, written in Python and built in until CPython's own module
// can load (it needs tokenize, which needs a native _codecs).
#include "modules/python_lib.h"

namespace glasspy {

const char* const kLinecacheSource = R"PY(
"""Cache lines from Python source files."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose file changed (glasspy keeps them)."""


def updatecache(filename, module_globals=None):
    """Read the lines of a source file into the cache."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (None, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    return False
)PY";

}  // namespace glasspy
