// fact_values.h: a Case's facts in the compiled form the evaluator reads (engine-internal).
#pragma once

#include "kleene.h"
#include "stapelwijzer/case.h"

namespace sw::engine {

// Age comes from birth_date at the reference date when the case gives that instead.
FactValues fact_values(const Catalogue::Impl& impl, const Case& c);

// Sets one fact to a number, symbol/date/boolean (for the best-case search).
inline void set_number(FactValues& f, Fact fact, double v) {
    f.known[static_cast<std::size_t>(fact)] = true;
    f.num[static_cast<std::size_t>(fact)] = v;
}
inline void set_symbol(FactValues& f, Fact fact, std::int32_t v) {
    f.known[static_cast<std::size_t>(fact)] = true;
    f.sym[static_cast<std::size_t>(fact)] = v;
}

}  // namespace sw::engine
