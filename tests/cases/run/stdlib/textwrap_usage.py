# textwrap from CPython's library: wrap, fill, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.shorten("Hello  world!", width=12))
code = """
    def f():
        return 1
      # comment
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed, isn't it?"))
print(textwrap.wrap("a-very-hyphenated-word-that-goes-on", width=10))
print(textwrap.wrap("a-very-hyphenated-word-that-goes-on", width=10, break_on_hyphens=False))
print(textwrap.fill("tab\tseparated\ttext", width=15, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two. Three", width=15, fix_sentence_endings=True))
print(textwrap.wrap("   leading and trailing   ", width=10, drop_whitespace=False))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
