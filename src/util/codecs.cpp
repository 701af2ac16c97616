// Python 3.11's codec registry and decoding to UTF-8 (see codecs.h).
//
// Design.  The registry is two sorted constant tables copied from CPython
// 3.11: the codec modules of the encodings package (with how each decodes
// here) and encodings.aliases.aliases; both are small, so lookups scan them.
// Decoder decodes natively what Python's C codecs do simply (UTF-8, ASCII,
// Latin-1) and hands the table-driven codecs to glibc's iconv, using the
// nearest converter glibc has (the few that are not Python's table exactly
// are listed at kCodecs); every other family is kUnsupported, for the caller
// to handle.  Errors carry the byte range and reason of Python's
// UnicodeDecodeError, so the messages match to the letter.
#include "util/codecs.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/unicode.h"

namespace glasspy::codecs {

namespace {

struct Alias {
  const char* name;
  const char* module;
};

// clang-format off
// Every codec module of CPython 3.11's encodings package that registers a
// codec on Linux (mbcs and oem fail to import there), sorted by module name.
// The iconv converters differ from Python's tables in places: the JIS X 0213
// codecs (euc_jis_2004, shift_jis_2004, iso2022_jp_2004) get glibc's
// JIS X 0213:2000 tables, and glibc's CP1255 and CP1258 compose a letter and
// a following combining mark into one character where Python keeps both.
constexpr Codec kCodecs[] = {
    {"ascii", Family::kAscii, nullptr, "ascii", 0},
    {"base64_codec", Family::kNotText, nullptr, nullptr, 0},
    {"big5", Family::kMultibyte, "BIG5", "big5", 0},
    {"big5hkscs", Family::kMultibyte, "BIG5-HKSCS", "big5hkscs", 0},
    {"bz2_codec", Family::kNotText, nullptr, nullptr, 0},
    {"charmap", Family::kLatin1, nullptr, "charmap", 0},
    {"cp037", Family::kCharmap, "IBM037", "charmap", 15},
    {"cp1006", Family::kCharmap, nullptr, "charmap", 15},
    {"cp1026", Family::kCharmap, "IBM1026", "charmap", 15},
    {"cp1125", Family::kCharmap, "CP1125", "charmap", 15},
    {"cp1140", Family::kCharmap, "IBM1140", "charmap", 15},
    {"cp1250", Family::kCharmap, "CP1250", "charmap", 15},
    {"cp1251", Family::kCharmap, "CP1251", "charmap", 15},
    {"cp1252", Family::kCharmap, "CP1252", "charmap", 15},
    {"cp1253", Family::kCharmap, "CP1253", "charmap", 15},
    {"cp1254", Family::kCharmap, "CP1254", "charmap", 15},
    {"cp1255", Family::kCharmap, "CP1255", "charmap", 15},
    {"cp1256", Family::kCharmap, "CP1256", "charmap", 15},
    {"cp1257", Family::kCharmap, "CP1257", "charmap", 15},
    {"cp1258", Family::kCharmap, "CP1258", "charmap", 15},
    {"cp273", Family::kCharmap, "IBM273", "charmap", 15},
    {"cp424", Family::kCharmap, "IBM424", "charmap", 15},
    {"cp437", Family::kCharmap, "IBM437", "charmap", 15},
    {"cp500", Family::kCharmap, "IBM500", "charmap", 15},
    {"cp720", Family::kCharmap, nullptr, "charmap", 17},
    {"cp737", Family::kCharmap, "CP737", "charmap", 15},
    {"cp775", Family::kCharmap, "CP775", "charmap", 15},
    {"cp850", Family::kCharmap, "IBM850", "charmap", 15},
    {"cp852", Family::kCharmap, "IBM852", "charmap", 15},
    {"cp855", Family::kCharmap, "IBM855", "charmap", 15},
    {"cp856", Family::kCharmap, "IBM856", "charmap", 15},
    {"cp857", Family::kCharmap, "IBM857", "charmap", 15},
    {"cp858", Family::kCharmap, "IBM858", "charmap", 15},
    {"cp860", Family::kCharmap, "IBM860", "charmap", 15},
    {"cp861", Family::kCharmap, "IBM861", "charmap", 15},
    {"cp862", Family::kCharmap, "IBM862", "charmap", 15},
    {"cp863", Family::kCharmap, "IBM863", "charmap", 15},
    {"cp864", Family::kCharmap, "IBM864", "charmap", 15},
    {"cp865", Family::kCharmap, "IBM865", "charmap", 15},
    {"cp866", Family::kCharmap, "IBM866", "charmap", 15},
    {"cp869", Family::kCharmap, "IBM869", "charmap", 15},
    {"cp874", Family::kCharmap, "CP874", "charmap", 15},
    {"cp875", Family::kCharmap, "IBM875", "charmap", 15},
    {"cp932", Family::kMultibyte, "CP932", "cp932", 0},
    {"cp949", Family::kMultibyte, "CP949", "cp949", 0},
    {"cp950", Family::kMultibyte, "CP950", "cp950", 0},
    {"euc_jis_2004", Family::kMultibyte, "EUC-JISX0213", "euc_jis_2004", 0},
    {"euc_jisx0213", Family::kMultibyte, "EUC-JISX0213", "euc_jisx0213", 0},
    {"euc_jp", Family::kMultibyte, "EUC-JP", "euc_jp", 0},
    {"euc_kr", Family::kMultibyte, "EUC-KR", "euc_kr", 0},
    {"gb18030", Family::kMultibyte, "GB18030", "gb18030", 0},
    {"gb2312", Family::kMultibyte, "EUC-CN", "gb2312", 0},
    {"gbk", Family::kMultibyte, "GBK", "gbk", 0},
    {"hex_codec", Family::kNotText, nullptr, nullptr, 0},
    {"hp_roman8", Family::kCharmap, "HP-ROMAN8", "charmap", 22},
    {"hz", Family::kMultibyte, nullptr, "hz", 0},
    {"idna", Family::kSpecial, nullptr, "idna", 0},
    {"iso2022_jp", Family::kMultibyte, "ISO-2022-JP", "iso2022_jp", 0},
    {"iso2022_jp_1", Family::kMultibyte, nullptr, "iso2022_jp_1", 0},
    {"iso2022_jp_2", Family::kMultibyte, "ISO-2022-JP-2", "iso2022_jp_2", 0},
    {"iso2022_jp_2004", Family::kMultibyte, "ISO-2022-JP-3", "iso2022_jp_2004", 0},
    {"iso2022_jp_3", Family::kMultibyte, "ISO-2022-JP-3", "iso2022_jp_3", 0},
    {"iso2022_jp_ext", Family::kMultibyte, nullptr, "iso2022_jp_ext", 0},
    {"iso2022_kr", Family::kMultibyte, "ISO-2022-KR", "iso2022_kr", 0},
    {"iso8859_1", Family::kLatin1, nullptr, "latin-1", 15},
    {"iso8859_10", Family::kCharmap, "ISO-8859-10", "charmap", 15},
    {"iso8859_11", Family::kCharmap, "ISO-8859-11", "charmap", 15},
    {"iso8859_13", Family::kCharmap, "ISO-8859-13", "charmap", 15},
    {"iso8859_14", Family::kCharmap, "ISO-8859-14", "charmap", 15},
    {"iso8859_15", Family::kCharmap, "ISO-8859-15", "charmap", 15},
    {"iso8859_16", Family::kCharmap, "ISO-8859-16", "charmap", 15},
    {"iso8859_2", Family::kCharmap, "ISO-8859-2", "charmap", 15},
    {"iso8859_3", Family::kCharmap, "ISO-8859-3", "charmap", 15},
    {"iso8859_4", Family::kCharmap, "ISO-8859-4", "charmap", 15},
    {"iso8859_5", Family::kCharmap, "ISO-8859-5", "charmap", 15},
    {"iso8859_6", Family::kCharmap, "ISO-8859-6", "charmap", 15},
    {"iso8859_7", Family::kCharmap, "ISO-8859-7", "charmap", 15},
    {"iso8859_8", Family::kCharmap, "ISO-8859-8", "charmap", 15},
    {"iso8859_9", Family::kCharmap, "ISO-8859-9", "charmap", 15},
    {"johab", Family::kMultibyte, "JOHAB", "johab", 0},
    {"koi8_r", Family::kCharmap, "KOI8-R", "charmap", 15},
    {"koi8_t", Family::kCharmap, "KOI8-T", "charmap", 16},
    {"koi8_u", Family::kCharmap, "KOI8-U", "charmap", 15},
    {"kz1048", Family::kCharmap, "RK1048", "charmap", 0},  // CPython: 15 (--tokens has used 0)
    {"latin_1", Family::kLatin1, nullptr, "latin-1", 0},
    {"mac_arabic", Family::kCharmap, nullptr, "charmap", 15},
    {"mac_croatian", Family::kCharmap, nullptr, "charmap", 15},
    {"mac_cyrillic", Family::kCharmap, "MAC-CYRILLIC", "charmap", 15},
    {"mac_farsi", Family::kCharmap, nullptr, "charmap", 15},
    {"mac_greek", Family::kCharmap, nullptr, "charmap", 15},
    {"mac_iceland", Family::kCharmap, "MAC-IS", "charmap", 15},
    {"mac_latin2", Family::kCharmap, "MAC-CENTRALEUROPE", "charmap", 20},
    {"mac_roman", Family::kCharmap, "MACINTOSH", "charmap", 15},
    {"mac_romanian", Family::kCharmap, nullptr, "charmap", 15},
    {"mac_turkish", Family::kCharmap, nullptr, "charmap", 15},
    {"palmos", Family::kCharmap, nullptr, "charmap", 16},
    {"ptcp154", Family::kCharmap, "PT154", "charmap", 20},
    {"punycode", Family::kSpecial, nullptr, "punycode", 0},
    {"quopri_codec", Family::kNotText, nullptr, nullptr, 0},
    {"raw_unicode_escape", Family::kSpecial, nullptr, "rawunicodeescape", 0},
    {"rot_13", Family::kNotText, nullptr, nullptr, 0},
    {"shift_jis", Family::kMultibyte, "SHIFT_JIS", "shift_jis", 0},
    {"shift_jis_2004", Family::kMultibyte, "SHIFT_JISX0213", "shift_jis_2004", 0},
    {"shift_jisx0213", Family::kMultibyte, "SHIFT_JISX0213", "shift_jisx0213", 0},
    {"tis_620", Family::kCharmap, "TIS-620", "charmap", 15},
    {"undefined", Family::kSpecial, nullptr, "undefined", 0},
    {"unicode_escape", Family::kSpecial, nullptr, "unicodeescape", 0},
    {"utf_16", Family::kUtf16, nullptr, "utf-16", 0},
    {"utf_16_be", Family::kUnicode, "UTF-16BE", "utf-16-be", 0},
    {"utf_16_le", Family::kUnicode, "UTF-16LE", "utf-16-le", 0},
    {"utf_32", Family::kUtf32, nullptr, "utf-32", 0},
    {"utf_32_be", Family::kUnicode, "UTF-32BE", "utf-32-be", 0},
    {"utf_32_le", Family::kUnicode, "UTF-32LE", "utf-32-le", 0},
    {"utf_7", Family::kUnicode, "UTF-7", "utf7", 0},
    {"utf_8", Family::kUtf8, nullptr, "utf-8", 0},
    {"utf_8_sig", Family::kUtf8Sig, nullptr, "utf-8", 0},
    {"uu_codec", Family::kNotText, nullptr, nullptr, 0},
    {"zlib_codec", Family::kNotText, nullptr, nullptr, 0},
};

// encodings.aliases.aliases of CPython 3.11 (less the two that name the
// Windows-only mbcs codec), sorted by alias.
constexpr Alias kAliases[] = {
    {"037", "cp037"}, {"1026", "cp1026"}, {"1125", "cp1125"}, {"1140", "cp1140"},
    {"1250", "cp1250"}, {"1251", "cp1251"}, {"1252", "cp1252"}, {"1253", "cp1253"},
    {"1254", "cp1254"}, {"1255", "cp1255"}, {"1256", "cp1256"}, {"1257", "cp1257"},
    {"1258", "cp1258"}, {"273", "cp273"}, {"424", "cp424"}, {"437", "cp437"}, {"500", "cp500"},
    {"646", "ascii"}, {"775", "cp775"}, {"850", "cp850"}, {"852", "cp852"}, {"855", "cp855"},
    {"857", "cp857"}, {"858", "cp858"}, {"860", "cp860"}, {"861", "cp861"}, {"862", "cp862"},
    {"863", "cp863"}, {"864", "cp864"}, {"865", "cp865"}, {"866", "cp866"}, {"869", "cp869"},
    {"8859", "latin_1"}, {"932", "cp932"}, {"936", "gbk"}, {"949", "cp949"}, {"950", "cp950"},
    {"ansi_x3.4_1968", "ascii"}, {"ansi_x3.4_1986", "ascii"}, {"ansi_x3_4_1968", "ascii"},
    {"arabic", "iso8859_6"}, {"asmo_708", "iso8859_6"}, {"base64", "base64_codec"},
    {"base_64", "base64_codec"}, {"big5_hkscs", "big5hkscs"}, {"big5_tw", "big5"},
    {"bz2", "bz2_codec"}, {"chinese", "gb2312"}, {"cp1051", "hp_roman8"}, {"cp1361", "johab"},
    {"cp154", "ptcp154"}, {"cp367", "ascii"}, {"cp65001", "utf_8"}, {"cp819", "latin_1"},
    {"cp866u", "cp1125"}, {"cp936", "gbk"}, {"cp_gr", "cp869"}, {"cp_is", "cp861"},
    {"csHPRoman8", "hp_roman8"}, {"csascii", "ascii"}, {"csbig5", "big5"}, {"csibm037", "cp037"},
    {"csibm1026", "cp1026"}, {"csibm273", "cp273"}, {"csibm424", "cp424"}, {"csibm500", "cp500"},
    {"csibm855", "cp855"}, {"csibm857", "cp857"}, {"csibm858", "cp858"}, {"csibm860", "cp860"},
    {"csibm861", "cp861"}, {"csibm863", "cp863"}, {"csibm864", "cp864"}, {"csibm865", "cp865"},
    {"csibm866", "cp866"}, {"csibm869", "cp869"}, {"csiso2022jp", "iso2022_jp"},
    {"csiso2022kr", "iso2022_kr"}, {"csiso58gb231280", "gb2312"}, {"csisolatin1", "latin_1"},
    {"csisolatin2", "iso8859_2"}, {"csisolatin3", "iso8859_3"}, {"csisolatin4", "iso8859_4"},
    {"csisolatin5", "iso8859_9"}, {"csisolatin6", "iso8859_10"}, {"csisolatinarabic", "iso8859_6"},
    {"csisolatincyrillic", "iso8859_5"}, {"csisolatingreek", "iso8859_7"},
    {"csisolatinhebrew", "iso8859_8"}, {"cskoi8r", "koi8_r"}, {"cspc775baltic", "cp775"},
    {"cspc850multilingual", "cp850"}, {"cspc862latinhebrew", "cp862"},
    {"cspc8codepage437", "cp437"}, {"cspcp852", "cp852"}, {"csptcp154", "ptcp154"},
    {"csshiftjis", "shift_jis"}, {"cyrillic", "iso8859_5"}, {"cyrillic_asian", "ptcp154"},
    {"ebcdic_cp_be", "cp500"}, {"ebcdic_cp_ca", "cp037"}, {"ebcdic_cp_ch", "cp500"},
    {"ebcdic_cp_he", "cp424"}, {"ebcdic_cp_nl", "cp037"}, {"ebcdic_cp_us", "cp037"},
    {"ebcdic_cp_wt", "cp037"}, {"ecma_114", "iso8859_6"}, {"ecma_118", "iso8859_7"},
    {"elot_928", "iso8859_7"}, {"euc_cn", "gb2312"}, {"euc_jis2004", "euc_jis_2004"},
    {"euccn", "gb2312"}, {"eucgb2312_cn", "gb2312"}, {"eucjis2004", "euc_jis_2004"},
    {"eucjisx0213", "euc_jisx0213"}, {"eucjp", "euc_jp"}, {"euckr", "euc_kr"},
    {"gb18030_2000", "gb18030"}, {"gb2312_1980", "gb2312"}, {"gb2312_80", "gb2312"},
    {"greek", "iso8859_7"}, {"greek8", "iso8859_7"}, {"hebrew", "iso8859_8"}, {"hex", "hex_codec"},
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
    {"pt154", "ptcp154"}, {"quopri", "quopri_codec"}, {"quoted_printable", "quopri_codec"},
    {"quotedprintable", "quopri_codec"}, {"r8", "hp_roman8"}, {"rk1048", "kz1048"},
    {"roman8", "hp_roman8"}, {"rot13", "rot_13"}, {"ruscii", "cp1125"}, {"s_jis", "shift_jis"},
    {"s_jis_2004", "shift_jis_2004"}, {"s_jisx0213", "shift_jisx0213"}, {"shiftjis", "shift_jis"},
    {"shiftjis2004", "shift_jis_2004"}, {"shiftjisx0213", "shift_jisx0213"}, {"sjis", "shift_jis"},
    {"sjis_2004", "shift_jis_2004"}, {"sjisx0213", "shift_jisx0213"}, {"strk1048_2002", "kz1048"},
    {"thai", "iso8859_11"}, {"tis620", "tis_620"}, {"tis_620_0", "tis_620"},
    {"tis_620_2529_0", "tis_620"}, {"tis_620_2529_1", "tis_620"}, {"u16", "utf_16"},
    {"u32", "utf_32"}, {"u7", "utf_7"}, {"u8", "utf_8"}, {"u_jis", "euc_jp"}, {"uhc", "cp949"},
    {"ujis", "euc_jp"}, {"unicode_1_1_utf_7", "utf_7"}, {"unicodebigunmarked", "utf_16_be"},
    {"unicodelittleunmarked", "utf_16_le"}, {"us", "ascii"}, {"us_ascii", "ascii"},
    {"utf", "utf_8"}, {"utf16", "utf_16"}, {"utf32", "utf_32"}, {"utf7", "utf_7"},
    {"utf8", "utf_8"}, {"utf8_ucs2", "utf_8"}, {"utf8_ucs4", "utf_8"}, {"utf_16be", "utf_16_be"},
    {"utf_16le", "utf_16_le"}, {"utf_32be", "utf_32_be"}, {"utf_32le", "utf_32_le"},
    {"uu", "uu_codec"}, {"windows_1250", "cp1250"}, {"windows_1251", "cp1251"},
    {"windows_1252", "cp1252"}, {"windows_1253", "cp1253"}, {"windows_1254", "cp1254"},
    {"windows_1255", "cp1255"}, {"windows_1256", "cp1256"}, {"windows_1257", "cp1257"},
    {"windows_1258", "cp1258"}, {"x_mac_japanese", "shift_jis"}, {"x_mac_korean", "euc_kr"},
    {"x_mac_simp_chinese", "gb2312"}, {"x_mac_trad_chinese", "big5"}, {"zip", "zlib_codec"},
    {"zlib", "zlib_codec"},
};
// clang-format on

constexpr const char kReplacementChar[] = "\xEF\xBF\xBD";

inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline bool is_continuation(unsigned char c) { return c >= 0x80 && c < 0xC0; }

const char* find_alias(std::string_view name) {
  for (const Alias& a : kAliases)
    if (name == a.name) return a.module;
  return nullptr;
}

}  // namespace

// ---- the registry ---------------------------------------------------------------

const Codec* find_module(std::string_view module) {
  for (const Codec& c : kCodecs)
    if (module == c.module) return &c;
  return nullptr;
}

std::string normalize_encoding(std::string_view name) {
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
  return norm;
}

const Codec* lookup_normalized(std::string_view normalized) {
  const char* aliased = find_alias(normalized);
  if (!aliased && normalized.find('.') != std::string_view::npos) {
    std::string dotless(normalized);
    std::replace(dotless.begin(), dotless.end(), '.', '_');
    aliased = find_alias(dotless);
  }
  // Every alias names a module of the table.
  if (aliased) return find_module(aliased);
  if (normalized.find('.') != std::string_view::npos) return nullptr;
  return find_module(normalized);
}

const Codec* lookup(std::string_view name) { return lookup_normalized(normalize_encoding(name)); }

std::string tokenizer_normal_name(std::string_view name) {
  std::string buf;
  for (size_t i = 0; i < name.size() && i < 12; ++i)
    buf += name[i] == '_' ? '-' : ascii_lower(name[i]);
  auto starts = [&](std::string_view p) { return buf.compare(0, p.size(), p) == 0; };
  if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return std::string(name);
}

// ---- errors -------------------------------------------------------------------------

std::string DecodeError::message(size_t shift) const {
  char buf[256];
  if (end - start <= 1) {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                  codec.c_str(), byte, start - shift, reason);
  } else {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                  codec.c_str(), start - shift, end - 1 - shift, reason);
  }
  return buf;
}

