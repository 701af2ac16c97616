import sys
print("before exit")
sys.stdout.flush()
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code", e.code)
try:
    exit(4)
except SystemExit as e:
    print("exit builtin", e.code)
sys.exit(3)
