def dump(value, indent=0):
    pad = "  " * indent
    match value:
        case None:
            return "null"
        case bool(b):
            return "true" if b else "false"
        case int(n) | float(n):
            return repr(n)
        case str(s):
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        case dict() if not value:
            return "{}"
        case dict(d):
            items = [f'{pad}  {dump(str(k))}: {dump(v, indent + 1)}' for k, v in d.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        case list() | tuple() if not value:
            return "[]"
        case [*items]:
            return "[" + ", ".join(dump(i, indent + 1) for i in items) + "]"
        case _:
            raise TypeError(f"Object of type {type(value).__name__} is not serializable")
doc = {"name": "glass", "tags": ["a", "b"], "nested": {"ok": True, "none": None, "pi": 3.14, "empty": {}},
       "quote": 'say "hi"\n', "count": 3, "pair": (1, 2), "nothing": []}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(e)