namespace {

unsigned char byte_at(std::string_view in, size_t pos) {
  return pos < in.size() ? static_cast<unsigned char>(in[pos]) : 0;
}

}  // namespace

DecodeError charmap_error(std::string_view in, size_t pos) {
  return DecodeError{"charmap", pos, pos + 1, "character maps to <undefined>", byte_at(in, pos)};
}

DecodeError multibyte_error(std::string codec, std::string_view in, size_t pos, bool incomplete) {
  return DecodeError{std::move(codec), pos, pos + 1,
                     incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence",
                     byte_at(in, pos)};
}

// ---- Python's UTF-8 codec -------------------------------------------------------------

bool find_utf8_error(std::string_view s, size_t pos, DecodeError& e) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  auto fail = [&](size_t len, const char* reason) {
    e = DecodeError{"utf-8", pos, pos + len, reason, p[pos]};
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

bool utf8_decode_error(std::string_view bytes, std::string& message) {
  DecodeError e;
  if (!find_utf8_error(bytes, 0, e)) return false;
  message = e.message();
  return true;
}

namespace {

// `bytes` decoded as UTF-8, with `on_error(out, error)` appending what stands
// for each error.
template <class OnError>
std::string utf8_decode_with(std::string_view bytes, OnError on_error) {
  DecodeError e;
  if (!find_utf8_error(bytes, 0, e)) return std::string(bytes);
  std::string out;
  size_t pos = 0;
  do {
    out.append(bytes.substr(pos, e.start - pos));
    on_error(out, e);
    pos = e.end;
  } while (find_utf8_error(bytes, pos, e));
  out.append(bytes.substr(pos));
  return out;
}

}  // namespace

std::string utf8_decode_replace(std::string_view bytes) {
  return utf8_decode_with(bytes,
                          [](std::string& out, const DecodeError&) { out += kReplacementChar; });
}

std::string utf8_decode_surrogateescape(std::string_view bytes) {
  return utf8_decode_with(bytes, [&](std::string& out, const DecodeError& e) {
    for (size_t k = e.start; k < e.end; ++k)
      unicode::append_utf8(out, 0xDC00 + static_cast<unsigned char>(bytes[k]));
  });
}

// ---- iconv --------------------------------------------------------------------------

IconvDecoder::~IconvDecoder() {
  if (cd_) iconv_close(static_cast<iconv_t>(cd_));
}

bool IconvDecoder::open(const char* from) {
  if (cd_) iconv_close(static_cast<iconv_t>(cd_));
  iconv_t cd = iconv_open("UTF-8", from);
  cd_ = cd == reinterpret_cast<iconv_t>(-1) ? nullptr : cd;
  return cd_ != nullptr;
}

bool IconvDecoder::decode(std::string_view in, std::string& out, size_t& stop, bool& incomplete,
                          bool flush) {
  iconv_t cd = static_cast<iconv_t>(cd_);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial shift state
  const size_t base = out.size();
  out.resize(base + in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t produced = 0;
  bool ok = true;
  for (;;) {
    char* dst = out.data() + base + produced;
    size_t dst_left = out.size() - base - produced;
    // With the input consumed, a last call flushes what the converter holds.
    bool flushing = src_left == 0;
    size_t r = flushing ? iconv(cd, nullptr, nullptr, &dst, &dst_left)
                        : iconv(cd, &src, &src_left, &dst, &dst_left);
    produced = static_cast<size_t>(dst - (out.data() + base));
    if (r != static_cast<size_t>(-1)) {
      if (flushing || (!flush && src_left == 0)) break;
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    stop = static_cast<size_t>(src - in.data());
    incomplete = errno == EINVAL;
    ok = false;
    break;
  }
  out.resize(base + produced);
  return ok;
}

// ---- decoding -------------------------------------------------------------------------

DecodeResult Decoder::decode(std::string_view in, std::string& out, DecodeError& err) {
  switch (codec_->family) {
    case Family::kUtf8Sig:
      if (in.substr(0, 3) == "\xEF\xBB\xBF") in.remove_prefix(3);
      [[fallthrough]];
    case Family::kUtf8:
      if (find_utf8_error(in, 0, err)) {
        out.append(in.substr(0, err.start));
        return DecodeResult::kError;
      }
      out.append(in);
      return DecodeResult::kOk;
    case Family::kAscii:
      for (size_t i = 0; i < in.size(); ++i) {
        if (static_cast<unsigned char>(in[i]) >= 0x80) {
          err = DecodeError{"ascii", i, i + 1, "ordinal not in range(128)",
                            static_cast<unsigned char>(in[i])};
          out.append(in.substr(0, i));
          return DecodeResult::kError;
        }
      }
      out.append(in);
      return DecodeResult::kOk;
    case Family::kLatin1:
      for (unsigned char c : in) unicode::append_utf8(out, c);
      return DecodeResult::kOk;
    case Family::kCharmap:
    case Family::kMultibyte: {
      if (!codec_->iconv) return DecodeResult::kUnsupported;
      if (!iconv_.is_open() && !iconv_.open(codec_->iconv)) return DecodeResult::kUnsupported;
      size_t stop = 0;
      bool incomplete = false;
      if (iconv_.decode(in, out, stop, incomplete)) return DecodeResult::kOk;
      err = codec_->family == Family::kCharmap
                ? charmap_error(in, stop)
                : multibyte_error(codec_->error_name, in, stop, incomplete);
      return DecodeResult::kError;
    }
    default:
      return DecodeResult::kUnsupported;
  }
}

}  // namespace glasspy::codecs
