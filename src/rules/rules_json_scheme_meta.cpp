// rules_json_scheme_meta.cpp: a scheme's provenance and terms (docs/rules-format.md "Provenance"
// and "Terms"): `confidence` is required (no default), every scheme names at least one source,
// and `terms` holds its deadlines and payment conditions.
#include <algorithm>

#include "json_rules_context.h"

namespace sw::rules {

using json::Value;

namespace {

// Weeks or months in a term: a whole number from 0 (1 for months) to a bound no real rule needs.
std::optional<int> read_count(const Value& t, const json::Path& path, const char* key, std::int64_t min,
                              std::int64_t max, json::Errors& errors) {
    const Value* x = t.find(key);
    if (!x) return std::nullopt;
    auto n = json::read_whole(*x, json::member(path, key), errors, min, max);
    if (!n) return std::nullopt;
    return static_cast<int>(*n);
}

SchemeDeadlines read_terms(const Value& t, const json::Path& path, json::Errors& errors) {
    SchemeDeadlines d;
    const std::size_t errors_before = errors.count();
    if (!json::check_object(t, path,
                            {"apply_weeks_before_start", "claim_by", "claim_months_after_end", "paid_after",
                             "repay_if_leaving_within_months"},
                            errors))
        return d;
    d.apply_weeks_before_start = read_count(t, path, "apply_weeks_before_start", 0, 520, errors);
    if (const Value* x = t.find("claim_by"))
        d.claim_by = json::read_date(*x, json::member(path, "claim_by"), errors);
    d.claim_months_after_end = read_count(t, path, "claim_months_after_end", 1, 120, errors);
    d.repay_if_leaving_within_months = read_count(t, path, "repay_if_leaving_within_months", 1, 120, errors);
    if (const Value* x = t.find("paid_after")) {
        const json::Path p = json::member(path, "paid_after");
        if (!x->is_array() || x->items().empty()) {
            errors.add(p, json::wrong_type("a non-empty list of 'passing', 'invoice_paid'", *x));
        } else {
            for (std::size_t i = 0; i < x->items().size(); ++i) {
                const json::Path ip = json::item(p, i);
                auto name = json::read_enum(x->items()[i], ip, {"passing", "invoice_paid"}, errors);
                if (!name) continue;
                const PaidAfter pa = *paid_after_from_name(*name);
                if (std::find(d.paid_after.begin(), d.paid_after.end(), pa) != d.paid_after.end())
                    errors.add(ip, "'" + *name + "' is listed twice");
                else
                    d.paid_after.push_back(pa);
            }
        }
    }
    if (d.empty() && errors.count() == errors_before)
        errors.add(path, "is empty: leave 'terms' out, or give at least one term");
    return d;
}

}  // namespace

void read_scheme_meta(const Value& v, const json::Path& path, SchemeSpec& s, json::Errors& errors) {
    auto field = [&](const char* key) { return json::member(path, key); };
    if (auto x = json::required(v, path, "confidence", errors))
        if (auto c = json::read_enum(*x, field("confidence"), {"confirmed", "indicative", "unconfirmed"},
                                     errors)) {
            s.confidence = *confidence_from_name(*c);
            s.indicative = s.confidence != Confidence::Confirmed;
        }
    const Value* sources = v.find("sources");
    if (!sources)
        errors.add(field("sources"), "required field is missing (every scheme names at least one source)");
    else if (sources->is_array() && sources->items().empty())
        errors.add(field("sources"), "must name at least one source (the scheme's own page or legal text)");
    if (const Value* t = v.find("terms")) s.deadlines = read_terms(*t, field("terms"), errors);
}

}  // namespace sw::rules
