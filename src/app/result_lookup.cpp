#include "result_lookup.h"

#include "format.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {

const char* text_in_language(const Text& t) {
    const std::string& s = language() == Lang::Nl ? t.nl : t.en;
    return s.empty() ? t.nl.c_str() : s.c_str();
}

const SchemeSpec* scheme_spec(const std::string& id) {
    const Catalogue* c = vm().planner ? vm().planner->catalogue() : nullptr;
    return c ? c->find_scheme(id) : nullptr;
}

std::string scheme_name(const std::string& id) {
    const SchemeSpec* s = scheme_spec(id);
    return s ? text_in_language(s->name) : id;
}

const SchemeResult* scheme_result(const std::string& id) {
    for (const auto& s : vm().outcome.result.schemes)
        if (s.id == id) return &s;
    return nullptr;
}

Cents plan_amount(const std::string& id) {
    const Plan& p = vm().outcome.result.plan;
    for (const auto* list : {&p.contributions, &p.loans, &p.deductions})
        for (const auto& c : *list)
            if (c.scheme == id) return c.amount;
    return 0;
}

namespace {
// Who the person is decides which funds can pay at all: before employment and sector are known
// (or no longer matter) the best case is every scheme of every sector at once ("€ 0,00" for
// anybody), which says nothing. It is shown from then on (docs/web-app.md).
bool best_case_says_something() {
    for (const auto& q : vm().outcome.result.questions)
        if (q.fact == "person.employment" || q.fact == "person.sector") return false;
    return true;
}

bool best_case_better() {
    const Result& r = vm().outcome.result;
    return vm().outcome.ok && vm().input_problem.empty() &&
           r.best_case_plan.own_payment < r.plan.own_payment && best_case_says_something();
}
}  // namespace

std::string best_case_line() {
    if (!best_case_better()) return {};
    const Result& r = vm().outcome.result;
    bool provider = false;  // a scheme that is granted case by case is in it
    for (const auto& c : r.best_case_plan.contributions) {
        const SchemeSpec* spec = scheme_spec(c.scheme);
        provider = provider || (spec && spec->discretionary);
    }
    const S text = !provider             ? S::BestCaseLine
                   : r.questions.empty() ? S::BestCaseProviderOnly
                                         : S::BestCaseProvider;
    return fmt(text, euro(r.best_case_plan.own_payment));
}

std::string best_case_with() {
    if (!best_case_better()) return {};
    std::string with;
    for (const auto& c : vm().outcome.result.best_case_plan.contributions)
        with += (with.empty() ? "" : ", ") + scheme_name(c.scheme) + " (" + euro(c.amount) + ")";
    return with.empty() ? with : fmt(S::BestCaseWith, with);
}

const char* kind_label(Kind kind) {
    // clang-format off
    switch (kind) {
        case Kind::Gift: return tr(S::KindGift);
        case Kind::Loan: return tr(S::KindLoan);
        case Kind::Deduction: return tr(S::KindDeduction);
        case Kind::Service: return tr(S::KindService);
        case Kind::Obligation: return tr(S::KindObligation);
    }
    // clang-format on
    return "";
}

}  // namespace sw::app
