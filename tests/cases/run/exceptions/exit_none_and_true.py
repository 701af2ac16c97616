import sys
class Code:
    pass
print("exiting")
raise SystemExit(True)
