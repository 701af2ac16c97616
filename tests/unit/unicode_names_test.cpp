// Unit tests for util/unicode_names against CPython 3.11's unicodedata
// (expected names printed by python3's unicodedata.name / lookup).
#include "util/unicode_names.h"

#include <gtest/gtest.h>

#include <string>

namespace glasspy::unicode {
namespace {

struct NameCase {
  uint32_t cp;
  const char* name;  // "" when the code point has no name
};

TEST(UnicodeNames, NamesFromCPython) {
  const NameCase cases[] = {
      {0x16E, "LATIN CAPITAL LETTER U WITH RING ABOVE"},
      {0x421, "CYRILLIC CAPITAL LETTER ES"},
      {0x82D, "SAMARITAN MARK NEQUDAA"},
      {0x9B6, "BENGALI LETTER SHA"},
      {0xC18, "TELUGU LETTER GHA"},
      {0x1199, "HANGUL JUNGSEONG I-YA"},
      {0x1290, "ETHIOPIC SYLLABLE NA"},
      {0x180F, "MONGOLIAN FREE VARIATION SELECTOR FOUR"},
      {0x1891, "MONGOLIAN LETTER ALI GALI DA"},
      {0x1A3D, "TAI THAM LETTER LOW PHA"},
      {0x1B64, "BALINESE MUSICAL SYMBOL DANG"},
      {0x282B, "BRAILLE PATTERN DOTS-1246"},
      {0x2C33, "GLAGOLITIC SMALL LETTER GLAGOLI"},
      {0x33BE, "SQUARE KW"},
      {0x4DE2, "HEXAGRAM FOR PROGRESS"},
      {0xA0D6, "YI SYLLABLE FO"},
      {0xA0EA, "YI SYLLABLE VAT"},
      {0xA239, "YI SYLLABLE MGOT"},
      {0xF985, "CJK COMPATIBILITY IDEOGRAPH-F985"},
      {0xFBF2, "ARABIC LIGATURE YEH WITH HAMZA ABOVE WITH OE ISOLATED FORM"},
      {0xFF41, "FULLWIDTH LATIN SMALL LETTER A"},
      {0x10741, "LINEAR A SIGN A702 B"},
      {0x10E88, "YEZIDI LETTER CHHIM"},
      {0x111D0, "SHARADA DIGIT ZERO"},
      {0x11D29, "MASARAM GONDI LETTER SHA"},
      {0x18928, "TANGUT COMPONENT-297"},
      {0x18BE0, "KHITAN SMALL SCRIPT CHARACTER-18BE0"},
      {0x1D502, "MATHEMATICAL BOLD SCRIPT SMALL Y"},
      {0x1D69B, "MATHEMATICAL MONOSPACE SMALL R"},
      {0x1D7F7, "MATHEMATICAL MONOSPACE DIGIT ONE"},
      {0x1D81B, "SIGNWRITING HAND-CIRCLE INDEX MIDDLE CROSSED"},
      {0x1D843, "SIGNWRITING HAND-FIST INDEX THUMB HOOKED MIDDLE HINGED"},
      {0x1D95F, "SIGNWRITING MOVEMENT-DIAGONAL BETWEEN AWAY LARGE"},
      {0x1E12B, "NYIAKENG PUACHUE HMONG LETTER EE"},
      {0x1E2F5, "WANCHO DIGIT FIVE"},
      {0x1F03C, "DOMINO TILE HORIZONTAL-01-04"},
      {0x1F7BF, "VERY HEAVY EIGHT SPOKED ASTERISK"},
      {0x1FA53, "BLACK CHESS KNIGHT-BISHOP"},
      {0x1FBA5, "BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT TO LOWER CENTRE"},
      {0x2F9A9, "CJK COMPATIBILITY IDEOGRAPH-2F9A9"},
      {0x0, ""},
      {0x20, "SPACE"},
      {0x41, "LATIN CAPITAL LETTER A"},
      {0xE9, "LATIN SMALL LETTER E WITH ACUTE"},
      {0xAC00, "HANGUL SYLLABLE GA"},
      {0xAF13, "HANGUL SYLLABLE GGYEGS"},
      {0xD7A3, "HANGUL SYLLABLE HIH"},
      {0x3400, "CJK UNIFIED IDEOGRAPH-3400"},
      {0x4E00, "CJK UNIFIED IDEOGRAPH-4E00"},
      {0x3134A, "CJK UNIFIED IDEOGRAPH-3134A"},
      {0xF900, "CJK COMPATIBILITY IDEOGRAPH-F900"},
      {0x2FA1D, "CJK COMPATIBILITY IDEOGRAPH-2FA1D"},
      {0x1B170, "NUSHU CHARACTER-1B170"},
      {0x18B00, "KHITAN SMALL SCRIPT CHARACTER-18B00"},
      {0x1F600, "GRINNING FACE"},
      {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
      {0x10FFFD, ""},
      {0xD800, ""},
      {0xE000, ""},
      {0x378, ""},
      {0x2A6E0, ""},
      {0x17000, ""},
  };
  for (const NameCase& c : cases) {
    std::string name;
    bool has = unicode_name(c.cp, name);
    EXPECT_EQ(has, c.name[0] != 0) << std::hex << c.cp;
    if (has) {
      EXPECT_EQ(name, c.name) << std::hex << c.cp;
      EXPECT_EQ(lookup_unicode_name(c.name), static_cast<int32_t>(c.cp)) << c.name;
    }
  }
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Every name reads back to its code point, in any case except for the
// algorithmic Hangul and CJK unified names; 138552 code points have a name.
TEST(UnicodeNames, RoundTripEveryCodePoint) {
  int named = 0, failures = 0;
  std::string name;
  for (uint32_t cp = 0; cp < 0x110000 && failures < 10; ++cp) {
    if (!unicode_name(cp, name)) continue;
    ++named;
    if (lookup_unicode_name(name) != static_cast<int32_t>(cp)) {
      ADD_FAILURE() << std::hex << cp << " " << name;
      ++failures;
    }
    bool algorithmic = name.rfind("HANGUL SYLLABLE ", 0) == 0 || name.rfind("CJK UNIFIED IDEOGRAPH-", 0) == 0;
    int32_t expect = algorithmic ? -1 : static_cast<int32_t>(cp);
    if (lookup_unicode_name(lower(name)) != expect) {
      ADD_FAILURE() << "lower case " << std::hex << cp << " " << name;
      ++failures;
    }
  }
  EXPECT_EQ(named, 138552);
}

TEST(UnicodeNames, Lookup) {
  // Aliases, in any case.
  EXPECT_EQ(lookup_unicode_name("LF"), 0x0A);
  EXPECT_EQ(lookup_unicode_name("lf"), 0x0A);
  EXPECT_EQ(lookup_unicode_name("LINE FEED"), 0x0A);
  EXPECT_EQ(lookup_unicode_name("NULL"), 0x00);
  EXPECT_EQ(lookup_unicode_name("BYTE ORDER MARK"), 0xFEFF);
  EXPECT_EQ(lookup_unicode_name("VS256"), 0xE01EF);
  EXPECT_EQ(lookup_unicode_name("LATIN CAPITAL LETTER GHA"), 0x1A2);
  EXPECT_EQ(lookup_unicode_name("MYANMAR LETTER KHAMTI LLA"), 0xAA6E);
  // Names of older Unicode versions are not aliases.
  EXPECT_EQ(lookup_unicode_name("LINE FEED (LF)"), -1);
  // Mixed case.
  EXPECT_EQ(lookup_unicode_name("Latin Small Letter A"), 0x61);
  EXPECT_EQ(lookup_unicode_name("cjk compatibility ideograph-f900"), 0xF900);
  EXPECT_EQ(lookup_unicode_name("nushu character-1b170"), 0x1B170);
  // Families need the canonical hex form.
  EXPECT_EQ(lookup_unicode_name("CJK COMPATIBILITY IDEOGRAPH-0F900"), -1);
  EXPECT_EQ(lookup_unicode_name("CJK COMPATIBILITY IDEOGRAPH-FA6E"), -1);
  // Hangul: upper case, greedy jamo matching.
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE GAGG"), 0xAC02);
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE A"), 0xC544);
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE "), -1);
  EXPECT_EQ(lookup_unicode_name("hangul syllable ga"), -1);
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE ga"), -1);
  // CJK unified: four or five upper-case hex digits.
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-2A6DF"), 0x2A6DF);
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-2A6E0"), -1);
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-4e00"), -1);
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-0000004E00"), -1);
  EXPECT_EQ(lookup_unicode_name("cjk unified ideograph-4E00"), -1);
  // Not names.
  EXPECT_EQ(lookup_unicode_name(""), -1);
  EXPECT_EQ(lookup_unicode_name("LATIN CAPITAL LETTER A "), -1);
  EXPECT_EQ(lookup_unicode_name(" LATIN CAPITAL LETTER A"), -1);
  EXPECT_EQ(lookup_unicode_name("LATIN CAPITAL LETTER"), -1);
  EXPECT_EQ(lookup_unicode_name("TANGUT IDEOGRAPH-17000"), -1);
  EXPECT_EQ(lookup_unicode_name("ZZZZZZZZZZZZ"), -1);
  EXPECT_EQ(lookup_unicode_name("\xc3\xa9"), -1);
  // A named sequence is not a character.
  EXPECT_EQ(lookup_unicode_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), -1);
}

}  // namespace
}  // namespace glasspy::unicode
