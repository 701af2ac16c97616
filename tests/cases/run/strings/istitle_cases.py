# istitle / isupper / islower on mixed text
samples = ['Hello', 'Hello World', 'Hello world', 'HELLO', 'hello', 'H', 'h', '', '1', 'Hello1World', 'Hello 1 World',
           "They'Re", "They're", 'ǅemal', 'ǅEmal', 'Ǆemal', 'ǲ', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'A1b', 'A1B', 'Ab Cd Ef',
           'AbCd', 'Ab-Cd', 'ﬁsh', 'Ǉubljana', 'ᾈx', 'ᾼ', 'Ⅰ', 'Ⅰx', 'ⓐ', 'Ⓐb', 'Hello\u0301world', 'É', 'Éc', 'ÉC',
           '𐐀𐐨', '𐐀𐐀', '   ', 'A ', ' A', 'A_B', 'A_b', 'a_B', 'MÜNCHEN', 'münchen', 'München']
for s in samples:
    print(repr(s), s.istitle(), s.isupper(), s.islower(), s.title() == s)
for name in ('istitle', 'isupper', 'islower'):
    try:
        getattr('a', name)(None)
    except TypeError as e:
        print(name, type(e).__name__, e)
