a = 'it\'s'
b = "say \"hi\""
c = '\\'
d = "'"
e = '"'
f = '\t\n\r\x00\u1234'
g = "both ' and \""
h = 'a\\' 'b'
