// Name suggestions (see suggestions.h).
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/code_object.h"
#include "vm/frame_object.h"
#include "vm/traceback.h"

namespace glasspy {

namespace {

constexpr ssize kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein_distance(const char* a, size_t a_size, const char* b, size_t b_size, size_t max_cost) {
  size_t buffer[kMaxStringSize];
  if (a == b) return 0;
  while (a_size && b_size && a[0] == b[0]) {
    ++a;
    --a_size;
    ++b;
    --b_size;
  }
  while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
    --a_size;
    --b_size;
  }
  if (a_size == 0 || b_size == 0) return (a_size + b_size) * kMoveCost;
  if (a_size > kMaxStringSize || b_size > kMaxStringSize) return max_cost + 1;
  if (b_size < a_size) {
    std::swap(a, b);
    std::swap(a_size, b_size);
  }
  if ((b_size - a_size) * kMoveCost > max_cost) return max_cost + 1;
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a_size; ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t b_index = 0; b_index < b_size; ++b_index) {
    char code = b[b_index];
    size_t distance = result = b_index * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t index = 0; index < a_size; ++index) {
      size_t substitute = distance + substitution_cost(code, a[index]);
      distance = buffer[index];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// `dir` is a list of candidate names.
Object* calculate_suggestions(Object* dir, Object* name) {
  ssize dir_size = list_size(dir);
  if (dir_size >= kMaxCandidateItems) return nullptr;
  ssize name_size;
  const char* name_str = str_as_utf8(name, &name_size);
  if (!name_str) return nullptr;
  ssize suggestion_distance = PTRDIFF_MAX;
  Object* suggestion = nullptr;
  for (ssize i = 0; i < dir_size; ++i) {
    Object* item = list_item(dir, i);
    if (!is_str(item)) continue;
    ssize item_size;
    const char* item_str = str_as_utf8(item, &item_size);
    if (!item_str) return nullptr;
    if (str_equal(name, item)) continue;
    ssize max_distance = (name_size + item_size + 3) * static_cast<ssize>(kMoveCost) / 6;
    max_distance = std::min(max_distance, suggestion_distance - 1);
    if (max_distance < 0) continue;
    ssize current = static_cast<ssize>(levenshtein_distance(name_str, static_cast<size_t>(name_size), item_str,
                                                            static_cast<size_t>(item_size),
                                                            static_cast<size_t>(max_distance)));
    if (current > max_distance) continue;
    if (!suggestion || current < suggestion_distance) {
      suggestion = item;
      suggestion_distance = current;
    }
  }
  return xnewref(suggestion);
}

Object* suggest_from(Object* names_source, Object* name) {
  Object* dir = sequence_list(names_source);
  if (!dir) return nullptr;
  Object* s = calculate_suggestions(dir, name);
  decref(dir);
  return s;
}

Object* for_attribute_error(Object* exc) {
  AttributeErrorObject* e = static_cast<AttributeErrorObject*>(exc);
  if (!e->name || !e->obj || !is_str_exact(e->name)) return nullptr;
  Object* dir = object_dir(e->obj);
  if (!dir) return nullptr;
  Object* list = is_list(dir) ? newref(dir) : sequence_list(dir);
  decref(dir);
  if (!list) return nullptr;
  Object* s = calculate_suggestions(list, e->name);
  decref(list);
  return s;
}

Object* for_name_error(Object* exc) {
  NameErrorObject* e = static_cast<NameErrorObject*>(exc);
  Object* tb = e->traceback;
  if (!e->name || !is_str_exact(e->name) || !tb || !is_traceback(tb)) return nullptr;
  TracebackObject* t = as_traceback(tb);
  while (t->tb_next) t = t->tb_next;
  Frame* frame = t->tb_frame->f_frame;
  CodeObject* code = frame->code;
  // co_varnames (the plain locals).
  Object* varnames = tuple_new(code->co_nlocals);
  if (!varnames) return nullptr;
  const uint8_t* kinds = reinterpret_cast<const uint8_t*>(bytes_data(code->co_localspluskinds));
  ssize j = 0;
  for (ssize i = 0; i < tuple_size(code->co_localsplusnames) && j < code->co_nlocals; ++i) {
    if (kinds[i] & CO_FAST_LOCAL) tuple_set_item(varnames, j++, newref(tuple_item(code->co_localsplusnames, i)));
  }
  Object* s = suggest_from(varnames, e->name);
  decref(varnames);
  if (s || error_occurred()) return s;
  s = suggest_from(frame->globals, e->name);
  if (s || error_occurred()) return s;
  return suggest_from(frame->builtins, e->name);
}

}  // namespace

Object* offer_suggestions(Object* exc) {
  if (exc->type == &exc::AttributeError) return for_attribute_error(exc);
  if (exc->type == &exc::NameError) return for_name_error(exc);
  return nullptr;
}

}  // namespace glasspy
