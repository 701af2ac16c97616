# json from CPython's library: dumps/loads round trips.
import json

data = {'name': 'café ☕', 'n': [1, 2.5, -3, True, False, None], 'nested': {'k': ['é', '\U0001f600', 'tab\t"q"\\']}}
for ensure_ascii in [True, False]:
    for indent in [None, 2, '\t']:
        s = json.dumps(data, ensure_ascii=ensure_ascii, indent=indent, sort_keys=True)
        print(s)
        print(json.loads(s) == data)
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(', ', ': ')))
print(json.loads('{"x": [1.5e3, "\\u00e9\\ud83d\\ude00", null]}'))
print(json.loads(b'"\xc3\xa9"'), json.loads('"\\u00e9"'.encode('utf-16')))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1j: 2})
except TypeError as e:
    print(e)
print(json.dumps(float('inf')), json.dumps('\x00\x1f'))
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E))
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
