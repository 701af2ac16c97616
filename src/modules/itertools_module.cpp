// The `itertools` module: gathers the iterator types of itertools_*.cpp.
#include "modules/itertools_module.h"

#include "objects/errors.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

struct ExportedType {
  const char* name;  // as the module exposes it
  Type* type;
};

const ExportedType exported_types[] = {
    {"accumulate", &ItertoolsAccumulateType},
    {"chain", &ItertoolsChainType},
    {"combinations", &ItertoolsCombinationsType},
    {"combinations_with_replacement", &ItertoolsCombinationsWithReplacementType},
    {"compress", &ItertoolsCompressType},
    {"count", &ItertoolsCountType},
    {"cycle", &ItertoolsCycleType},
    {"dropwhile", &ItertoolsDropwhileType},
    {"filterfalse", &ItertoolsFilterfalseType},
    {"groupby", &ItertoolsGroupbyType},
    {"_grouper", &ItertoolsGrouperType},
    {"islice", &ItertoolsIsliceType},
    {"pairwise", &ItertoolsPairwiseType},
    {"permutations", &ItertoolsPermutationsType},
    {"product", &ItertoolsProductType},
    {"repeat", &ItertoolsRepeatType},
    {"starmap", &ItertoolsStarmapType},
    {"takewhile", &ItertoolsTakewhileType},
    {"_tee", &ItertoolsTeeType},
    {"_tee_dataobject", &ItertoolsTeeDataType},
    {"zip_longest", &ItertoolsZipLongestType},
};

constexpr const char* kItertoolsDoc =
    "Iterator building blocks: infinite iterators (count, cycle, repeat), iterators that end with the\n"
    "shortest input (accumulate, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise,\n"
    "starmap, takewhile, tee, zip_longest) and combinatoric ones (product, permutations, combinations,\n"
    "combinations_with_replacement).";

}  // namespace

Object* itertools_module_create() {
  for (const ExportedType& e : exported_types) {
    if (type_ready(e.type) < 0) return nullptr;
  }
  Object* m = module_new_cstr("itertools");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr(kItertoolsDoc);
  int added = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (added < 0 || module_add_functions(m, itertools_tee_function) < 0) {
    decref(m);
    return nullptr;
  }
  for (const ExportedType& e : exported_types) {
    if (module_add_object(m, e.name, static_cast<Object*>(e.type)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace glasspy
