// util/codecs.h against CPython 3.11: codecs.lookup() on names as Python
// spells (and misspells) them, the tokenizers' PEP 263 name spelling, and
// bytes.decode() with the UnicodeDecodeError messages python3 3.11.7 gives.
#include "util/codecs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace glasspy::codecs {
namespace {

using namespace std::string_view_literals;

// The module codecs.lookup(name) finds, or "" where Python raises LookupError.
std::string module_of(std::string_view name) {
  const Codec* c = lookup(name);
  return c ? c->module : "";
}

struct Decoded {
  DecodeResult result;
  std::string text;     // what was decoded (before the error, on kError)
  std::string message;  // str(UnicodeDecodeError) on kError
};

Decoded decode(std::string_view module, std::string_view bytes) {
  const Codec* codec = find_module(module);
  EXPECT_NE(codec, nullptr) << module;
  Decoder decoder(*codec);
  Decoded d;
  DecodeError err;
  d.result = decoder.decode(bytes, d.text, err);
  if (d.result == DecodeResult::kError) d.message = err.message();
  return d;
}

TEST(Codecs, NormalizeEncoding) {
  EXPECT_EQ(normalize_encoding("UTF-8"), "utf_8");
  EXPECT_EQ(normalize_encoding("  Latin--1 "), "latin_1");
  EXPECT_EQ(normalize_encoding("iso_646.irv:1991"), "iso_646.irv_1991");
  // Bytes outside ASCII separate words, as in _Py_normalize_encoding.
  EXPECT_EQ(normalize_encoding("utf-\xC3\xA9"
                               "8"),
            "utf_8");
  EXPECT_EQ(normalize_encoding("--"), "");
}

TEST(Codecs, LookupFollowsPython) {
  EXPECT_EQ(module_of("UTF-8"), "utf_8");
  EXPECT_EQ(module_of("u8"), "utf_8");
  EXPECT_EQ(module_of("utf-8-sig"), "utf_8_sig");
  EXPECT_EQ(module_of("windows-1252"), "cp1252");
  EXPECT_EQ(module_of("ISO 8859 1"), "latin_1");     // an alias wins over the module iso8859_1
  EXPECT_EQ(module_of("iso_646.irv:1991"), "ascii");  // aliases may hold a '.'
  EXPECT_EQ(module_of("ANSI_X3.4-1968"), "ascii");
  EXPECT_EQ(module_of("ansi.x3.4.1968"), "ascii");    // '.' read as '_' for aliases only
  EXPECT_EQ(module_of("iso2022jp_2004"), "iso2022_jp_2004");
  EXPECT_EQ(module_of("_hex"), "hex_codec");
  // LookupError("unknown encoding: ...") in CPython.
  EXPECT_EQ(module_of("cp-1252"), "");
  EXPECT_EQ(module_of("utf.8"), "");
  EXPECT_EQ(module_of("rot.13"), "");
  EXPECT_EQ(module_of("..utf8"), "");
  EXPECT_EQ(module_of("aliases"), "");  // encodings.aliases imports, but is no codec
  EXPECT_EQ(module_of("mbcs"), "");     // Windows only
  EXPECT_EQ(module_of(""), "");
  EXPECT_EQ(lookup_normalized("latin.1"), nullptr);
  EXPECT_EQ(lookup_normalized("latin_1"), find_module("latin_1"));
}

TEST(Codecs, Table) {
  const Codec* c = find_module("cp1252");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->family, Family::kCharmap);
  EXPECT_STREQ(c->error_name, "charmap");
  EXPECT_EQ(c->decode_line, 15);
  EXPECT_NE(c->iconv, nullptr);

  c = lookup("rot13");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->family, Family::kNotText);
  EXPECT_EQ(c->error_name, nullptr);

  EXPECT_EQ(lookup("utf7")->family, Family::kUnicode);
  EXPECT_STREQ(lookup("utf7")->error_name, "utf7");
  EXPECT_EQ(lookup("utf-16")->family, Family::kUtf16);
  EXPECT_EQ(lookup("sjis")->family, Family::kMultibyte);
  EXPECT_STREQ(lookup("sjis")->error_name, "shift_jis");
  EXPECT_EQ(lookup("mac_greek")->iconv, nullptr);  // glibc has no table for it
  EXPECT_EQ(find_module("no_such_codec"), nullptr);
}

TEST(Codecs, TokenizerNormalName) {
  EXPECT_EQ(tokenizer_normal_name("UTF_8"), "utf-8");
  EXPECT_EQ(tokenizer_normal_name("utf-8-unix"), "utf-8");
  EXPECT_EQ(tokenizer_normal_name("Latin_1"), "iso-8859-1");
  EXPECT_EQ(tokenizer_normal_name("iso-latin-1-x"), "iso-8859-1");
  // Only the first 12 characters count.
  EXPECT_EQ(tokenizer_normal_name("iso-8859-1-xyz"), "iso-8859-1");
  EXPECT_EQ(tokenizer_normal_name("utf8"), "utf8");
  EXPECT_EQ(tokenizer_normal_name("Latin-1x"), "Latin-1x");
}

