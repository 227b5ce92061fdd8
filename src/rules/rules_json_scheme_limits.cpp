// rules_json_scheme_limits.cpp: a scheme's `pro_rata`, `use_limit` and `budget` (issue 15;
// docs/rules-format.md "Pro rata, use limits, company budgets"). Kept apart from
// rules_json_scheme.cpp so each reader stays one job.
#include <cstdio>

#include "json_rules_context.h"

namespace sw::rules {

using json::Value;

namespace {

std::string number_text(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
}

// A number within [min, max], or an error naming the field.
std::optional<double> read_number(const Value& v, const json::Path& path, json::Errors& errors, double min,
                                  double max) {
    if (!v.is_number()) {
        errors.add(path, json::wrong_type("a number", v));
        return std::nullopt;
    }
    if (!(v.number >= min && v.number <= max)) {
        errors.add(path, "must be from " + number_text(min) + " to " + number_text(max) + ", got " +
                             json::describe(v));
        return std::nullopt;
    }
    return v.number;
}

std::optional<double> read_euro(const Value& v, const json::Path& path, json::Errors& errors) {
    if (auto c = json::read_cents(v, path, errors)) return static_cast<double>(*c) / 100.0;
    return std::nullopt;
}

std::optional<ProRata> pro_rata(const Value& v, const json::Path& path, json::Errors& errors) {
    if (!json::check_object(v, path, {"full_time_hours", "min_hours"}, errors)) return std::nullopt;
    ProRata p;
    const Value* full = json::required(v, path, "full_time_hours", errors);
    if (!full) return std::nullopt;
    auto f = read_number(*full, json::member(path, "full_time_hours"), errors, 1, 168);
    if (!f) return std::nullopt;
    p.full_time_hours = *f;
    if (const Value* m = v.find("min_hours")) {
        auto h = read_number(*m, json::member(path, "min_hours"), errors, 0, p.full_time_hours);
        if (!h) return std::nullopt;
        p.min_hours = *h;
    }
    return p;
}

std::optional<UseLimit> use_limit(const Value& v, const json::Path& path, json::Errors& errors) {
    if (!json::check_object(v, path, {"times", "per", "years"}, errors)) return std::nullopt;
    UseLimit u;
    const Value* per = json::required(v, path, "per", errors);
    if (!per) return std::nullopt;
    auto p = json::read_enum(*per, json::member(path, "per"), {"years", "calendar_year", "career"}, errors);
    if (!p) return std::nullopt;
    u.per = *p == "years"           ? UsePeriod::Years
            : *p == "calendar_year" ? UsePeriod::CalendarYear
                                    : UsePeriod::Career;
    if (const Value* t = v.find("times")) {
        auto n = json::read_whole(*t, json::member(path, "times"), errors, 1, 1000);
        if (!n) return std::nullopt;
        u.times = static_cast<int>(*n);
    }
    const Value* years = v.find("years");
    if (u.per == UsePeriod::Years) {
        if (!years) {
            errors.add(json::member(path, "years"), "required field is missing (once per how many years)");
            return std::nullopt;
        }
        auto n = json::read_whole(*years, json::member(path, "years"), errors, 1, 100);
        if (!n) return std::nullopt;
        u.years = static_cast<int>(*n);
        if (u.times != 1) {
            errors.add(json::member(path, "times"), "must be 1 with per 'years' (\"once per N years\")");
            return std::nullopt;
        }
    } else if (years) {
        errors.add(json::member(path, "years"), "only per 'years' takes years");
        return std::nullopt;
    }
    return u;
}

std::optional<CompanyBudget> budget(const Value& v, const json::Path& path, json::Errors& errors) {
    if (!json::check_object(v, path, {"base", "per_employee", "wage_bill_percent"}, errors))
        return std::nullopt;
    CompanyBudget b;
    bool ok = true;
    if (const Value* x = v.find("base")) {
        if (auto e = read_euro(*x, json::member(path, "base"), errors))
            b.base = *e;
        else
            ok = false;
    }
    if (const Value* x = v.find("per_employee")) {
        if (auto e = read_euro(*x, json::member(path, "per_employee"), errors))
            b.per_employee = *e;
        else
            ok = false;
    }
    if (const Value* x = v.find("wage_bill_percent")) {
        if (auto p = read_number(*x, json::member(path, "wage_bill_percent"), errors, 0, 100))
            b.wage_bill_percent = *p;
        else
            ok = false;
    }
    if (!ok) return std::nullopt;
    if (!(b.base > 0 || b.per_employee > 0 || b.wage_bill_percent > 0)) {
        errors.add(path, "needs base, per_employee or wage_bill_percent above 0 (the pot's formula)");
        return std::nullopt;
    }
    return b;
}

}  // namespace

void read_scheme_limits(const Value& v, const json::Path& path, json::Errors& errors, SchemeSpec& s) {
    const bool pays = s.kind == Kind::Gift || s.kind == Kind::Obligation;
    if (const Value* x = v.find("pro_rata")) {
        const json::Path p = json::member(path, "pro_rata");
        if (!pays)
            errors.add(p, "only a gift or obligation scheme can be pro rata");
        else
            s.limits.pro_rata = pro_rata(*x, p, errors);
    }
    if (const Value* x = v.find("use_limit"))
        s.limits.use_limit = use_limit(*x, json::member(path, "use_limit"), errors);
    if (const Value* x = v.find("budget")) {
        const json::Path p = json::member(path, "budget");
        if (!pays)
            errors.add(p, "only a gift or obligation scheme can pay from a company budget");
        else
            s.limits.budget = budget(*x, p, errors);
    }
}

}  // namespace sw::rules
