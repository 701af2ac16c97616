// Decoding a program's bytes the way CPython 3.11's tokenizer does before it
// tokenizes them (Parser/tokenizer.c: check_bom, check_coding_spec, and the
// file and string readers).
//
// Design and invariants:
//  - The result is always UTF-8 with "\r\n" and "\r" turned into "\n", as both
//    of CPython's readers translate them.  A missing final newline is *not*
//    added: the lexer supplies it, and error texts CPython re-reads from the
//    file must not have it.
//  - The coding cookie is looked for on line 1, and on line 2 only when line 1
//    is blank or a comment (CPython stops looking at the first line holding
//    anything else).  Names are normalized as CPython's get_normal_name does
//    ("latin-1" -> "iso-8859-1", "utf_8" -> "utf-8"; "utf8" stays "utf8").
//  - A declared encoding other than "utf-8" is looked up in Python's own codec
//    registry (the tables below are Python 3.11's codec modules and aliases)
//    and decoded with glibc's iconv.  Codecs iconv lacks are refused as unknown
//    (a known deviation, for rare codecs only).
//  - File sources: undeclared UTF-8 is not validated here.  CPython checks each
//    line as its tokenizer reads it, so an earlier tokenizer error wins; the
//    lexer does that check (SourceText::encoding_declared == false).  NUL bytes
//    are likewise the lexer's to report, line by line.
//  - String sources (compile()): NUL bytes are refused first; decode errors are
//    reported as CPython's tokenizer-initialization errors (lineno 0, offset -1).
#include "lexer/source.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/unicode.h"

