# isascii and ascii-range behaviour of the predicates
for cp in range(128):
    c = chr(cp)
    flags = ''.join('1' if f else '0' for f in (c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(),
                                                 c.isspace(), c.isprintable(), c.isupper(), c.islower(), c.istitle(),
                                                 c.isidentifier(), c.isascii()))
    print(cp, repr(c), flags, repr(c.upper()), repr(c.lower()), repr(c.swapcase()), repr(c.title()))
for cp in range(128, 256):
    c = chr(cp)
    flags = ''.join('1' if f else '0' for f in (c.isalpha(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
                                                 c.isupper(), c.islower(), c.isidentifier(), c.isascii()))
    print(cp, repr(c), flags, repr(c.upper()), repr(c.lower()), repr(c.casefold()))
