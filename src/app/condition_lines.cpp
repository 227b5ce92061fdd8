#include "condition_lines.h"

#include <map>

#include "stapelwijzer/trace.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

// The lines of the schemes drawn since the last recompute, traced on the case the view-model
// computed (no second reading of the case).
struct Cache {
    unsigned long revision = 0;
    std::map<std::string, std::vector<ConditionLine>, std::less<>> lines;
};

Cache& cache() {
    static Cache c;
    if (c.revision != vm().revision) {
        c.revision = vm().revision;
        c.lines.clear();
    }
    return c;
}

}  // namespace

const std::vector<ConditionLine>& condition_lines(const std::string& scheme_id) {
    static const std::vector<ConditionLine> none;
    const ViewModel& m = vm();
    if (!m.outcome.ok || !m.planner || !m.planner->catalogue()) return none;  // nothing computed
    Cache& c = cache();
    auto it = c.lines.find(scheme_id);
    if (it == c.lines.end())
        it = c.lines.emplace(scheme_id, condition_trace(*m.planner->catalogue(), m.computed_case, scheme_id)).first;
    return it->second;
}

const char* outcome_word(ConditionOutcome o) {
    switch (o) {
        case ConditionOutcome::True:
            return tr(S::OutcomeTrue);
        case ConditionOutcome::False:
            return tr(S::OutcomeFalse);
        default:
            return tr(S::OutcomeUnknown);
    }
}

const char* outcome_mark(ConditionOutcome o) {
    switch (o) {
        case ConditionOutcome::True:
            return "\u2713";
        case ConditionOutcome::False:
            return "\u2717";
        default:
            return "?";
    }
}

}  // namespace sw::app
