import sys
try:
    1 / 0
except ZeroDivisionError as e:
    sys.exit(f"fatal: {e}")
