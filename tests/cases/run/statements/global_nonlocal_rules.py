sources = [
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global q\n    nonlocal q\n",
    "class C:\n    nonlocal w\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    g()\n    return a\n",
]
for src in sources:
    try:
        compile(src, "<scope>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno})")
def f(a):
    def g():
        nonlocal a
        a = a * 10
    g()
    return a
print(f(4))
g_value = "module"
def reads_global():
    def inner():
        global g_value
        g_value = "set from inner"
    inner()
    return g_value
print(reads_global(), g_value)
