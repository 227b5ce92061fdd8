// best_case_domains.h: the values worth trying for one unknown fact in the best-case search
// (engine-internal). Numbers and dates only matter through the thresholds the rules use, so one
// representative per interval suffices; sectors and municipalities: the values the rules name
// plus one other. Candidates that give every given leaf the same outcome are merged.
#pragma once

#include <vector>

#include "kleene.h"

namespace sw::engine {

// One candidate value: `num` for numbers, `sym` for symbols/dates/booleans, `set` for quality.
struct Candidate {
    double num = 0;
    std::int32_t sym = 0;
    std::vector<std::int32_t> set;
};

void assign(FactValues& facts, Fact fact, const Candidate& value);
void unassign(FactValues& facts, Fact fact);

// Distinct-outcome candidates for `fact`, judged by the leaf nodes `leaves` (all on `fact`).
std::vector<Candidate> candidate_values(const EvalContext& ctx, Fact fact, const std::vector<std::uint32_t>& leaves);

}  // namespace sw::engine
