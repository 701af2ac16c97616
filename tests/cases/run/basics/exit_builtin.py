print(exit, quit)
print("a")
exit(4)
print("b")
