source = "def f():\n    return undefined_name\nf()\n"
exec(compile(source, "generated.py", "exec"))
