a = 'café'
b = '​  '
c = '😀 ퟿'
d = ''
e = "it's é"
