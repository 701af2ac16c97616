'single'
"double"
'''triple'''
"""triple double"""
'concat' 'enated'
'multi' "ple" '''kinds'''
r'raw\n'
R'RAW'
u'unicode'
U'upper'
u'first' 'second'
'first' u'second'
'escapes \n \t \x41 \u00e9 \N{BULLET} \\'
'line \
continuation'
('implicit'
 'join')
''
'' ''
"it's"
'say "hi"'
