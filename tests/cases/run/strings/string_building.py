parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts), ", ".join(map(str, range(3))), "-".join("abc"))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.rstrip()), s.count(" "), s.split())
lines = ["first", "second", "third"]
text = "\n".join(lines)
print(text.splitlines(), text.splitlines(True)[0], len(text))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".replace("l", "L"), "a-b-c".rsplit("-", 1), "a-b-c".partition("-"))
print("Hello World".casefold(), "tItLe".capitalize(), "  x  ".lstrip(), "x".ljust(3, ".") + "|", "x".rjust(3) + "|")
print("abc".encode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "€".encode("latin-1", "xmlcharrefreplace"))
print("%s is %d years" % ("Ann", 30), "{0}{1}{0}".format("ab", "cd"), "tab\there".expandtabs(4))
print("Straße".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "123".isdigit(), "½".isnumeric(), "x1".isidentifier())
print(repr("quote ' and \" both"), repr('single \''), repr("\x00\x7f\u200b"), ascii("ü"))
