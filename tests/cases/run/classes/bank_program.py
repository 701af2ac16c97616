class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __lt__(self, other):
        return self.balance < other.balance
bank = [Account("ann", 100), Account("bob"), Account("cy", 50)]
bank[1].deposit(30).deposit(5)
try:
    bank[2].withdraw(80)
except InsufficientFunds as e:
    print("error:", e, e.needed)
try:
    bank[0].deposit(-1)
except ValueError as e:
    print("error:", e)
print(sorted(bank))
print(max(bank), min(bank, key=lambda a: a.owner))
print({a.owner: a.balance for a in bank})
print([(a.id, len(a.history)) for a in bank])
def transactions(accounts):
    for a in accounts:
        for kind, amt in a.history:
            yield a.owner, kind, amt
for t in transactions(bank):
    print(*t, sep=" | ")
total = sum(a.balance for a in bank)
print(f"total={total} avg={total // len(bank)}")
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
print(" ".join(w.capitalize() for w in words))
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in matrix:
    print(" ".join(str(v).rjust(3) for v in row))
print(list(zip(*matrix))[0])
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def walk(self, depth=0):
        yield depth, self.v
        for c in self.children:
            yield from c.walk(depth + 1)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
for d, v in tree.walk():
    print("  " * d + str(v))
import sys
print(sys.getrefcount(tree) > 0)
