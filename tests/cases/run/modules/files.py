import sys
with open("/tmp/_glasspy_run_files_case.txt", "w") as f:
    print(f.name, f.mode, f.closed, f)
    f.write("line one\n")
    f.writelines(["two\n", "three"])
    print(f.write("é\n"))
print(f.closed)
with open("/tmp/_glasspy_run_files_case.txt") as f:
    print(repr(f.read()))
with open("/tmp/_glasspy_run_files_case.txt") as f:
    for line in f:
        print(repr(line))
with open("/tmp/_glasspy_run_files_case.txt") as f:
    print(f.readline(), f.readlines())
with open("/tmp/_glasspy_run_files_case.txt", "rb") as f:
    print(f, f.read(4), f.read())
with open("/tmp/_glasspy_run_files_case.txt", "a") as f:
    f.write("more\n")
print(open("/tmp/_glasspy_run_files_case.txt").read().splitlines())
with open("/tmp/_glasspy_run_files_case.bin", "wb") as f:
    f.write(b"\x00\x01abc\r\ndef")
print(open("/tmp/_glasspy_run_files_case.bin", "rb").read(), repr(open("/tmp/_glasspy_run_files_case.bin", newline="").read()[2:]), repr(open("/tmp/_glasspy_run_files_case.bin").read()[2:]))
for bad in ['open("/nonexistent/x")', 'open("/tmp", "r")', 'open("x", "rw")', 'open("x", "bt")', 'open("x", "rb", encoding="utf8")', 'open(3.5)']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
f = open("/tmp/_glasspy_run_files_case.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("/tmp/_glasspy_run_files_case.txt").write("x")
except OSError as e:
    print("unsupported", e)
print(f.read if False else "ok")
