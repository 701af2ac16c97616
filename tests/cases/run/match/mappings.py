def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"
print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "key", "key": "a", "mod": "shift"}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
from collections import defaultdict
class Tracking(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
print(handle(Tracking({"type": "scroll"})))
try:
    compile('match {"a": 1}:\n    case {"a": 1, "a": 2}:\n        pass\n', "<m>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
