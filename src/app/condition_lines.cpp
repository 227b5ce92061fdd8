#include "condition_lines.h"

#include <map>
#include <optional>

#include "stapelwijzer/rules.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

struct Cache {
    unsigned long revision = 0;
    std::optional<Case> parsed;  // the case the planner computed, as the engine reads it
    std::map<std::string, std::vector<ConditionLine>, std::less<>> lines;
};

Cache& cache() {
    static Cache c;
    const ViewModel& m = vm();
    if (c.revision != m.revision) {
        c.revision = m.revision;
        c.lines.clear();
        c.parsed.reset();
        const Catalogue* catalogue = m.planner ? m.planner->catalogue() : nullptr;
        if (catalogue && m.outcome.ok) {
            Diagnostic error;
            c.parsed = parse_case_json(m.case_json, *catalogue, error);
        }
    }
    return c;
}

}  // namespace

const std::vector<ConditionLine>& condition_lines(const std::string& scheme_id) {
    static const std::vector<ConditionLine> none;
    Cache& c = cache();
    if (!c.parsed) return none;
    auto it = c.lines.find(scheme_id);
    if (it == c.lines.end())
        it = c.lines.emplace(scheme_id, condition_trace(*vm().planner->catalogue(), *c.parsed, scheme_id))
                 .first;
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
