x = f'''
{
a
}
{b +
c}'''
y = (f'{a}'
     f'{b}'
     'c')
z = f"""line1
    {value!r:>{width}} line2
"""
