class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f"Node({self.children})"
print(Node())
