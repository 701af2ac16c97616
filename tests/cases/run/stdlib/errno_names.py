import errno
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5], names[-3:])
print(errno.ENOENT, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN])
print(sorted(errno.errorcode.items())[:6])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
try:
    open("/nonexistent/file")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
