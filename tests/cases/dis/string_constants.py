# String constants: escapes, unicode, quotes, bytes.
a = 'single'
b = "it's"
c = 'say "hi"'
d = 'both \' and "'
e = 'tab\there\nnewline'
f = 'unicode: é ü 日本'
g = '\x00\x1f\x7f'
h = b'\x00\xff'
i = '\u2028'
j = '''triple
quoted'''
k = r'raw\d'
l = ''
