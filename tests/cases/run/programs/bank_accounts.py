class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, available {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.rate), 2)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available})")
        return False
    dst.deposit(amount)
    return True
a = Account("ann", 100)
s = Savings("bob")
s.deposit(50).deposit(25)
print(a, s)
print(transfer(a, s, 30), transfer(a, s, 500))
s.add_interest()
print(a, s, a.balance + s.balance)
for bad in [lambda: a.deposit(-5), lambda: setattr(a, "balance", 5)]:
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
