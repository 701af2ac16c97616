class Tree:
    def __init__(self, depth):
        self.depth = depth
        self.children = [Tree(depth + 1)]
Tree(0)
