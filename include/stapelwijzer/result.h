// stapelwijzer/result.h: what the engine answers for one case, as plain data. Mirrors the
// "Output" of the JSON contract; src/rules/ writes it as JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

class Catalogue;

struct Reason {
    Text text;
    std::vector<std::string> facts;  // JSON paths of the facts this reason is about
};

struct SchemeResult {
    // The scheme's id: a view into the Catalogue the result was computed from, valid as long as
    // that Catalogue lives (copy it into a std::string to keep it longer). A view, not a string,
    // because ids are longer than the small-string buffer: 1,000 schemes made 1,000 allocations
    // per evaluate() (docs/engine.md "Speed").
    std::string_view id;
    Status status = Status::Ineligible;
    Kind kind = Kind::Gift;
    Applicant applicant = Applicant::Person;
    std::vector<Reason> reasons;
    std::vector<std::string> deciding_facts;  // possible: the unknown facts that would decide it
};

struct Contribution {
    std::string scheme;
    Cents amount = 0;
    ComponentCents components{};  // what it pays per component (zeros left out in JSON)
    Applicant applicant = Applicant::Person;
    std::string apply_url;
    Kind kind = Kind::Gift;  // gift or obligation (contributions), loan, deduction
};

struct Plan {
    Cents total_cost = 0;
    std::vector<Contribution> contributions;  // gift and obligation schemes, in the order they apply
    Cents own_payment = 0;
    std::vector<Contribution> loans;
    Cents loan = 0;
    std::vector<Contribution> deductions;
    Cents deduction = 0;
    // The chosen subset of gift schemes, sorted by id; a gift in it may pay 0 (docs/semantics.md step 5
    // counts it). The best-case ordering (step 6) compares plans by it.
    std::vector<std::string> gift_schemes;
    // Plain-language explanation: one line per step and per scheme left out, in order.
    std::vector<Text> explanation;
    // The optimiser's work budget (docs/stacking.md "The work budget"). tie_break_proven false:
    // the own payment is the proven lowest, but the search for the fewest gift schemes and the
    // first id list stopped, so gift_schemes is the best found. optimal false: the own payment's
    // own search stopped too; own_payment is the best found and the lowest possible is at least
    // own_payment_lower_bound (equal to own_payment when optimal).
    bool tie_break_proven = true;
    bool optimal = true;
    Cents own_payment_lower_bound = 0;
};

struct Question {
    std::string fact;  // JSON path; "person.age" even when the input gives birth_date
    Cents at_stake = 0;
    std::vector<std::string> schemes;  // the possible schemes it is relevant to, sorted by id
};

struct Note {
    std::string id;
    Text text;
};

// Refers to the Catalogue it was computed from (SchemeResult::id): keep that Catalogue alive while
// the result is used.
struct Result {
    Date reference_date;
    std::vector<SchemeResult> schemes;  // every scheme valid at the reference date, sorted by id
    Plan plan;
    Plan best_case_plan;
    std::vector<Question> questions;
    std::vector<Note> notes;
    // What the shells need for each scheme's provenance and terms (scheme_terms.h): the catalogue
    // it was computed from (nullptr in a default Result) and the case's course start.
    const Catalogue* catalogue = nullptr;
    std::optional<Date> course_start;
};

}  // namespace sw