namespace glasspy {

namespace {

enum class CodecKind : uint8_t { Ascii, Utf8, Charmap, Multibyte, Other };

struct CodecEntry {
  const char* name;   // module name in the `encodings` package
  const char* iconv;  // glibc iconv name, or nullptr
  CodecKind kind;     // decides how a decoding error is worded
};

struct AliasEntry {
  const char* alias;
  const char* codec;
};

// clang-format off
// Python 3.11's text codecs (modules of the `encodings` package), each with the
// glibc iconv name that decodes it (nullptr: iconv has no such table).
constexpr CodecEntry kCodecs[] = {
    {"ascii", "ASCII", CodecKind::Ascii},
    {"big5", "BIG5", CodecKind::Multibyte},
    {"big5hkscs", "BIG5HKSCS", CodecKind::Multibyte},
    {"charmap", "ISO-8859-1", CodecKind::Charmap},
    {"cp037", "CP037", CodecKind::Charmap},
    {"cp1006", nullptr, CodecKind::Charmap},
    {"cp1026", "CP1026", CodecKind::Charmap},
    {"cp1125", "CP1125", CodecKind::Charmap},
    {"cp1140", "CP1140", CodecKind::Charmap},
    {"cp1250", "CP1250", CodecKind::Charmap},
    {"cp1251", "CP1251", CodecKind::Charmap},
    {"cp1252", "CP1252", CodecKind::Charmap},
    {"cp1253", "CP1253", CodecKind::Charmap},
    {"cp1254", "CP1254", CodecKind::Charmap},
    {"cp1255", "CP1255", CodecKind::Charmap},
    {"cp1256", "CP1256", CodecKind::Charmap},
    {"cp1257", "CP1257", CodecKind::Charmap},
    {"cp1258", "CP1258", CodecKind::Charmap},
    {"cp273", "CP273", CodecKind::Charmap},
    {"cp424", "CP424", CodecKind::Charmap},
    {"cp437", "CP437", CodecKind::Charmap},
    {"cp500", "CP500", CodecKind::Charmap},
    {"cp720", nullptr, CodecKind::Charmap},
    {"cp737", "CP737", CodecKind::Charmap},
    {"cp775", "CP775", CodecKind::Charmap},
    {"cp850", "CP850", CodecKind::Charmap},
    {"cp852", "CP852", CodecKind::Charmap},
    {"cp855", "CP855", CodecKind::Charmap},
    {"cp856", "CP856", CodecKind::Charmap},
    {"cp857", "CP857", CodecKind::Charmap},
    {"cp858", "CP858", CodecKind::Charmap},
    {"cp860", "CP860", CodecKind::Charmap},
    {"cp861", "CP861", CodecKind::Charmap},
    {"cp862", "CP862", CodecKind::Charmap},
    {"cp863", "CP863", CodecKind::Charmap},
    {"cp864", "CP864", CodecKind::Charmap},
    {"cp865", "CP865", CodecKind::Charmap},
    {"cp866", "CP866", CodecKind::Charmap},
    {"cp869", "CP869", CodecKind::Charmap},
    {"cp874", "CP874", CodecKind::Charmap},
    {"cp875", "CP875", CodecKind::Charmap},
    {"cp932", "CP932", CodecKind::Multibyte},
    {"cp949", "CP949", CodecKind::Multibyte},
    {"cp950", "CP950", CodecKind::Multibyte},
    {"euc_jis_2004", "EUC-JISX0213", CodecKind::Multibyte},
    {"euc_jisx0213", "EUC-JISX0213", CodecKind::Multibyte},
    {"euc_jp", "EUC-JP", CodecKind::Multibyte},
    {"euc_kr", "EUC-KR", CodecKind::Multibyte},
    {"gb18030", "GB18030", CodecKind::Multibyte},
    {"gb2312", "GB2312", CodecKind::Multibyte},
    {"gbk", "GBK", CodecKind::Multibyte},
    {"hp_roman8", "HP-ROMAN8", CodecKind::Charmap},
    {"hz", nullptr, CodecKind::Multibyte},
    {"idna", nullptr, CodecKind::Other},
    {"iso2022_jp", "ISO2022JP", CodecKind::Multibyte},
    {"iso2022_jp_1", nullptr, CodecKind::Multibyte},
    {"iso2022_jp_2", "ISO2022JP2", CodecKind::Multibyte},
    {"iso2022_jp_2004", nullptr, CodecKind::Multibyte},
    {"iso2022_jp_3", "ISO-2022-JP-3", CodecKind::Multibyte},
    {"iso2022_jp_ext", nullptr, CodecKind::Multibyte},
    {"iso2022_kr", "ISO2022KR", CodecKind::Multibyte},
    {"iso8859_1", "ISO-8859-1", CodecKind::Charmap},
    {"iso8859_10", "ISO8859-10", CodecKind::Charmap},
    {"iso8859_11", "ISO8859-11", CodecKind::Charmap},
    {"iso8859_13", "ISO8859-13", CodecKind::Charmap},
    {"iso8859_14", "ISO8859-14", CodecKind::Charmap},
    {"iso8859_15", "ISO8859-15", CodecKind::Charmap},
    {"iso8859_16", "ISO8859-16", CodecKind::Charmap},
    {"iso8859_2", "ISO8859-2", CodecKind::Charmap},
    {"iso8859_3", "ISO8859-3", CodecKind::Charmap},
    {"iso8859_4", "ISO8859-4", CodecKind::Charmap},
    {"iso8859_5", "ISO8859-5", CodecKind::Charmap},
    {"iso8859_6", "ISO8859-6", CodecKind::Charmap},
    {"iso8859_7", "ISO8859-7", CodecKind::Charmap},
    {"iso8859_8", "ISO8859-8", CodecKind::Charmap},
    {"iso8859_9", "ISO8859-9", CodecKind::Charmap},
    {"johab", "JOHAB", CodecKind::Multibyte},
    {"koi8_r", "KOI8-R", CodecKind::Charmap},
    {"koi8_t", "KOI8-T", CodecKind::Charmap},
    {"koi8_u", "KOI8-U", CodecKind::Charmap},
    {"kz1048", "RK1048", CodecKind::Charmap},
    {"latin_1", "ISO-8859-1", CodecKind::Other},
    {"mac_arabic", nullptr, CodecKind::Charmap},
    {"mac_croatian", nullptr, CodecKind::Charmap},
    {"mac_cyrillic", "MAC-CYRILLIC", CodecKind::Charmap},
    {"mac_farsi", nullptr, CodecKind::Charmap},
    {"mac_greek", nullptr, CodecKind::Charmap},
    {"mac_iceland", "MAC-IS", CodecKind::Charmap},
    {"mac_latin2", "MAC-CENTRALEUROPE", CodecKind::Charmap},
    {"mac_roman", "MACINTOSH", CodecKind::Charmap},
    {"mac_romanian", nullptr, CodecKind::Charmap},
    {"mac_turkish", nullptr, CodecKind::Charmap},
    {"palmos", nullptr, CodecKind::Charmap},
    {"ptcp154", "PT154", CodecKind::Charmap},
    {"punycode", nullptr, CodecKind::Other},
    {"raw_unicode_escape", nullptr, CodecKind::Other},
    {"shift_jis", "SHIFT_JIS", CodecKind::Multibyte},
    {"shift_jis_2004", "SHIFT_JISX0213", CodecKind::Multibyte},
    {"shift_jisx0213", "SHIFT_JISX0213", CodecKind::Multibyte},
    {"tis_620", "TIS-620", CodecKind::Charmap},
    {"undefined", nullptr, CodecKind::Other},
    {"unicode_escape", nullptr, CodecKind::Other},
    {"utf_16", "UTF-16", CodecKind::Other},
    {"utf_16_be", "UTF16BE", CodecKind::Other},
    {"utf_16_le", "UTF16LE", CodecKind::Other},
    {"utf_32", "UTF-32", CodecKind::Other},
    {"utf_32_be", "UTF32BE", CodecKind::Other},
    {"utf_32_le", "UTF32LE", CodecKind::Other},
    {"utf_7", "UTF-7", CodecKind::Other},
    {"utf_8", "UTF-8", CodecKind::Utf8},
    {"utf_8_sig", "UTF-8", CodecKind::Utf8},
};

// Python 3.11's encodings.aliases.aliases, for the text codecs: alias -> module.
constexpr AliasEntry kAliases[] = {
    {"037", "cp037"}, {"1026", "cp1026"}, {"1125", "cp1125"}, {"1140", "cp1140"},
    {"1250", "cp1250"}, {"1251", "cp1251"}, {"1252", "cp1252"}, {"1253", "cp1253"},
    {"1254", "cp1254"}, {"1255", "cp1255"}, {"1256", "cp1256"}, {"1257", "cp1257"},
    {"1258", "cp1258"}, {"273", "cp273"}, {"424", "cp424"}, {"437", "cp437"}, {"500", "cp500"},
    {"646", "ascii"}, {"775", "cp775"}, {"850", "cp850"}, {"852", "cp852"}, {"855", "cp855"},
    {"857", "cp857"}, {"858", "cp858"}, {"860", "cp860"}, {"861", "cp861"}, {"862", "cp862"},
    {"863", "cp863"}, {"864", "cp864"}, {"865", "cp865"}, {"866", "cp866"}, {"869", "cp869"},
    {"8859", "latin_1"}, {"932", "cp932"}, {"936", "gbk"}, {"949", "cp949"}, {"950", "cp950"},
    {"ansi_x3.4_1968", "ascii"}, {"ansi_x3.4_1986", "ascii"}, {"ansi_x3_4_1968", "ascii"},
    {"arabic", "iso8859_6"}, {"asmo_708", "iso8859_6"}, {"big5_hkscs", "big5hkscs"},
    {"big5_tw", "big5"}, {"chinese", "gb2312"}, {"cp1051", "hp_roman8"}, {"cp1361", "johab"},
    {"cp154", "ptcp154"}, {"cp367", "ascii"}, {"cp65001", "utf_8"}, {"cp819", "latin_1"},
    {"cp866u", "cp1125"}, {"cp936", "gbk"}, {"cp_gr", "cp869"}, {"cp_is", "cp861"},
    {"csHPRoman8", "hp_roman8"}, {"csascii", "ascii"}, {"csbig5", "big5"}, {"csibm037", "cp037"},
    {"csibm1026", "cp1026"}, {"csibm273", "cp273"}, {"csibm424", "cp424"}, {"csibm500", "cp500"},
    {"csibm855", "cp855"}, {"csibm857", "cp857"}, {"csibm858", "cp858"}, {"csibm860", "cp860"},
    {"csibm861", "cp861"}, {"csibm863", "cp863"}, {"csibm864", "cp864"}, {"csibm865", "cp865"},
    {"csibm866", "cp866"}, {"csibm869", "cp869"}, {"csiso2022jp", "iso2022_jp"},
    {"csiso2022kr", "iso2022_kr"}, {"csiso58gb231280", "gb2312"}, {"csisolatin1", "latin_1"},
    {"csisolatin2", "iso8859_2"}, {"csisolatin3", "iso8859_3"}, {"csisolatin4", "iso8859_4"},
    {"csisolatin5", "iso8859_9"}, {"csisolatin6", "iso8859_10"},
    {"csisolatinarabic", "iso8859_6"}, {"csisolatincyrillic", "iso8859_5"},
    {"csisolatingreek", "iso8859_7"}, {"csisolatinhebrew", "iso8859_8"}, {"cskoi8r", "koi8_r"},
    {"cspc775baltic", "cp775"}, {"cspc850multilingual", "cp850"}, {"cspc862latinhebrew", "cp862"},
    {"cspc8codepage437", "cp437"}, {"cspcp852", "cp852"}, {"csptcp154", "ptcp154"},
    {"csshiftjis", "shift_jis"}, {"cyrillic", "iso8859_5"}, {"cyrillic_asian", "ptcp154"},
    {"ebcdic_cp_be", "cp500"}, {"ebcdic_cp_ca", "cp037"}, {"ebcdic_cp_ch", "cp500"},
    {"ebcdic_cp_he", "cp424"}, {"ebcdic_cp_nl", "cp037"}, {"ebcdic_cp_us", "cp037"},
    {"ebcdic_cp_wt", "cp037"}, {"ecma_114", "iso8859_6"}, {"ecma_118", "iso8859_7"},
    {"elot_928", "iso8859_7"}, {"euc_cn", "gb2312"}, {"euc_jis2004", "euc_jis_2004"},
    {"euccn", "gb2312"}, {"eucgb2312_cn", "gb2312"}, {"eucjis2004", "euc_jis_2004"},
    {"eucjisx0213", "euc_jisx0213"}, {"eucjp", "euc_jp"}, {"euckr", "euc_kr"},
    {"gb18030_2000", "gb18030"}, {"gb2312_1980", "gb2312"}, {"gb2312_80", "gb2312"},
    {"greek", "iso8859_7"}, {"greek8", "iso8859_7"}, {"hebrew", "iso8859_8"},
    {"hkscs", "big5hkscs"}, {"hz_gb", "hz"}, {"hz_gb_2312", "hz"}, {"hzgb", "hz"},
    {"ibm037", "cp037"}, {"ibm039", "cp037"}, {"ibm1026", "cp1026"}, {"ibm1051", "hp_roman8"},
    {"ibm1125", "cp1125"}, {"ibm1140", "cp1140"}, {"ibm273", "cp273"}, {"ibm367", "ascii"},
    {"ibm424", "cp424"}, {"ibm437", "cp437"}, {"ibm500", "cp500"}, {"ibm775", "cp775"},
    {"ibm819", "latin_1"}, {"ibm850", "cp850"}, {"ibm852", "cp852"}, {"ibm855", "cp855"},
    {"ibm857", "cp857"}, {"ibm858", "cp858"}, {"ibm860", "cp860"}, {"ibm861", "cp861"},
    {"ibm862", "cp862"}, {"ibm863", "cp863"}, {"ibm864", "cp864"}, {"ibm865", "cp865"},
    {"ibm866", "cp866"}, {"ibm869", "cp869"}, {"iso2022jp", "iso2022_jp"},
    {"iso2022jp_1", "iso2022_jp_1"}, {"iso2022jp_2", "iso2022_jp_2"},
    {"iso2022jp_2004", "iso2022_jp_2004"}, {"iso2022jp_3", "iso2022_jp_3"},
    {"iso2022jp_ext", "iso2022_jp_ext"}, {"iso2022kr", "iso2022_kr"}, {"iso646_us", "ascii"},
    {"iso8859", "latin_1"}, {"iso8859_1", "latin_1"}, {"iso_2022_jp", "iso2022_jp"},
    {"iso_2022_jp_1", "iso2022_jp_1"}, {"iso_2022_jp_2", "iso2022_jp_2"},
    {"iso_2022_jp_2004", "iso2022_jp_2004"}, {"iso_2022_jp_3", "iso2022_jp_3"},
    {"iso_2022_jp_ext", "iso2022_jp_ext"}, {"iso_2022_kr", "iso2022_kr"},
    {"iso_646.irv_1991", "ascii"}, {"iso_8859_1", "latin_1"}, {"iso_8859_10", "iso8859_10"},
    {"iso_8859_10_1992", "iso8859_10"}, {"iso_8859_11", "iso8859_11"},
    {"iso_8859_11_2001", "iso8859_11"}, {"iso_8859_13", "iso8859_13"},
    {"iso_8859_14", "iso8859_14"}, {"iso_8859_14_1998", "iso8859_14"},
    {"iso_8859_15", "iso8859_15"}, {"iso_8859_16", "iso8859_16"},
    {"iso_8859_16_2001", "iso8859_16"}, {"iso_8859_1_1987", "latin_1"},
    {"iso_8859_2", "iso8859_2"}, {"iso_8859_2_1987", "iso8859_2"}, {"iso_8859_3", "iso8859_3"},
    {"iso_8859_3_1988", "iso8859_3"}, {"iso_8859_4", "iso8859_4"},
    {"iso_8859_4_1988", "iso8859_4"}, {"iso_8859_5", "iso8859_5"},
    {"iso_8859_5_1988", "iso8859_5"}, {"iso_8859_6", "iso8859_6"},
    {"iso_8859_6_1987", "iso8859_6"}, {"iso_8859_7", "iso8859_7"},
    {"iso_8859_7_1987", "iso8859_7"}, {"iso_8859_8", "iso8859_8"},
    {"iso_8859_8_1988", "iso8859_8"}, {"iso_8859_9", "iso8859_9"},
    {"iso_8859_9_1989", "iso8859_9"}, {"iso_celtic", "iso8859_14"}, {"iso_ir_100", "latin_1"},
    {"iso_ir_101", "iso8859_2"}, {"iso_ir_109", "iso8859_3"}, {"iso_ir_110", "iso8859_4"},
    {"iso_ir_126", "iso8859_7"}, {"iso_ir_127", "iso8859_6"}, {"iso_ir_138", "iso8859_8"},
    {"iso_ir_144", "iso8859_5"}, {"iso_ir_148", "iso8859_9"}, {"iso_ir_157", "iso8859_10"},
    {"iso_ir_166", "tis_620"}, {"iso_ir_199", "iso8859_14"}, {"iso_ir_226", "iso8859_16"},
    {"iso_ir_58", "gb2312"}, {"iso_ir_6", "ascii"}, {"jisx0213", "euc_jis_2004"},
    {"korean", "euc_kr"}, {"ks_c_5601", "euc_kr"}, {"ks_c_5601_1987", "euc_kr"},
    {"ks_x_1001", "euc_kr"}, {"ksc5601", "euc_kr"}, {"ksx1001", "euc_kr"}, {"kz_1048", "kz1048"},
    {"l1", "latin_1"}, {"l10", "iso8859_16"}, {"l2", "iso8859_2"}, {"l3", "iso8859_3"},
    {"l4", "iso8859_4"}, {"l5", "iso8859_9"}, {"l6", "iso8859_10"}, {"l7", "iso8859_13"},
    {"l8", "iso8859_14"}, {"l9", "iso8859_15"}, {"latin", "latin_1"}, {"latin1", "latin_1"},
    {"latin10", "iso8859_16"}, {"latin2", "iso8859_2"}, {"latin3", "iso8859_3"},
    {"latin4", "iso8859_4"}, {"latin5", "iso8859_9"}, {"latin6", "iso8859_10"},
    {"latin7", "iso8859_13"}, {"latin8", "iso8859_14"}, {"latin9", "iso8859_15"},
    {"mac_centeuro", "mac_latin2"}, {"maccentraleurope", "mac_latin2"},
    {"maccyrillic", "mac_cyrillic"}, {"macgreek", "mac_greek"}, {"maciceland", "mac_iceland"},
    {"macintosh", "mac_roman"}, {"maclatin2", "mac_latin2"}, {"macroman", "mac_roman"},
    {"macturkish", "mac_turkish"}, {"ms1361", "johab"}, {"ms932", "cp932"}, {"ms936", "gbk"},
    {"ms949", "cp949"}, {"ms950", "cp950"}, {"ms_kanji", "cp932"}, {"mskanji", "cp932"},
    {"pt154", "ptcp154"}, {"r8", "hp_roman8"}, {"rk1048", "kz1048"}, {"roman8", "hp_roman8"},
    {"ruscii", "cp1125"}, {"s_jis", "shift_jis"}, {"s_jis_2004", "shift_jis_2004"},
    {"s_jisx0213", "shift_jisx0213"}, {"shiftjis", "shift_jis"},
    {"shiftjis2004", "shift_jis_2004"}, {"shiftjisx0213", "shift_jisx0213"},
    {"sjis", "shift_jis"}, {"sjis_2004", "shift_jis_2004"}, {"sjisx0213", "shift_jisx0213"},
    {"strk1048_2002", "kz1048"}, {"thai", "iso8859_11"}, {"tis620", "tis_620"},
    {"tis_620_0", "tis_620"}, {"tis_620_2529_0", "tis_620"}, {"tis_620_2529_1", "tis_620"},
    {"u16", "utf_16"}, {"u32", "utf_32"}, {"u7", "utf_7"}, {"u8", "utf_8"}, {"u_jis", "euc_jp"},
    {"uhc", "cp949"}, {"ujis", "euc_jp"}, {"unicode_1_1_utf_7", "utf_7"},
    {"unicodebigunmarked", "utf_16_be"}, {"unicodelittleunmarked", "utf_16_le"}, {"us", "ascii"},
    {"us_ascii", "ascii"}, {"utf", "utf_8"}, {"utf16", "utf_16"}, {"utf32", "utf_32"},
    {"utf7", "utf_7"}, {"utf8", "utf_8"}, {"utf8_ucs2", "utf_8"}, {"utf8_ucs4", "utf_8"},
    {"utf_16be", "utf_16_be"}, {"utf_16le", "utf_16_le"}, {"utf_32be", "utf_32_be"},
    {"utf_32le", "utf_32_le"}, {"windows_1250", "cp1250"}, {"windows_1251", "cp1251"},
    {"windows_1252", "cp1252"}, {"windows_1253", "cp1253"}, {"windows_1254", "cp1254"},
    {"windows_1255", "cp1255"}, {"windows_1256", "cp1256"}, {"windows_1257", "cp1257"},
    {"windows_1258", "cp1258"}, {"x_mac_japanese", "shift_jis"}, {"x_mac_korean", "euc_kr"},
    {"x_mac_simp_chinese", "gb2312"}, {"x_mac_trad_chinese", "big5"},
};

// Codecs and aliases that exist but do not decode bytes to str (io.open refuses them).
constexpr const char* kNonTextCodecs[] = {
    "base64", "base64_codec", "base_64", "bz2", "bz2_codec", "hex", "hex_codec", "quopri",
    "quopri_codec", "quoted_printable", "quotedprintable", "rot13", "rot_13", "uu", "uu_codec",
    "zip", "zlib", "zlib_codec",
};
// clang-format on

constexpr const char kReplacementChar[] = "\xEF\xBF\xBD";

// How much a text reader (io.TextIOWrapper) decodes at a time.
constexpr size_t kReaderChunk = 8192;

// ---- Python's UTF-8 codec ---------------------------------------------------

inline bool is_continuation(unsigned char c) { return c >= 0x80 && c < 0xC0; }

struct Utf8Error {
  size_t start = 0;
  size_t end = 0;  // exclusive: the bytes Python's decoder reports as one error
  const char* reason = nullptr;
};

// The first error Python's UTF-8 decoder (final mode) reports in `s` at or
// after `pos`: invalid start bytes one at a time, a bad sequence as the bytes
// that were valid before the offending one, a truncated sequence at the end as
// "unexpected end of data".
bool find_utf8_error(std::string_view s, size_t pos, Utf8Error& e) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  auto fail = [&](size_t len, const char* reason) {
    e.start = pos;
    e.end = pos + len;
    e.reason = reason;
    return true;
  };
  static constexpr const char* kStart = "invalid start byte";
  static constexpr const char* kCont = "invalid continuation byte";
  static constexpr const char* kEnd = "unexpected end of data";
  while (pos < n) {
    while (pos + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + pos, 8);
      if (w & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    unsigned char c = p[pos];
    if (c < 0x80) {
      ++pos;
      continue;
    }
    size_t left = n - pos;
    if (c < 0xC2) return fail(1, kStart);
    if (c < 0xE0) {
      if (left < 2) return fail(left, kEnd);
      if (!is_continuation(p[pos + 1])) return fail(1, kCont);
      pos += 2;
      continue;
    }
    if (c < 0xF0) {
      if (left < 2) return fail(left, kEnd);
      unsigned char c2 = p[pos + 1];
      if (!is_continuation(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0))
        return fail(1, kCont);
      if (left < 3) return fail(left, kEnd);
      if (!is_continuation(p[pos + 2])) return fail(2, kCont);
      pos += 3;
      continue;
    }
    if (c < 0xF5) {
      if (left < 2) return fail(left, kEnd);
      unsigned char c2 = p[pos + 1];
      if (!is_continuation(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90))
        return fail(1, kCont);
      if (left < 3) return fail(left, kEnd);
      if (!is_continuation(p[pos + 2])) return fail(2, kCont);
      if (left < 4) return fail(left, kEnd);
      if (!is_continuation(p[pos + 3])) return fail(3, kCont);
      pos += 4;
      continue;
    }
    return fail(1, kStart);
  }
  return false;
}

// ---- PEP 263 ----------------------------------------------------------------

inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// CPython's get_normal_name: only the utf-8 and latin-1 spellings are
// normalized, judged on the first 12 characters.
std::string normal_encoding_name(std::string_view s) {
  std::string buf;
  for (size_t i = 0; i < s.size() && i < 12; ++i) buf += s[i] == '_' ? '-' : ascii_lower(s[i]);
  auto starts = [&](std::string_view p) { return buf.compare(0, p.size(), p) == 0; };
  if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return std::string(s);
}

// CPython's get_coding_spec on one line (its newline included): a comment,
// alone on its line, holding "coding:" or "coding=" and a name.
bool find_coding_spec(std::string_view s, std::string& spec) {
  const size_t size = s.size();
  size_t i = 0;
  for (; i + 6 < size; ++i) {
    if (s[i] == '#') break;
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return false;
  }
  for (; i + 6 < size; ++i) {
    if (s.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (s[t] != ':' && s[t] != '=') continue;
    do {
      ++t;
    } while (t < size && (s[t] == ' ' || s[t] == '\t'));
    size_t begin = t;
    while (t < size && (is_ascii_alnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) ++t;
    if (begin < t) {
      spec = normal_encoding_name(s.substr(begin, t - begin));
      return true;
    }
  }
  return false;
}

// Whether a line without a coding spec ends the search for one: it holds
// something other than blanks and a comment.
bool line_has_code(std::string_view s) {
  for (char c : s) {
    if (c == '#' || c == '\n' || c == '\r') return false;
    if (c != ' ' && c != '\t' && c != '\f') return true;
  }
  return false;
}

// ---- codecs -------------------------------------------------------------------

// What codecs.lookup() would find for `name`: normalized as Python does (lower
// case, runs of other characters than letters, digits and '.' become '_'), then
// through the alias table.
const CodecEntry* lookup_codec(std::string_view name, bool& not_text) {
  not_text = false;
  std::string norm;
  bool punct = false;
  for (char c : name) {
    if (is_ascii_alnum(c) || c == '.') {
      if (punct && !norm.empty()) norm += '_';
      punct = false;
      norm += ascii_lower(c);
    } else {
      punct = true;
    }
  }
  auto find_codec = [](std::string_view m) -> const CodecEntry* {
    for (const auto& c : kCodecs)
      if (m == c.name) return &c;
    return nullptr;
  };
  auto find_alias = [](std::string_view a) -> const char* {
    for (const auto& e : kAliases)
      if (a == e.alias) return e.codec;
    return nullptr;
  };
  std::string underscored = norm;
  std::replace(underscored.begin(), underscored.end(), '.', '_');
  const char* aliased = find_alias(norm);
  if (!aliased) aliased = find_alias(underscored);
  auto usable = [](const CodecEntry* c) {
    return c && (c->iconv || c->kind == CodecKind::Ascii || c->kind == CodecKind::Utf8);
  };
  if (aliased) {
    if (const CodecEntry* c = find_codec(aliased); usable(c)) return c;
  }
  if (norm.find('.') == std::string::npos) {
    if (const CodecEntry* c = find_codec(norm); usable(c)) return c;
  }
  for (const char* t : kNonTextCodecs)
    if (norm == t || underscored == t) not_text = true;
  return nullptr;
}

// Where and why a codec failed, in the words of Python's UnicodeDecodeError.
struct DecodeFailure {
  const char* codec = "";  // the name in the message ("charmap" for table-driven codecs)
  size_t start = 0;        // byte offsets into the decoded input
  size_t end = 0;
  const char* reason = "";
  unsigned char byte = 0;  // the byte at `start`

  std::string message(size_t shift = 0) const {
    char buf[256];
    if (end - start <= 1) {
      std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                    codec, byte, start - shift, reason);
    } else {
      std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec,
                    start - shift, end - 1 - shift, reason);
    }
    return buf;
  }
};

// Decodes `in` with `codec` into UTF-8 appended to `out` (on failure, what
// could be decoded before the error).
bool decode_with_codec(const CodecEntry& codec, std::string_view in, std::string& out,
                       DecodeFailure& fail) {
  if (codec.kind == CodecKind::Utf8) {
    Utf8Error e;
    if (find_utf8_error(in, 0, e)) {
      fail =
          DecodeFailure{"utf-8", e.start, e.end, e.reason, static_cast<unsigned char>(in[e.start])};
      out.append(in.substr(0, e.start));
      return false;
    }
    out.append(in);
    return true;
  }
  if (codec.kind == CodecKind::Ascii) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (static_cast<unsigned char>(in[i]) >= 0x80) {
        fail = DecodeFailure{"ascii", i, i + 1, "ordinal not in range(128)",
                             static_cast<unsigned char>(in[i])};
        out.append(in.substr(0, i));
        return false;
      }
    }
    out.append(in);
    return true;
  }
  // Callers only pass codecs that have an iconv name.
  iconv_t cd = iconv_open("UTF-8", codec.iconv);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    fail = DecodeFailure{codec.name, 0, 1, "unsupported", 0};
    return false;
  }
  size_t base = out.size();
  out.resize(base + in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t produced = 0;
  bool ok = true;
  for (;;) {
    char* dst = out.data() + base + produced;
    size_t dst_left = out.size() - base - produced;
    // With the input consumed, a last call flushes any shift state.
    size_t r = src_left ? iconv(cd, &src, &src_left, &dst, &dst_left)
                        : iconv(cd, nullptr, nullptr, &dst, &dst_left);
    bool flushing = src_left == 0;
    produced = static_cast<size_t>(dst - (out.data() + base));
    if (r != static_cast<size_t>(-1)) {
      if (flushing) break;
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    size_t at = static_cast<size_t>(src - in.data());
    bool incomplete = errno == EINVAL;
    unsigned char byte = at < in.size() ? static_cast<unsigned char>(in[at]) : 0;
    switch (codec.kind) {
      case CodecKind::Charmap:
        fail = DecodeFailure{"charmap", at, at + 1, "character maps to <undefined>", byte};
        break;
      case CodecKind::Multibyte:
        fail = DecodeFailure{
            codec.name, at, at + 1,
            incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence", byte};
        break;
      default:
        fail = DecodeFailure{codec.name, at, at + 1, incomplete ? "truncated data" : "invalid data",
                             byte};
        break;
    }
    ok = false;
    break;
  }
  iconv_close(cd);
  out.resize(base + produced);
  return ok;
}

// "\r\n" and "\r" to "\n", as Python's universal newline readers do.
void translate_newlines(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  size_t pos = 0;
  while (pos < in.size()) {
    const void* r = std::memchr(in.data() + pos, '\r', in.size() - pos);
    if (!r) {
      out.append(in.substr(pos));
      break;
    }
    size_t i = static_cast<size_t>(static_cast<const char*>(r) - in.data());
    out.append(in.substr(pos, i - pos));
    out += '\n';
    pos = i + 1;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

bool has_bom(std::string_view s) { return s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0; }

// Errors raised before any line is tokenized: no location (CPython's
// filename, lineno and offset are None).
bool fail_unlocated(SyntaxErrorInfo& err, std::string msg) {
  err = SyntaxErrorInfo{};
  err.msg = std::move(msg);
  return false;
}

// compile()'s errors from creating the tokenizer: (filename, 0, -1, None).
bool fail_string_init(SyntaxErrorInfo& err, const std::string& filename, std::string msg) {
  err = SyntaxErrorInfo{};
  err.msg = std::move(msg);
  err.filename = filename;
  err.lineno = 0;
  err.offset = -1;
  return false;
}

// One line of raw input from `pos`, as a universal-newline reader returns it
// (a line break becomes "\n"), cut at a NUL as C string functions see it.
struct RawLine {
  std::string text;
  size_t next = 0;  // where the following line starts
  bool nul = false;
};

RawLine read_raw_line(std::string_view s, size_t pos) {
  RawLine l;
  size_t end = pos;
  while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
  l.text.assign(s.substr(pos, end - pos));
  l.next = end;
  if (end < s.size()) {
    l.text += '\n';
    l.next = end + ((s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1);
  }
  size_t nul = l.text.find('\0');
  if (nul != std::string::npos) {
    l.text.resize(nul);
    l.nul = true;
  }
  return l;
}

bool decode_file(std::string_view bytes, SourceText& out, SyntaxErrorInfo& err) {
  size_t start = 0;
  if (has_bom(bytes)) {
    out.bom = true;
    out.encoding_declared = true;
    start = 3;
  }
  std::string spec;
  bool found = false;
  size_t cookie_end = start;  // where the line after the cookie starts
  size_t pos = start;
  for (int line = 1; line <= 2 && pos < bytes.size(); ++line) {
    RawLine l = read_raw_line(bytes, pos);
    if (find_coding_spec(l.text, spec)) {
      found = true;
      cookie_end = l.next;
      break;
    }
    if (line_has_code(l.text) || l.nul) break;
    // A line 1 that is not UTF-8 stops CPython before it reads line 2; the
    // lexer reports it.
    if (!out.bom && unicode::valid_utf8_prefix(l.text) != l.text.size()) break;
    pos = l.next;
  }
  out.encoding = "utf-8";
  if (found) {
    if (out.bom) {
      if (spec != "utf-8") return fail_unlocated(err, "encoding problem: " + spec + " with BOM");
    } else if (spec != "utf-8") {
      bool not_text = false;
      const CodecEntry* codec = lookup_codec(spec, not_text);
      if (!codec) return fail_unlocated(err, "encoding problem: " + spec);
      // The lines up to the cookie were read raw (they are comments; decoded
      // here for error texts).  CPython then reopens the file with the codec
      // at the last byte of the cookie line, drops the first line it reads,
      // and decodes the rest 8 KB at a time: a failure in the first piece is
      // an "encoding problem"; a later one surfaces when the tokenizer asks
      // for the line that needs the failing piece.
      std::string decoded;
      DecodeFailure fail;
      std::string_view prefix = bytes.substr(start, cookie_end - start);
      if (!decode_with_codec(*codec, prefix, decoded, fail)) decoded = utf8_decode_replace(prefix);
      size_t from = cookie_end > start ? cookie_end - 1 : start;
      std::string rest;
      bool ok = decode_with_codec(*codec, bytes.substr(from), rest, fail);
      if (!ok && fail.start < kReaderChunk) return fail_unlocated(err, "encoding problem: " + spec);
      size_t cut = rest.find_first_of("\r\n");
      if (cut == std::string::npos) {
        cut = rest.size();
      } else {
        cut += (rest[cut] == '\r' && cut + 1 < rest.size() && rest[cut + 1] == '\n') ? 2 : 1;
      }
      decoded.append(rest, cut, std::string::npos);
      if (!ok) {
        size_t chunk_start = fail.start / kReaderChunk * kReaderChunk;
        size_t boundary = from + chunk_start;
        int line = 1;
        for (size_t i = 0; i < boundary; ++i) {
          if (bytes[i] == '\n' ||
              (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
        }
        out.decode_error_line = line;
        out.decode_error = "(unicode error) " + fail.message(chunk_start);
      }
      out.encoding = spec;
      out.encoding_declared = true;
      translate_newlines(decoded, out.utf8);
      return true;
    }
    out.encoding_declared = true;
  }
  translate_newlines(bytes.substr(start), out.utf8);
  return true;
}

bool decode_string(std::string_view bytes, SourceText& out, SyntaxErrorInfo& err) {
  if (std::memchr(bytes.data(), '\0', bytes.size()))
    return fail_unlocated(err, "source code string cannot contain null bytes");
  std::string str;
  translate_newlines(bytes, str);
  // CPython's string reader turns a final "\r\n" into two newlines.
  if (bytes.size() >= 2 && bytes.substr(bytes.size() - 2) == "\r\n") str += '\n';
  size_t start = 0;
  if (has_bom(str)) {
    out.bom = true;
    out.encoding_declared = true;
    start = 3;
  }
  // CPython's string reader appends the final newline before this check.
  bool added_newline = str.size() > start && str.back() != '\n';
  if (added_newline) str += '\n';
  std::string spec;
  bool found = false;
  size_t nl1 = str.find('\n', start);
  if (nl1 != std::string::npos) {
    std::string_view line1(str.data() + start, nl1 + 1 - start);
    if (find_coding_spec(line1, spec)) {
      found = true;
    } else if (!line_has_code(line1)) {
      size_t nl2 = str.find('\n', nl1 + 1);
      if (nl2 != std::string::npos &&
          find_coding_spec(std::string_view(str).substr(nl1 + 1, nl2 - nl1), spec))
        found = true;
    }
  }
  out.encoding = "utf-8";
  std::string_view body(str.data() + start, str.size() - start);
  if (found) {
    if (out.bom) {
      if (spec != "utf-8")
        return fail_string_init(err, out.filename, "encoding problem: " + spec + " with BOM");
    } else if (spec != "utf-8") {
      bool not_text = false;
      const CodecEntry* codec = lookup_codec(spec, not_text);
      if (!codec) {
        if (not_text)
          return fail_string_init(err, out.filename,
                                  "'" + spec +
                                      "' is not a text encoding; use codecs.decode() to handle "
                                      "arbitrary codecs");
        return fail_string_init(err, out.filename, "unknown encoding: " + spec);
      }
      std::string decoded;
      DecodeFailure fail;
      if (!decode_with_codec(*codec, body, decoded, fail))
        return fail_string_init(err, out.filename, fail.message());
      if (added_newline && !decoded.empty() && decoded.back() == '\n') decoded.pop_back();
      out.encoding = spec;
      out.encoding_declared = true;
      out.utf8 = std::move(decoded);
      return true;
    }
    out.encoding_declared = true;
  }
  if (added_newline) body.remove_suffix(1);
  out.utf8.assign(body);
  return true;
}

}  // namespace

bool utf8_decode_error(std::string_view bytes, std::string& message) {
  Utf8Error e;
  if (!find_utf8_error(bytes, 0, e)) return false;
  message =
      DecodeFailure{"utf-8", e.start, e.end, e.reason, static_cast<unsigned char>(bytes[e.start])}
          .message();
  return true;
}

std::string utf8_decode_replace(std::string_view bytes) {
  std::string out;
  size_t pos = 0;
  Utf8Error e;
  while (find_utf8_error(bytes, pos, e)) {
    out.append(bytes.substr(pos, e.start - pos));
    out += kReplacementChar;
    pos = e.end;
  }
  if (pos == 0) return std::string(bytes);
  out.append(bytes.substr(pos));
  return out;
}

bool decode_source(std::string_view bytes, std::string filename, SourceText& out,
                   SyntaxErrorInfo& err, SourceOrigin origin) {
  out = SourceText{};
  out.filename = std::move(filename);
  out.origin = origin;
  return origin == SourceOrigin::File ? decode_file(bytes, out, err)
                                      : decode_string(bytes, out, err);
}

}  // namespace glasspy
