import sys
def main():
    print("main runs")
    sys.exit(None)
main()
print("not reached")
