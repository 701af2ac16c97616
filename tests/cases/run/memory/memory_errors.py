# Allocation failure raises MemoryError (or OverflowError where CPython
# decides the size cannot even be expressed), never a crash.
import sys

def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "succeeded?")

attempt("list repeat", lambda: [0] * 10**12)
attempt("list repeat huge", lambda: [0, 1] * (sys.maxsize // 2))
attempt("tuple repeat", lambda: (1,) * 10**12)
attempt("str repeat", lambda: 'x' * 10**15)
attempt("str repeat maxsize", lambda: 'ab' * sys.maxsize)
attempt("bytes repeat", lambda: b'x' * 10**15)
attempt("bytearray size", lambda: bytearray(10**13))
attempt("bytes size", lambda: bytes(10**13))
attempt("bytearray repeat", lambda: bytearray(b'ab') * 10**13)
attempt("str too big index", lambda: 'x' * (sys.maxsize + 1))
attempt("list imul", lambda: [1, 2, 3].__imul__(10**13))

# After each failure the interpreter keeps working and memory is usable.
data = [0] * 1000
print(len(data), sum(range(1000)))
s = 'y' * 100000
print(len(s), s[-3:])
