// `itertools`, written natively (itertools_*.cpp hold its types; this
// header lets the module file gather them).
#pragma once

#include "objects/object.h"

namespace glasspy {

// itertools_counting.cpp
extern Type ItertoolsCountType, ItertoolsCycleType, ItertoolsRepeatType;
// itertools_filters.cpp
extern Type ItertoolsAccumulateType, ItertoolsChainType, ItertoolsCompressType, ItertoolsDropwhileType,
    ItertoolsTakewhileType, ItertoolsFilterfalseType, ItertoolsStarmapType, ItertoolsIsliceType,
    ItertoolsPairwiseType, ItertoolsZipLongestType;
// itertools_combinatoric.cpp
extern Type ItertoolsProductType, ItertoolsCombinationsType, ItertoolsCombinationsWithReplacementType,
    ItertoolsPermutationsType;
// itertools_groupby_tee.cpp
extern Type ItertoolsGroupbyType, ItertoolsGrouperType, ItertoolsTeeType, ItertoolsTeeDataType;
extern MethodDef itertools_tee_function[];

// New reference.
Object* itertools_module_create();

}  // namespace glasspy
