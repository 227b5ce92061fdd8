#include "result_lookup.h"

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

const char* kind_label(Kind kind) {
    switch (kind) {
        case Kind::Gift: return tr(S::KindGift);
        case Kind::Loan: return tr(S::KindLoan);
        case Kind::Deduction: return tr(S::KindDeduction);
        case Kind::Service: return tr(S::KindService);
        case Kind::Obligation: return tr(S::KindObligation);
    }
    return "";
}

}  // namespace sw::app
