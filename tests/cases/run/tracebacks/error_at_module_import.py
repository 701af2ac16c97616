import sys
sys.path.insert(0, ".")
mods = {}
exec(compile("def helper():\n    return {}['missing']\n", "virtual_module.py", "exec"), mods)
def use():
    return mods["helper"]()
use()
