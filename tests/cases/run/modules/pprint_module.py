import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace
from dataclasses import dataclass, field
data = {'name': 'glasspy', 'version': (3, 11, 7), 'features': ['closures', 'generators', 'exceptions', 'tracebacks', 'pattern matching', 'async'],
        'nested': {'a': [1, 2, {'deep': list(range(30))}], 'b': {'x': 1.5, 'y': None, 'z': True}}, 3: 'int key', 'long': 'word ' * 40}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
pprint.pprint([{'k%d' % i: i * 'x'} for i in range(8)], width=30)
pprint.pprint(({1, 2, 3}, frozenset('abcdef'), set(), (1,), ()), width=20)
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
dd = defaultdict(list); dd['a'].extend(range(20)); dd['b'].append('x')
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta='b' * 30, gamma={'x': 1}), width=40)
@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
pprint.pprint(Point(1, 2, ['t' * 20, 'u' * 20, 'v' * 20]), width=40)
pprint.pprint([Point(i, i) for i in range(3)], width=30)
r = [1, 2]; r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"))
print(pprint.saferepr(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
pprint.pprint({'mixed': {1: 'a', 'b': 2, (1, 2): 3, None: 4}}, width=20)
pprint.pp({'z': 1, 'a': [1] * 30})
pprint.pprint('a long string with many words that will surely need to be split across lines because it is long', width=30)
pprint.pprint(['short', 'a long string with many words that will surely need to be split\nacross lines'], width=30)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, depth=3)
