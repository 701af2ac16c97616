// `io` (StringIO, BytesIO and the names of the file classes), written in
// Python and built in.
#include "modules/python_lib.h"

namespace glasspy {

const char* const kIoSource = R"PY(
"""The io module provides the Python interfaces to stream handling."""

import builtins as _builtins
import sys as _sys

open = _builtins.open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
TextIOWrapper = type(_sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _Buffer(IOBase):
    _empty = ''

    def __init__(self, initial_value=None):
        self._value = self._empty
        self._pos = 0
        self.closed = False
        if initial_value is not None:
            self._value = self._coerce(initial_value)

    def getvalue(self):
        self._check_closed()
        return self._value

    def close(self):
        self.closed = True

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position ' + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError('Invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value ' + str(size))
        self._value = self._value[:size]
        return size

    def write(self, s):
        self._check_closed()
        s = self._coerce(s)
        n = len(s)
        if not n:
            return 0
        value = self._value
        pos = self._pos
        if pos > len(value):
            value = value + self._pad(pos - len(value))
        self._value = value[:pos] + s + value[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), self._pos + size)
        result = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readline(self, size=-1):
        self._check_closed()
        value = self._value
        nl = value.find(self._newline, self._pos)
        end = len(value) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = value[self._pos:end]
        self._pos = max(self._pos, end)
        return result


class StringIO(_Buffer):
    """Text I/O implementation using an in-memory buffer."""
    _empty = ''
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        super().__init__(initial_value)

    def _coerce(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got ' + repr(type(s).__name__))
        return s

    def _pad(self, n):
        return '\0' * n


class BytesIO(_Buffer):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    _empty = b''
    _newline = b'\n'

    def _coerce(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(s)

    def _pad(self, n):
        return b'\0' * n

    def getbuffer(self):
        return self._value


for _cls in (StringIO, BytesIO):
    _cls.__module__ = '_io'
del _cls
)PY";


}  // namespace glasspy
