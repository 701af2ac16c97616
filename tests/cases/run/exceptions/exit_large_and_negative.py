import sys
print("neg")
sys.exit(-1)
