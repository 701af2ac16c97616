# docstrings and text signatures of the sequence types and their methods
for t in (list, tuple, range, slice, bytes, bytearray, memoryview):
    print(t.__name__, (t.__doc__ or "").splitlines()[:2], t.__text_signature__)
for meth in (list.append, list.insert, list.pop, list.sort, list.index, list.copy, tuple.index, tuple.count, bytes.hex, bytes.split,
             bytes.decode, bytes.replace, bytearray.pop, bytearray.append, bytes.fromhex, memoryview.cast, memoryview.tobytes,
             bytes.translate, bytes.maketrans, range.count, slice.indices, bytearray.extend, bytes.count, bytes.find,
             bytes.join, bytes.strip, memoryview.hex, memoryview.release, bytearray.clear, list.__reversed__):
    print(meth.__qualname__, meth.__text_signature__, (meth.__doc__ or "").splitlines()[:1])
