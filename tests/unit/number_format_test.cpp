// Unit tests for util/number_format: float and complex repr against CPython
// 3.11 (data/float_repr.txt, written by data/gen_float_repr.py), and the int
// formatting helpers (expected values from python3).
#include "util/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

namespace glasspy {
namespace {

double from_bits(const std::string& hex) {
  uint64_t b = std::stoull(hex, nullptr, 16);
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

TEST(NumberFormat, FloatReprBasics) {
  EXPECT_EQ(py_repr_float(0.0), "0.0");
  EXPECT_EQ(py_repr_float(-0.0), "-0.0");
  EXPECT_EQ(py_repr_float(1.0), "1.0");
  EXPECT_EQ(py_repr_float(0.1), "0.1");
  EXPECT_EQ(py_repr_float(1e16), "1e+16");
  EXPECT_EQ(py_repr_float(1e-5), "1e-05");
  EXPECT_EQ(py_repr_float(0.0001), "0.0001");
  EXPECT_EQ(py_repr_float(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(py_repr_float(12345678901234567.0), "1.2345678901234568e+16");
  EXPECT_EQ(py_repr_float(1.5e300), "1.5e+300");
  EXPECT_EQ(py_repr_float(5e-324), "5e-324");
  EXPECT_EQ(py_repr_float(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(py_repr_float(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(py_repr_float(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(py_repr_float(std::nan("")), "nan");
  EXPECT_EQ(py_repr_float(-std::nan("")), "nan");
}

TEST(NumberFormat, ComplexReprBasics) {
  double inf = std::numeric_limits<double>::infinity();
  double nan = std::nan("");
  EXPECT_EQ(py_repr_complex(0.0, 2.0), "2j");
  EXPECT_EQ(py_repr_complex(0.0, 1e300), "1e+300j");
  EXPECT_EQ(py_repr_complex(0.0, 1.5), "1.5j");
  EXPECT_EQ(py_repr_complex(0.0, -0.0), "-0j");
  EXPECT_EQ(py_repr_complex(-0.0, 0.0), "(-0+0j)");
  EXPECT_EQ(py_repr_complex(-0.0, -0.0), "(-0-0j)");
  EXPECT_EQ(py_repr_complex(1.0, 2.0), "(1+2j)");
  EXPECT_EQ(py_repr_complex(1e16, 1e-5), "(1e+16+1e-05j)");
  EXPECT_EQ(py_repr_complex(1.0, nan), "(1+nanj)");
  EXPECT_EQ(py_repr_complex(nan, 1.0), "(nan+1j)");
  EXPECT_EQ(py_repr_complex(-nan, -nan), "(nan+nanj)");
  EXPECT_EQ(py_repr_complex(inf, -inf), "(inf-infj)");
  EXPECT_EQ(py_repr_complex(0.0, inf), "infj");
}

TEST(NumberFormat, AgainstCPythonData) {
  std::filesystem::path path = std::filesystem::path(__FILE__).parent_path() / "data" / "float_repr.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  std::string line;
  int floats = 0, complexes = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, a, b, expected;
    fields >> kind >> a;
    if (kind == "F") {
      fields >> expected;
      EXPECT_EQ(py_repr_float(from_bits(a)), expected) << line;
      ++floats;
    } else {
      fields >> b >> expected;
      EXPECT_EQ(py_repr_complex(from_bits(a), from_bits(b)), expected) << line;
      ++complexes;
    }
  }
  EXPECT_EQ(floats, 3000);
  EXPECT_EQ(complexes, 500);
}

TEST(NumberFormat, ShortForm) {
  EXPECT_EQ(py_repr_float_short(2.0), "2");
  EXPECT_EQ(py_repr_float_short(-0.0), "-0");
  EXPECT_EQ(py_repr_float_short(2.0, true), "+2");
  EXPECT_EQ(py_repr_float_short(std::nan(""), true), "+nan");
  EXPECT_EQ(py_repr_float_short(1e16, true), "+1e+16");
}

TEST(NumberFormat, ShortestDigits) {
  std::string digits;
  int exponent = 0;
  shortest_digits(1234.5, digits, exponent);
  EXPECT_EQ(digits, "12345");
  EXPECT_EQ(exponent, 3);
  shortest_digits(-0.001, digits, exponent);
  EXPECT_EQ(digits, "1");
  EXPECT_EQ(exponent, -3);
}

TEST(NumberFormat, Ints) {
  EXPECT_EQ(int_to_decimal(0), "0");
  EXPECT_EQ(int_to_decimal(-42), "-42");
  EXPECT_EQ(int_to_decimal(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(int_to_decimal(INT64_MAX), "9223372036854775807");
  // bin(), oct(), hex()
  EXPECT_EQ(int_to_base(0, 2, true), "0b0");
  EXPECT_EQ(int_to_base(5, 2, true), "0b101");
  EXPECT_EQ(int_to_base(-31, 16, true), "-0x1f");
  EXPECT_EQ(int_to_base(8, 8, true), "0o10");
  EXPECT_EQ(int_to_base(255, 16, false), "ff");
  EXPECT_EQ(int_to_base(INT64_MIN, 16, true), "-0x8000000000000000");
  EXPECT_EQ(decimal_to_base("-340282366920938463463374607431768211456", 16, true),
            "-0x100000000000000000000000000000000");
  EXPECT_EQ(decimal_to_base("18446744073709551617", 2, true),
            "0b10000000000000000000000000000000000000000000000000000000000000001");
  EXPECT_EQ(decimal_to_base("18446744073709551617", 8, false), "2000000000000000000001");
  EXPECT_EQ(decimal_to_base("18446744073709551617", 10, true), "18446744073709551617");
  mpz_t v;
  mpz_init_set_si(v, -255);
  EXPECT_EQ(mpz_to_base(v, 16, true), "-0xff");
  mpz_clear(v);
}

TEST(NumberFormat, GroupDigits) {
  // format(n, ',') and format(n, '_x')
  EXPECT_EQ(group_digits("1234567", ',', 3), "1,234,567");
  EXPECT_EQ(group_digits("-1234567", ',', 3), "-1,234,567");
  EXPECT_EQ(group_digits("123", ',', 3), "123");
  EXPECT_EQ(group_digits("-123456", ',', 3), "-123,456");
  EXPECT_EQ(group_digits("ffffff", '_', 4), "ff_ffff");
  EXPECT_EQ(group_digits("0", ',', 3), "0");
}

}  // namespace
}  // namespace glasspy
