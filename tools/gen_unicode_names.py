#!/usr/bin/env python3
"""Writes src/util/unicode_names.inc: the Unicode character names that '\\N{...}'
escapes and unicodedata.name()/lookup() use, read from CPython 3.11's own
database (Unicode 14.0.0) so that glasspy agrees with it name for name.
Run with CPython 3.11 when the table must change.

What is stored, and how (src/util/unicode_names.cpp reads it):
  * Algorithmic names are computed, not stored: HANGUL SYLLABLE <jamo> and
    CJK UNIFIED IDEOGRAPH-<hex> (the ideograph ranges are emitted), and the
    "<PREFIX>-<hex code point>" families (CJK COMPATIBILITY IDEOGRAPH-, NUSHU
    CHARACTER-, ...), emitted as (first, last, prefix) ranges.
  * Every other name is a sequence of space-separated words.  The distinct
    words form a lexicon, sorted, front-coded in blocks of LEXICON_BLOCK
    (per word: shared-prefix length, suffix length, suffix bytes).
  * Names in code point order form a token stream, front-coded in blocks of
    NAME_BLOCK entries: per name one byte (shared leading words << 4 | new
    words) and then the new words, each one byte (an index into SHORT_WORDS,
    the most frequent words) or two (192 + id >> 8, id & 255).
  * RUNS maps runs of consecutive named code points to entry numbers;
    BY_NAME lists the entries sorted by name, for binary search.
  * The formal aliases (NameAliases.txt), which lookup accepts but name()
    never returns, sorted by name.
The lexicon, token stream and BY_NAME (uint16 little-endian) are one blob,
emitted in base64 to keep the source small; it is decoded on first use.
"""
import base64
import os
import re
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

LEXICON_BLOCK = 16
NAME_BLOCK = 32
SHORT_WORDS = 192

# Jamo short names (Unicode's Jamo.txt), for HANGUL SYLLABLE names.
JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
          "T", "P", "H"]
JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
          "WEO", "WE", "WI", "YU", "EU", "YI", "I"]
JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
          "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]
HANGUL_FIRST, HANGUL_COUNT = 0xAC00, 19 * 21 * 28

