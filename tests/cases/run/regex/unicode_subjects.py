# Subjects stored 1, 2 and 4 bytes per character, and Unicode classes.
import re

latin = 'na\u00efve caf\u00e9 \u00fcber'
bmp = 'Stra\u00dfe \u0416\u0438\u0437\u043d\u044c \u4e2d\u6587 \u3042\u3044'
astral = 'emoji \U0001F600\U0001F601 gothic \U00010330\U00010331 math \U0001D400'
for text in [latin, bmp, astral]:
    print(re.findall(r'\w+', text), re.findall(r'\W+', text))
    print([m.span() for m in re.finditer(r'\S+', text)])
    print(re.sub(r'\s', '_', text), re.split(r'\s+', text))
print(re.findall(r'[\U0001F600-\U0001F64F]', astral), re.findall(r'.', '\U0001F600a\u4e2d'))
print(re.findall(r'\d+', '\u0661\u0662\u0663 \u0967\u0968 \uff11\uff12 \U0001D7CE'), re.findall(r'\d', '\u00b2\u2155'))
print(re.findall(r'\s', '\u00a0\u1680\u2000\u2028\u2029\u3000\u200b\ufeff\x1c\x85'))
print(re.match(r'^.*$', 'a\u2028b').group(), re.findall(r'(?m)^\w', 'a\u2028b\nc'))
print(re.match(r'[\u4e00-\u9fff]+', '\u4e2d\u6587abc').span())
print(re.match(r'\u00e9', 'e\u0301'), re.match(r'e\u0301', 'e\u0301').span())
print(re.findall(r'[^\x00-\x7f]', 'a\u00e9\u4e2d\U0001F600'))
print(re.search(r'\U0001F600+', 'x\U0001F600\U0001F600y').span())
print(re.sub(r'(\w)', r'\1\1', '\u4e2d\U00010330'))
print(re.split(r'(?<=\U0001F600)', 'a\U0001F600b\U0001F600'))
mixed = '\u00ff' + '\u0100' * 3 + '\U00010000'
print([m.span() for m in re.finditer(r'.', mixed)], re.fullmatch(r'\u00ff\u0100{3}\U00010000', mixed).span())
long = ('\u4e00\u4e8c\u4e09 ' * 2000) + '\U0001F600'
print(len(re.findall(r'\w+', long)), re.search(r'\U0001F600', long).start())
print(re.findall(r'[\u0100-\u0101\u4e00\U0001F600]', 'a\u0100\u4e00\U0001F600\u0102'))
print(re.findall(r'[\u3040-\u309f\u30a0-\u30ff\u4e00-\u9faf]+', '\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 and English'))
