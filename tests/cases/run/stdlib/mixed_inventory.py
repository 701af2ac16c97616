# A small inventory report using collections, enum, functools, contextlib and textwrap together.
import contextlib
import functools
import textwrap
from collections import Counter, defaultdict, namedtuple
from enum import Enum, auto
from typing import NamedTuple

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

class Item(NamedTuple):
    name: str
    category: Category
    price: float
    qty: int

Stock = namedtuple("Stock", "item location")

items = [
    Item("hammer", Category.TOOLS, 12.5, 3),
    Item("apple", Category.FOOD, 0.4, 120),
    Item("yo-yo", Category.TOYS, 2.25, 15),
    Item("wrench", Category.TOOLS, 9.0, 0),
    Item("bread", Category.FOOD, 2.1, 8),
]

@functools.singledispatch
def render(value):
    return str(value)
@render.register
def _(value: float):
    return "%.2f" % value
@render.register
def _(value: Category):
    return value.name.lower()

@functools.lru_cache(maxsize=None)
def value_of(item):
    return item.price * item.qty

by_category = defaultdict(list)
for it in items:
    by_category[it.category].append(it)
for cat, its in by_category.items():
    total = functools.reduce(lambda acc, i: acc + value_of(i), its, 0.0)
    print(render(cat), render(total), [i.name for i in its])
print(value_of.cache_info())
print(Counter({it.name: it.qty for it in items}).most_common(2))
stock = [Stock(it, loc) for it, loc in zip(items, "ABABC")]
print(sorted({s.location for s in stock}), stock[0].item.category)

@contextlib.contextmanager
def section(title):
    print("== %s ==" % title)
    yield
    print("== end %s ==" % title)

with section("notes"), contextlib.suppress(ZeroDivisionError):
    print(textwrap.fill("Out of stock: " + ", ".join(i.name for i in items if not i.qty) +
                        ". Everything else ships within two business days of the order.", width=36))
    print(1 / 0)
print(repr(Category.FOOD), items[1])