TEST(Codecs, DecodeErrorMessage) {
  DecodeError one{"utf-8", 1, 2, "invalid start byte", 0xff};
  EXPECT_EQ(one.message(), "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  DecodeError range{"utf-8", 10, 12, "unexpected end of data", 0xe2};
  EXPECT_EQ(range.message(), "'utf-8' codec can't decode bytes in position 10-11: unexpected end of data");
  EXPECT_EQ(range.message(8), "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
}

TEST(Codecs, Utf8) {
  DecodeError e;
  EXPECT_FALSE(find_utf8_error("plain \xC3\xA9", 0, e));
  ASSERT_TRUE(find_utf8_error("ab\xE2\x82", 0, e));
  EXPECT_EQ(e.message(), "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
  ASSERT_TRUE(find_utf8_error("\xE0\x80\x80x\xFF", 1, e));  // from a position
  EXPECT_EQ(e.start, 1u);
  EXPECT_EQ(e.message(), "'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte");
  EXPECT_EQ(utf8_decode_replace("a\xFF"
                                "b"),
            "a\xEF\xBF\xBD"
            "b");
  // U+DCFF in generalized UTF-8.
  EXPECT_EQ(utf8_decode_surrogateescape("a\xFF"), "a\xED\xB3\xBF");
  EXPECT_EQ(utf8_decode_surrogateescape("\xE2\x82"), "\xED\xB3\xA2\xED\xB2\x82");
  EXPECT_EQ(utf8_decode_surrogateescape("ok"), "ok");
}

TEST(Codecs, DecodeNative) {
  Decoded d = decode("utf_8", "ab\xE2\x82");
  EXPECT_EQ(d.result, DecodeResult::kError);
  EXPECT_EQ(d.text, "ab");
  EXPECT_EQ(d.message, "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");

  d = decode("utf_8_sig", "\xEF\xBB\xBF" "a\xFF");
  EXPECT_EQ(d.text, "a");
  EXPECT_EQ(d.message, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  EXPECT_EQ(decode("utf_8_sig", "\xEF\xBB\xBF" "x").text, "x");

  d = decode("ascii", "a\xE9");
  EXPECT_EQ(d.text, "a");
  EXPECT_EQ(d.message, "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)");

  d = decode("latin_1", "caf\xE9");
  EXPECT_EQ(d.result, DecodeResult::kOk);
  EXPECT_EQ(d.text, "caf\xC3\xA9");
}

TEST(Codecs, DecodeThroughIconv) {
  EXPECT_EQ(decode("cp1252", "\x80").text, "\xE2\x82\xAC");
  Decoded d = decode("cp1252", "a\x81");
  EXPECT_EQ(d.result, DecodeResult::kError);
  EXPECT_EQ(d.text, "a");
  EXPECT_EQ(d.message,
            "'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>");

  EXPECT_EQ(decode("shift_jis", "\x82\xA0").text, "\xE3\x81\x82");
  EXPECT_EQ(decode("shift_jis", "\x82").message,
            "'shift_jis' codec can't decode byte 0x82 in position 0: incomplete multibyte sequence");
  EXPECT_EQ(decode("shift_jis", "\x82\xA0\x80").message,
            "'shift_jis' codec can't decode byte 0x80 in position 2: illegal multibyte sequence");

  // Each call starts in the initial shift state.
  const Codec* jp = find_module("iso2022_jp");
  ASSERT_NE(jp, nullptr);
  Decoder decoder(*jp);
  std::string out;
  DecodeError err;
  EXPECT_EQ(decoder.decode("\x1B$B$\"", out, err), DecodeResult::kOk);
  EXPECT_EQ(out, "\xE3\x81\x82");
  out.clear();
  EXPECT_EQ(decoder.decode("$\"", out, err), DecodeResult::kOk);
  EXPECT_EQ(out, "$\"");
}

TEST(Codecs, DecodeLeavesOtherFamiliesToTheCaller) {
  EXPECT_EQ(decode("utf_16", "a\0"sv).result, DecodeResult::kUnsupported);
  EXPECT_EQ(decode("utf_16_be", "\0a"sv).result, DecodeResult::kUnsupported);
  EXPECT_EQ(decode("mac_greek", "a").result, DecodeResult::kUnsupported);  // no iconv table
  EXPECT_EQ(decode("hex_codec", "61").result, DecodeResult::kUnsupported);
  EXPECT_EQ(decode("unicode_escape", "a").result, DecodeResult::kUnsupported);
}

TEST(Codecs, IconvDecoder) {
  IconvDecoder iconv;
  EXPECT_FALSE(iconv.is_open());
  EXPECT_FALSE(iconv.open("NO-SUCH-ENCODING"));
  ASSERT_TRUE(iconv.open("UTF-16LE"));
  std::string out = ">";
  size_t stop = 0;
  bool incomplete = false;
  EXPECT_TRUE(iconv.decode("a\0b\0"sv, out, stop, incomplete));
  EXPECT_EQ(out, ">ab");
  EXPECT_FALSE(iconv.decode("a\0b"sv, out, stop, incomplete));
  EXPECT_EQ(stop, 2u);
  EXPECT_TRUE(incomplete);
  EXPECT_EQ(out, ">aba");

  // CP1258 holds a letter back in case a combining mark follows; the final
  // flush delivers it.
  ASSERT_TRUE(iconv.open("CP1258"));
  out.clear();
  EXPECT_TRUE(iconv.decode("xa", out, stop, incomplete));
  EXPECT_EQ(out, "xa");
  out.clear();
  EXPECT_TRUE(iconv.decode("xa", out, stop, incomplete, /*flush=*/false));
  EXPECT_EQ(out, "x");
}

}  // namespace
}  // namespace glasspy::codecs
