import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, state-of-the-art, pre-eminent e-mail system--not the only one--handles "
        "hyphenated-words and em-dashes -- like this. Supercalifragilisticexpialidocious is long. "
        "Tabs\there and\nnewlines\nhere. x-y a-b-c long-hyphenated-compound-word-example 1-2-3 ab-cd")
for width in (10, 15, 20, 27, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.shorten(text, 50), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   \n  y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a" * 25, 10), textwrap.wrap("aaa-bbbbbbbbbbbbbbbbb", 8))
print(textwrap.wrap("Hello there.  How are you? I'm fine!  Ok.", 15, fix_sentence_endings=True))
print(textwrap.wrap("e-mail ex--ample a--b -- c ---d x----", 6))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=20, expand_tabs=False, replace_whitespace=False)
print(w.wrap("a\tb\nc d e f g h i j k l m n"))
