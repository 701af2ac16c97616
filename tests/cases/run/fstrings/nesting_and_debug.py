x, y = 3, 4
items = ["a", "b"]
print(f"{x=}", f"{x + y=}", f"{ x = }", f"{items[0]=}", f"{x=!s}", f"{x=:>5}", f"{3.14159=:.2f}")
print(f"{'nested ' + f'{x}' + ' inner'}")
print(f"{f'{x}'}")
width = 10
print(f"{'centered':^{width}}", f"{x:{'0'}{width}}")
print(f"{{literal braces}} {{{x}}}")
print(f"{x if x > 2 else y}", f"{(lambda v: v * 2)(x)}", f"{[i * i for i in range(3)]}")
print(f"{'a' 'b'}", f"{ {'k': 1}['k'] }", f"{x:{y}}")
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}')
print(f"line1\n{x}\tline2")
print(f"""triple {x}
second {y}""")
print(rf"raw \n {x}", fr"{x}\t")
for src in ['f"{}"', 'f"{x"', 'f"}"', 'f"{x!r=}"', 'f"{lambda x: 1}"', 'f"{#}"']:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