# The formal name aliases of Unicode 14.0.0 (NameAliases.txt), as code point
# and alias; each is checked against unicodedata.lookup below.
ALIASES = """
0000 NULL|NUL
0001 START OF HEADING|SOH
0002 START OF TEXT|STX
0003 END OF TEXT|ETX
0004 END OF TRANSMISSION|EOT
0005 ENQUIRY|ENQ
0006 ACKNOWLEDGE|ACK
0007 ALERT|BEL
0008 BACKSPACE|BS
0009 CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB
000A LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL
000B LINE TABULATION|VERTICAL TABULATION|VT
000C FORM FEED|FF
000D CARRIAGE RETURN|CR
000E SHIFT OUT|LOCKING-SHIFT ONE|SO
000F SHIFT IN|LOCKING-SHIFT ZERO|SI
0010 DATA LINK ESCAPE|DLE
0011 DEVICE CONTROL ONE|DC1
0012 DEVICE CONTROL TWO|DC2
0013 DEVICE CONTROL THREE|DC3
0014 DEVICE CONTROL FOUR|DC4
0015 NEGATIVE ACKNOWLEDGE|NAK
0016 SYNCHRONOUS IDLE|SYN
0017 END OF TRANSMISSION BLOCK|ETB
0018 CANCEL|CAN
0019 END OF MEDIUM|EOM
001A SUBSTITUTE|SUB
001B ESCAPE|ESC
001C INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS
001D INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS
001E INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS
001F INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US
0020 SP
007F DELETE|DEL
0080 PADDING CHARACTER|PAD
0081 HIGH OCTET PRESET|HOP
0082 BREAK PERMITTED HERE|BPH
0083 NO BREAK HERE|NBH
0084 INDEX|IND
0085 NEXT LINE|NEL
0086 START OF SELECTED AREA|SSA
0087 END OF SELECTED AREA|ESA
0088 CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ
008A LINE TABULATION SET|VERTICAL TABULATION SET|VTS
008B PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD
008C PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU
008D REVERSE LINE FEED|REVERSE INDEX|RI
008E SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2
008F SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3
0090 DEVICE CONTROL STRING|DCS
0091 PRIVATE USE ONE|PRIVATE USE-1|PU1
0092 PRIVATE USE TWO|PRIVATE USE-2|PU2
0093 SET TRANSMIT STATE|STS
0094 CANCEL CHARACTER|CCH
0095 MESSAGE WAITING|MW
0096 START OF GUARDED AREA|START OF PROTECTED AREA|SPA
0097 END OF GUARDED AREA|END OF PROTECTED AREA|EPA
0098 START OF STRING|SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER|SGC
009A SINGLE CHARACTER INTRODUCER|SCI
009B CONTROL SEQUENCE INTRODUCER|CSI
009C STRING TERMINATOR|ST
009D OPERATING SYSTEM COMMAND|OSC
009E PRIVACY MESSAGE|PM
009F APPLICATION PROGRAM COMMAND|APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG
11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
AA6E MYANMAR LETTER KHAMTI LLA
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK|BOM|ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG
16E76 MEDEFAIDRIN SMALL LETTER H
16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""


def alias_list():
    out = []
    for line in ALIASES.strip().splitlines():
        cp, names = line.split(" ", 1)
        out += [(name, int(cp, 16)) for name in names.split("|")]
    # The variation selectors' abbreviations are regular enough to generate.
    out += [("VS%d" % (i + 1), 0xFE00 + i) for i in range(16)]
    out += [("VS%d" % (i + 17), 0xE0100 + i) for i in range(240)]
    return out


def hangul_name(cp):
    s = cp - HANGUL_FIRST
    return "HANGUL SYLLABLE " + JAMO_L[s // 588] + JAMO_V[s % 588 // 28] + JAMO_T[s % 28]


def ranges_of(cps):
    out = []
    for cp in sorted(cps):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def front_shared(a, b, limit):
    k = 0
    while k < min(len(a), len(b), limit) and a[k] == b[k]:
        k += 1
    return k


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "..", "src", "util", "unicode_names.inc")

    unified, families, stored = [], {}, {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        assert unicodedata.lookup(name) == chr(cp), name
        if HANGUL_FIRST <= cp < HANGUL_FIRST + HANGUL_COUNT:
            assert name == hangul_name(cp), (hex(cp), name)
            continue
        m = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if m and m.group(2) == "%04X" % cp:
            if m.group(1) == "CJK UNIFIED IDEOGRAPH-":
                unified.append(cp)
            else:
                families.setdefault(m.group(1), []).append(cp)
            continue
        assert re.fullmatch(r"[A-Z0-9-]+( [A-Z0-9-]+)*", name), name
        stored[cp] = name
    # Stored names (and the families) match case-insensitively.
    for cp, name in stored.items():
        assert unicodedata.lookup(name.lower()) == chr(cp), name
    for prefix, cps in families.items():
        for cp in cps:
            assert unicodedata.lookup((prefix + "%04X" % cp).lower()) == chr(cp)

    aliases = sorted(alias_list())
    assert len({a for a, _ in aliases}) == len(aliases)
    for alias, cp in aliases:
        assert unicodedata.lookup(alias) == chr(cp), alias
        assert unicodedata.lookup(alias.lower()) == chr(cp), alias
        assert unicodedata.name(chr(cp), None) != alias, alias

    # ---- lexicon ----
    cps = sorted(stored)
    word_count = {}
    for cp in cps:
        for w in stored[cp].split(" "):
            word_count[w] = word_count.get(w, 0) + 1
    lexicon = sorted(word_count)
    word_id = {w: i for i, w in enumerate(lexicon)}
    assert len(lexicon) < (256 - SHORT_WORDS) * 256
    assert max(map(len, lexicon)) < 256
    short = sorted(lexicon, key=lambda w: (-word_count[w], w))[:SHORT_WORDS]
    short_index = {w: i for i, w in enumerate(short)}

    blob = bytearray()
    lexicon_offsets = []
    prev = ""
    for i, w in enumerate(lexicon):
        if i % LEXICON_BLOCK == 0:
            lexicon_offsets.append(len(blob))
            k = 0
        else:
            k = front_shared(w, prev, 255)
        blob += bytes([k, len(w) - k]) + w[k:].encode("ascii")
        prev = w
    lexicon_size = len(blob)

    # ---- names, in code point order ----
    name_offsets = []
    prev = []
    for i, cp in enumerate(cps):
        words = stored[cp].split(" ")
        assert len(words) <= 15
        if i % NAME_BLOCK == 0:
            name_offsets.append(len(blob))
            k = 0
        else:
            k = front_shared(words, prev, 15)
        blob.append(k << 4 | (len(words) - k))
        for w in words[k:]:
            if w in short_index:
                blob.append(short_index[w])
            else:
                blob += bytes([SHORT_WORDS + (word_id[w] >> 8), word_id[w] & 255])
        prev = words
    names_size = len(blob) - lexicon_size

    entry_of = {cp: i for i, cp in enumerate(cps)}
    by_name = sorted(range(len(cps)), key=lambda e: stored[cps[e]])
    assert len(cps) < 65536
    for e in by_name:
        blob += e.to_bytes(2, "little")
    runs = [(a, b - a + 1, entry_of[a]) for a, b in ranges_of(cps)]

    # ---- emit ----
    L = []
    L.append("// Generated by tools/gen_unicode_names.py from CPython %s's unicodedata "
             "(Unicode %s); do not edit." % (sys.version.split()[0], unicodedata.unidata_version))
    L.append("// Layout: see the generator's docstring.")
    L.append("")
    L.append("constexpr uint32_t kHangulFirst = 0x%X, kHangulCount = %d;" % (HANGUL_FIRST, HANGUL_COUNT))
    for label, table in (("L", JAMO_L), ("V", JAMO_V), ("T", JAMO_T)):
        L.append("constexpr const char* kJamo%s[] = {%s};" % (label, ", ".join('"%s"' % j for j in table)))
    L.append("")
    L.append("// CJK UNIFIED IDEOGRAPH-XXXX code points.")
    L.append("constexpr CodePointRange kUnifiedIdeographs[] = {")
    for a, b in ranges_of(unified):
        L.append("    {0x%X, 0x%X}," % (a, b))
    L.append("};")
    L.append("")
    L.append("// <prefix><code point as %04X> names.")
    L.append("constexpr const char* kFamilyPrefixes[] = {%s};" % ", ".join('"%s"' % p for p in families))
    L.append("constexpr FamilyRange kFamilyRanges[] = {")
    for i, (prefix, fcps) in enumerate(families.items()):
        for a, b in ranges_of(fcps):
            L.append("    {0x%X, 0x%X, %d}," % (a, b, i))
    L.append("};")
    L.append("")
    L.append("constexpr size_t kLexiconBlock = %d, kNameBlock = %d, kShortWords = %d;"
             % (LEXICON_BLOCK, NAME_BLOCK, SHORT_WORDS))
    L.append("constexpr size_t kLexiconWords = %d, kNameEntries = %d;" % (len(lexicon), len(cps)))
    L.append("constexpr size_t kLexiconSize = %d, kNamesSize = %d, kBlobSize = %d;"
             % (lexicon_size, names_size, len(blob)))

    def numbers(name, ctype, values, per_line=12):
        L.append("constexpr %s %s[] = {" % (ctype, name))
        for i in range(0, len(values), per_line):
            L.append("    " + " ".join("%d," % v for v in values[i:i + per_line]))
        L.append("};")

    numbers("kShortWordIds", "uint16_t", [word_id[w] for w in short])
    numbers("kLexiconBlockOffsets", "uint32_t", lexicon_offsets, 10)
    numbers("kNameBlockOffsets", "uint32_t", [o - lexicon_size for o in name_offsets], 10)
    L.append("")
    L.append("// Runs of consecutive named code points: first, count, first entry.")
    L.append("constexpr NameRun kRuns[] = {")
    for a, n, e in runs:
        L.append("    {0x%X, %d, %d}," % (a, n, e))
    L.append("};")
    L.append("")
    L.append("// Formal aliases, sorted by name.")
    L.append("constexpr Alias kAliases[] = {")
    for alias, cp in aliases:
        L.append('    {"%s", 0x%X},' % (alias, cp))
    L.append("};")
    L.append("")
    L.append("// Lexicon, token stream and the by-name entry order (uint16 LE), in base64.")
    L.append("constexpr const char kBlobBase64[] =")
    text = base64.b64encode(bytes(blob)).decode("ascii")
    for i in range(0, len(text), 100):
        L.append('    "%s"' % text[i:i + 100])
    L.append("    ;")
    with open(out_path, "w") as f:
        f.write("\n".join(L) + "\n")
    print("wrote %s: %d stored names, %d words, blob %d bytes, %d aliases"
          % (os.path.normpath(out_path), len(cps), len(lexicon), len(blob), len(aliases)))


if __name__ == "__main__":
    main()
