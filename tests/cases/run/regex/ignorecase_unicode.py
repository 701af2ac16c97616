# Case-insensitive matching of characters whose cases are not one-to-one.
import re

def m(pattern, text, flags=re.I):
    r = re.fullmatch(pattern, text, flags)
    return r.group() if r else None

print(m('k', '\u212a'), m('\u212a', 'K'), m('[k]', '\u212a'), m('[a-z]', '\u212a'), m('k', '\u212a', re.I | re.A))
print(m('s', '\u017f'), m('[s]', '\u017f'), m('[r-t]', '\u017f'), m('\u017f', 'S'))
print(m('\u00df', '\u1e9e'), m('\u1e9e', '\u00df'), m('\u00df', 'SS'), m('ss', '\u00df'))
print(m('\u03c3', '\u03a3'), m('\u03c3', '\u03c2'), m('\u03a3', '\u03c2'), m('[\u03c3]', '\u03c2'))
print(m('i', '\u0130'), m('\u0130', 'i'), m('i', '\u0131'), m('\u0131', 'I'))
print(m('\u0390', '\u1fd3'), m('\u00b5', '\u03bc'), m('\u00b5', '\u039c'))
print(m('\U00010400', '\U00010428'), m('[\U00010400-\U00010410]', '\U00010430'), m('[\U00010428]', '\U00010400'))
print(m('\u01c5', '\u01c4'), m('\u01c5', '\u01c6'), m('[\u01c4]', '\u01c5'))
print(m('[^k]', '\u212a'), m('[^K]', 'k'), m('[^\u212a]', 'k'))
print(re.findall(r'(?i)[\u00e0-\u00ff]+', '\u00c0\u00c9\u00d6 abc \u00e0\u00e9'))
print(re.findall(r'(?i)stra\u00dfe', 'STRASSE Stra\u00dfe STRA\u1e9eE'))
print(re.sub(r'(?i)\u03c3', '*', '\u03a3\u03c3\u03c2s'))
print(m('\u1f80', '\u1f88'), m('\u1fb3', '\u1fbc'), m('\u1f80', '\u1f08'))
print(m('[\u0400-\u04ff]+', '\u0416\u0436\u0401\u0451'), m('\u0416', '\u0436'))
print(re.findall('(?i)[\u0100-\u0105]', 'a\u0100\u0101\u0102\u0103\u0104\u0105\u0106'))
print(re.findall('(?i)[^\u0100-\u0105]', 'a\u0100\u0101\u0106\u0107'))
print(m('(?i:a)B', 'Ab', 0), m('(?i:a)B', 'AB', 0), m('a(?-i:B)', 'AB'), m('a(?-i:B)', 'Ab'))
