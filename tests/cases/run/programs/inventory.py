from_stock = {"apple": (0.5, 10), "pear": (0.75, 0), "kiwi": (0.2, 25)}
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self, stock):
        self._stock = {name: {"price": p, "qty": q} for name, (p, q) in stock.items()}
        self.history = []
    def __contains__(self, name):
        return self._stock.get(name, {}).get("qty", 0) > 0
    def __getitem__(self, name):
        return self._stock[name]
    def __iter__(self):
        return iter(sorted(self._stock))
    def __len__(self):
        return sum(1 for n in self if n in self)
    def buy(self, name, qty=1):
        if name not in self._stock:
            raise KeyError(name)
        item = self._stock[name]
        if item["qty"] < qty:
            raise OutOfStock(f"only {item['qty']} {name} left")
        item["qty"] -= qty
        cost = round(item["price"] * qty, 2)
        self.history.append((name, qty, cost))
        return cost
inv = Inventory(from_stock)
print(len(inv), "pear" in inv, "apple" in inv, list(inv))
orders = [("apple", 3), ("pear", 1), ("kiwi", 30), ("mango", 1), ("kiwi", 5)]
total = 0
for name, qty in orders:
    try:
        cost = inv.buy(name, qty)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown item:", e)
    else:
        total += cost
        print(f"bought {qty} {name} for {cost:.2f}")
print(f"total {total:.2f}", inv.history)
print({n: inv[n]["qty"] for n in inv})
summary = sorted(inv.history, key=lambda h: -h[2])
print(*(f"{n}:{c}" for n, _, c in summary), sep=", ")
