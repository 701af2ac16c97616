import sys
globals()["dynamic_name"] = "created via globals()"
print(dynamic_name)
def reads_late():
    return late_global
globals().update(late_global="added later")
print(reads_late())
def frame_globals_write():
    sys._getframe().f_globals["via_frame"] = 1
frame_globals_write()
print(via_frame)
def locals_is_snapshot():
    a = 1
    snap = locals()
    a = 2
    return snap["a"], locals()["a"]
print(locals_is_snapshot())
def f_locals_snapshot():
    x = 1
    fl = sys._getframe().f_locals
    fl["x"] = 99
    return x
print(f_locals_snapshot())
class C:
    z = 1
    ns = locals()
    ns["injected"] = "via class locals"
print(C.injected, sorted(k for k in vars(C) if not k.startswith("__")))
def exec_sees_globals():
    exec("dynamic2 = 5", globals())
    return dynamic2
print(exec_sees_globals())
del globals()["dynamic_name"]
print("dynamic_name" in globals())
