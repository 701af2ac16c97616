import sys
def f():
    try:
        sys.exit(5)
    finally:
        print("finally runs before exit")
try:
    f()
finally:
    print("outer finally")
