// kleene.h: three-valued evaluation of compiled conditions (engine-internal). A leaf on an unknown
// fact is Unknown; all/any/not follow Kleene's logic (docs/semantics.md "Eligibility semantics").
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "catalogue_impl.h"

namespace sw::engine {

enum class Tri : std::uint8_t { False, Unknown, True };

// The case's facts in compiled form: numbers in `num`; symbol ids, dates (days), booleans in `sym`;
// course.quality as symbol ids. A string no rule mentions gets symbol -1 (equal to no literal).
// Keyed facts (facts.h is_keyed): the answers the case gives, per key (a scheme index for
// person.uses / person.budget_left, a list code's symbol for course.on_course_list). A key without
// an answer is unknown, unless known[fact] is set (the best-case search): then sym[fact] answers it.
struct KeyedAnswer {
    Fact fact;
    std::int32_t key;
    bool yes;
};

struct FactValues {
    std::array<bool, kFactCount> known{};
    std::array<double, kFactCount> num{};
    std::array<std::int32_t, kFactCount> sym{};
    std::vector<std::int32_t> quality;
    std::vector<std::int32_t> benefits;  // person.benefits, the other set fact
    std::vector<KeyedAnswer> keyed;

    const std::vector<std::int32_t>& set_of(Fact f) const {
        return f == Fact::PersonBenefits ? benefits : quality;
    }
    std::vector<std::int32_t>& set_of(Fact f) { return f == Fact::PersonBenefits ? benefits : quality; }
};

// A keyed fact's answer for one key: True, False or Unknown.
Tri keyed_answer(const FactValues& facts, Fact fact, std::int32_t key);

struct EvalContext {
    const Catalogue::Impl* impl = nullptr;
    Date reference;
    std::vector<std::int32_t> period;  // per parameter: index of the period valid at `reference`, -1 none
    const FactValues* facts = nullptr;
    // Only for note conditions: per compiled scheme its status (-1: not valid at the reference
    // date), and whether the plan has an employer or obligation contribution.
    const std::vector<std::int8_t>* statuses = nullptr;
    bool employer_contribution = false;
};

// Resolves every parameter at the reference date.
std::vector<std::int32_t> periods_at(const Catalogue::Impl& impl, Date reference);

// The values a leaf or amount compares with; `found` is false when a parameter has no period
// for the reference date.
Span operand_values(const EvalContext& ctx, const COperand& operand, bool& found);

// A leaf against a known value (no unknown handling): the comparison itself.
bool compare_leaf(const EvalContext& ctx, const CNode& node, const FactValues& facts);

Tri eval_node(const EvalContext& ctx, std::uint32_t node);

// The leaves that decided `node`'s value (see docs/engine.md "Reasons"), in tree order.
void deciding_leaves(const EvalContext& ctx, std::uint32_t node, std::vector<std::uint32_t>& leaves);

// Leaves on unknown facts whose value could still change the result: no ancestor `any` already
// true, no ancestor `all` already false. Only meaningful when `node` is Unknown.
void relevant_unknown_leaves(const EvalContext& ctx, std::uint32_t node, std::vector<std::uint32_t>& leaves);

}  // namespace sw::engine
