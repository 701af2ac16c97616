class Shop:
    class Cart:
        def __init__(self):
            self.items = {}
        def total(self):
            def line_cost(item):
                price, qty = self.items[item]
                return price * qty
            return sum(line_cost(i) for i in self.items)
cart = Shop.Cart()
cart.items["apple"] = (0.5, 4)
cart.items["pear"] = ("free", None)
print(cart.total())
