// stapelwijzer/trace.h: every condition of one scheme with its outcome for a case, for advisers
// who want to see the whole rule, not only the conditions that decided it (result.h's reasons).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/types.h"

namespace sw {

enum class ConditionKind : std::uint8_t { All, Any, Not, Leaf };
enum class ConditionOutcome : std::uint8_t { False, Unknown, True };  // Kleene, as the engine evaluates

struct ConditionLine {
    int depth = 0;  // 0: the scheme's root condition; children are one deeper
    ConditionKind kind = ConditionKind::Leaf;
    ConditionOutcome outcome = ConditionOutcome::Unknown;
    // Leaf: its explanation template filled for this case (the same text a reason would show).
    // Group: what it asks of the lines below it, e.g. "Alle voorwaarden hieronder".
    Text text;
    std::string fact;  // leaf: the fact's JSON path ("person.age"); empty for groups
};

// The condition tree of `scheme_id` in pre-order (a group, then its children), evaluated for `c`
// at its reference date. Empty when the catalogue has no such scheme or it is not valid then.
// Precondition, as for evaluate(): check_case() found nothing; otherwise the result is empty.
std::vector<ConditionLine> condition_trace(const Catalogue& catalogue, const Case& c,
                                           std::string_view scheme_id);

const char* condition_outcome_name(ConditionOutcome o);  // "true", "false", "unknown"
const char* condition_kind_name(ConditionKind kind);     // "all", "any", "not", "leaf"

}  // namespace sw
