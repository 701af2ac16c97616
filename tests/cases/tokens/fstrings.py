name = 'w'
x = f'hello {name!r:>10} {{literal}}'
y = f"{x + 1 = }"
z = rf'{x}\n' F'''{
1}'''
