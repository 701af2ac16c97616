for src in ["a\nb", "if 1: pass\nb", "a\n\n\nb", "a # c\nb", "a\n  b", "x = (1,\n 2)\ny", "def f():\n    pass\nb\n", "a;\nb"]:
    try:
        compile(src, "<s>", "single")
        print("ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
