"""Object-heavy code: classes with inheritance, method calls, attribute reads
and writes, super() calls, properties, operator overloading and a linked
list of small objects.  Simulates a warehouse taking orders."""

N = 500  # test size (bench/programs/objects.py uses 370000)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def manhattan(self):
        return abs(self.x) + abs(self.y)


class Item:
    def __init__(self, code, price, weight):
        self.code = code
        self.price = price
        self.weight = weight

    def cost(self, quantity):
        return self.price * quantity

    def describe(self):
        return "item"


class Fragile(Item):
    def __init__(self, code, price, weight, insurance):
        super().__init__(code, price, weight)
        self.insurance = insurance

    def cost(self, quantity):
        return super().cost(quantity) + self.insurance * quantity

    def describe(self):
        return "fragile"


class Bulky(Item):
    def cost(self, quantity):
        base = Item.cost(self, quantity)
        if self.weight * quantity > 50:
            base += 25
        return base

    def describe(self):
        return "bulky"


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class Shelf:
    def __init__(self, position):
        self.position = position
        self.stock = None
        self._count = 0

    @property
    def count(self):
        return self._count

    def push(self, item):
        self.stock = Node(item, self.stock)
        self._count += 1

    def pop(self):
        node = self.stock
        if node is None:
            return None
        self.stock = node.next
        self._count -= 1
        return node.value


class Warehouse:
    def __init__(self, width):
        self.shelves = [Shelf(Vec(i % width, i // width)) for i in range(width * width)]
        self.robot = Vec(0, 0)
        self.travelled = 0
        self.revenue = 0
        self.kinds = {"item": 0, "fragile": 0, "bulky": 0}

    def shelf_for(self, code):
        return self.shelves[code % len(self.shelves)]

    def restock(self, item):
        self.shelf_for(item.code).push(item)

    def move_to(self, shelf):
        step = shelf.position - self.robot
        self.travelled += step.manhattan()
        self.robot = self.robot + step

    def order(self, code, quantity):
        shelf = self.shelf_for(code)
        self.move_to(shelf)
        item = shelf.pop()
        if item is None:
            return False
        self.revenue += item.cost(quantity)
        self.kinds[item.describe()] += 1
        return True


def make_item(i):
    kind = i % 3
    price = 5 + (i * 7) % 40
    weight = 1 + (i * 11) % 9
    if kind == 0:
        return Item(i, price, weight)
    if kind == 1:
        return Fragile(i, price, weight, 3)
    return Bulky(i, price, weight)


def main():
    house = Warehouse(12)
    for i in range(N):
        house.restock(make_item(i))
    filled = 0
    missed = 0
    for i in range(N + N // 4):
        code = (i * 7919) % (N + 97)
        if house.order(code, 1 + i % 9):
            filled += 1
        else:
            missed += 1
    left = sum(shelf.count for shelf in house.shelves)
    home = house.robot == Vec(0, 0)
    print("orders:", filled, missed, "left:", left)
    print("revenue:", house.revenue, "travelled:", house.travelled, "home:", home)
    print("kinds:", house.kinds["item"], house.kinds["fragile"], house.kinds["bulky"])


main()
