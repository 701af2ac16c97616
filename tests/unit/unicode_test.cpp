// UTF-8 handling and the character properties generated from CPython's
// unicodedata (tools/gen_unicode_tables.py).
#include "util/unicode.h"

#include <gtest/gtest.h>

namespace u = glasspy::unicode;

TEST(Utf8, RoundTripsEveryPlane) {
  for (uint32_t cp : {0x41u, 0xE9u, 0x20ACu, 0xFFFDu, 0x1F600u, 0x10FFFFu}) {
    std::string s;
    u::append_utf8(s, cp);
    size_t pos = 0;
    EXPECT_EQ(u::decode_utf8(s, pos), static_cast<int32_t>(cp));
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8, RejectsMalformedAndSurrogatesUnlessAllowed) {
  size_t pos = 0;
  EXPECT_EQ(u::decode_utf8("\xC0\x80", pos), -1);  // overlong
  pos = 0;
  EXPECT_EQ(u::decode_utf8("\xF5\x80\x80\x80", pos), -1);  // above U+10FFFF
  std::string lone;
  u::append_utf8(lone, 0xDC80);
  pos = 0;
  EXPECT_EQ(u::decode_utf8(lone, pos), -1);
  pos = 0;
  EXPECT_EQ(u::decode_utf8(lone, pos, /*allow_surrogates=*/true), 0xDC80);
  EXPECT_EQ(u::valid_utf8_prefix("ab\xE2\x82"), 2u);  // truncated euro sign
}

TEST(Utf8, CountsCharacters) {
  EXPECT_EQ(u::count_code_points("x = \"\xC3\xA9\""), 7u);
  EXPECT_EQ(u::byte_to_char_offset("\xC3\xA9\xC3\xA9x", 4), 2u);
}

TEST(UnicodeProperties, AgreeWithCPython) {
  // Each expectation is what CPython 3.11's str methods answer.
  EXPECT_TRUE(u::is_xid_start('_'));
  EXPECT_FALSE(u::is_xid_start('1'));
  EXPECT_TRUE(u::is_xid_continue('1'));
  EXPECT_TRUE(u::is_xid_start(0x00E9));     // é
  EXPECT_FALSE(u::is_xid_start(0x20AC));    // €
  EXPECT_TRUE(u::is_printable(' '));
  EXPECT_FALSE(u::is_printable(0x00A0));    // no-break space (Zs)
  EXPECT_FALSE(u::is_printable(0x200B));    // zero width space (Cf)
  EXPECT_TRUE(u::is_digit(0x00B2));         // '²'.isdigit()
  EXPECT_FALSE(u::is_decimal(0x00B2));
  EXPECT_TRUE(u::is_numeric(0x4E00));       // '一'.isnumeric()
  EXPECT_TRUE(u::is_space(0x3000));
  EXPECT_FALSE(u::is_printable(0x31350));   // assigned in Unicode 15, not in CPython 3.11's 14.0
}

TEST(UnicodeProperties, NfkcNormalizesIdentifiers) {
  EXPECT_EQ(u::nfkc("\xEF\xAC\x81"), "fi");      // U+FB01 LATIN SMALL LIGATURE FI
  EXPECT_EQ(u::nfkc("\xE2\x84\x8C"), "H");       // U+210C BLACK-LETTER CAPITAL H
}
