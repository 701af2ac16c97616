for src in ["try:\n    pass\nexcept* ValueError:\n    break\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for i in range(1):\n    try:\n        pass\n    except* ValueError:\n        continue\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print(e)
