import os, os.path, json, time, sys
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.splitext("f.tar.gz"), os.path.split("/a/b"))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.normpath("/a/./b/../c"), os.sep, os.name)
print(os.path.abspath("/a/b/../c"), os.path.isabs("x"), os.getcwd() == os.path.abspath("."))
d = {"name": "x", "nums": [1, 2.5, None, True], "nested": {"k": "é"}, 3: "int key"}
s = json.dumps(d)
print(s)
print(json.dumps(d, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps([1, [2, {}], []], indent=4), json.dumps("a\nb\"c\\"), json.dumps(1e100), json.dumps(float("inf")))
print(json.loads(s), json.loads('[1, 2.0, "x", null, true, false, {"a": {"b": []}}]'), json.loads('"\\u00e9\\n"'))
for bad in ['{"a" 1}', '[1, 2', '', '{"a": 1,}', '[1] x', '"abc', '{1: 2}', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(set())
except TypeError as e:
    print(e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
t = time.time()
print(type(t).__name__, t > 1e9, time.perf_counter() >= 0, isinstance(time.localtime().tm_year, int))
fn = "/tmp/_glasspy_os_case_run.txt"
with open(fn, "w") as f:
    f.write("hi")
print(os.path.getsize(fn), os.path.exists(fn))
os.remove(fn)
print(os.path.exists(fn), "HOME" in os.environ, os.getenv("NOPE_NOT_SET", "dflt"))
