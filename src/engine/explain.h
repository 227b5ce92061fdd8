// explain.h: reason texts for leaves and statuses (engine-internal). A leaf's `explain` template
// is filled with {value} (the case's value), {limit} (the rule's value at the reference date)
// and {fact} (the fact's label), in Dutch and English.
#pragma once

#include <string>
#include <vector>

#include "kleene.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/result.h"

namespace sw::engine {

Reason leaf_reason(const EvalContext& ctx, const Case& c, std::uint32_t leaf_node);

// "Dit hangt nog af van: uw sector, uw leeftijd." for a possible scheme.
Reason depends_on_reason(const std::vector<Fact>& facts);

// "De aanbieder beslist per aanvraag." for a discretionary scheme whose conditions hold.
Reason discretionary_reason();

// "Deze regeling geldt niet meer op de peildatum" style texts are not needed: such schemes are
// left out of results altogether (docs/contract.md).

}  // namespace sw::engine
