try:
    compile("def f(:\n  pass", "<test>", "exec")
except SyntaxError as e:
    print(e, e.lineno, e.offset, repr(e.text))
import helper_bad
