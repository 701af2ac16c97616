// One-character case mappings (see unicode.h): a sorted table of the cased
// characters with their lower and upper forms, searched by bisection after
// an ASCII fast path.
#include <algorithm>

#include "util/unicode.h"

namespace glasspy::unicode {

namespace {

struct SimpleCase {
  uint32_t cp, lower, upper;
};

#include "util/unicode_simple_case.inc"

const SimpleCase* find_case(uint32_t cp) {
  const SimpleCase* end = kSimpleCases + std::size(kSimpleCases);
  const SimpleCase* it =
      std::lower_bound(kSimpleCases, end, cp, [](const SimpleCase& c, uint32_t v) { return c.cp < v; });
  return it != end && it->cp == cp ? it : nullptr;
}

}  // namespace

uint32_t simple_lower(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  const SimpleCase* c = find_case(cp);
  return c ? c->lower : cp;
}

uint32_t simple_upper(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
  const SimpleCase* c = find_case(cp);
  return c ? c->upper : cp;
}

}  // namespace glasspy::unicode
