# Subjects and templates read through the buffer protocol (memoryview), and
# big character sets (compiled with memoryview by re._compiler).

import re
b = bytearray(b'abc abd')
mv = memoryview(b)
print(re.findall(rb'ab.', mv), re.sub(rb'a', b'X', mv), re.match(rb'(a)(b)', mv).groups(), re.split(rb' ', mv))
m = re.search(rb'abd', mv); print(m, m.string is mv)
print(re.sub(b'a', memoryview(b'Z'), b'aba'))
try:
    b.append(1)
except BufferError as e:
    print('BufferError:', e)
mv.release()
print(re.findall('(?i)[a-z]+', 'ABC \u212a'), re.findall('[\u4e00\u4e02\u4e04\u4e10\u5000\u6000]', '\u4e00x\u6000'))
