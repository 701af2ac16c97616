import io, gc, sys
s = io.StringIO()
s.write('hello\n'); s.write('world')
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()))
print(io.StringIO('a\nb\n').readlines(), list(io.StringIO('x\ny')))
b = io.BytesIO(b'abc'); print(b.read(2), b.getvalue())
print(gc.collect(), gc.isenabled())
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
