// check_case_real.cpp: the case fields added for real schemes (issue 15; docs/contract.md "Facts
// for real schemes") against the contract and the catalogue: benefits, years in the sector and at
// the employer, weeks per year, the wage bill, the course category, course lists, earlier uses
// and what is left of a company budget.
#include "check_case_real.h"

#include <algorithm>
#include <cmath>

namespace sw::engine {
namespace {

using Problem = std::optional<Diagnostic>;
constexpr Cents kMaxCents = 1'000'000'000;  // as check_case.cpp: ten million euro

std::string allowed_list(Fact fact) {
    std::string list;
    for (const std::string& v : fact_info(fact).values) list += (list.empty() ? "" : ", ") + v;
    return list;
}

Problem years(const char* path, const std::optional<double>& v) {
    if (!v) return std::nullopt;
    if (!std::isfinite(*v)) return Diagnostic{path, "must be a finite number"};
    if (*v < 0) return Diagnostic{path, "must not be negative"};
    if (*v > 100) return Diagnostic{path, "must be at most 100"};
    return std::nullopt;
}

Problem scheme_id(const Catalogue::Impl& impl, const std::string& path, const std::string& id) {
    if (impl.scheme_index.find(id) == impl.scheme_index.end())
        return Diagnostic{path, "\"" + id + "\" is not a scheme of this catalogue"};
    return std::nullopt;
}

}  // namespace

std::optional<Diagnostic> check_real_scheme_facts(const Catalogue::Impl& impl, const Case& c) {
    const Person& p = c.person;
    if (p.benefits) {
        const auto& allowed = fact_info(Fact::PersonBenefits).values;
        for (std::size_t i = 0; i < p.benefits->size(); ++i) {
            const std::string& b = (*p.benefits)[i];
            const std::string path = "person.benefits[" + std::to_string(i) + "]";
            if (std::find(allowed.begin(), allowed.end(), b) == allowed.end())
                return Diagnostic{path, "\"" + b + "\" is not a benefit; use one of: " +
                                            allowed_list(Fact::PersonBenefits) +
                                            " (an empty list means none)"};
            if (std::find(p.benefits->begin(), p.benefits->begin() + static_cast<std::ptrdiff_t>(i), b) !=
                p.benefits->begin() + static_cast<std::ptrdiff_t>(i))
                return Diagnostic{path, "\"" + b + "\" is listed twice"};
        }
        const bool ww = std::find(p.benefits->begin(), p.benefits->end(), "ww") != p.benefits->end();
        if (p.receives_ww && *p.receives_ww != ww)
            return Diagnostic{"person.benefits", *p.receives_ww ? "does not list ww, but receives_ww is true"
                                                                : "lists ww, but receives_ww is false"};
    }
    if (auto bad = years("person.years_in_sector", p.years_in_sector)) return bad;
    if (auto bad = years("person.years_at_employer", p.years_at_employer)) return bad;
    if (p.years_at_employer && p.years_of_service && *p.years_at_employer != *p.years_of_service)
        return Diagnostic{
            "person.years_at_employer",
            "differs from years_of_service (its old name): give one of them, or the same value"};
    for (const auto& [year, weeks] : p.weeks_in_sector) {
        const std::string path = "person.weeks_in_sector." + std::to_string(year);
        if (year < 1900 || year > 9999) return Diagnostic{path, "must be a calendar year from 1900 to 9999"};
        if (weeks < 0 || weeks > 53) return Diagnostic{path, "must be a whole number of weeks from 0 to 53"};
    }
    if (p.employer_wage_bill) {
        const double v = *p.employer_wage_bill;
        if (!std::isfinite(v) || v < 0)
            return Diagnostic{"person.employer_wage_bill", "must not be negative"};
        if (v > 1e12) return Diagnostic{"person.employer_wage_bill", "is more than 1,000,000,000,000 euro"};
    }
    if (c.course.category) {
        const auto& allowed = fact_info(Fact::CourseCategory).values;
        if (std::find(allowed.begin(), allowed.end(), *c.course.category) == allowed.end())
            return Diagnostic{"course.category",
                              "\"" + *c.course.category +
                                  "\" is not allowed; use one of: " + allowed_list(Fact::CourseCategory)};
    }
    for (const auto& [code, on] : c.course.on_course_list) {
        (void)on;
        if (code.empty()) return Diagnostic{"course.on_course_list", "a list code must not be empty"};
    }
    for (const auto& [id, use] : p.uses) {
        const std::string path = "person.uses." + id;
        if (auto bad = scheme_id(impl, path, id)) return bad;
        if (use.times && *use.times < 0) return Diagnostic{path + ".times", "must not be negative"};
        if (use.times_this_year && *use.times_this_year < 0)
            return Diagnostic{path + ".times_this_year", "must not be negative"};
        if (use.times && use.times_this_year && *use.times_this_year > *use.times)
            return Diagnostic{path + ".times_this_year", "is more than times (all uses ever)"};
        if (use.times && *use.times == 0 && use.last_granted)
            return Diagnostic{path + ".last_granted", "is given, but times is 0"};
    }
    for (const auto& [id, cents] : p.budget_left) {
        const std::string path = "person.budget_left." + id;
        if (auto bad = scheme_id(impl, path, id)) return bad;
        if (!impl.schemes[static_cast<std::size_t>(impl.scheme_index.at(id))].spec->limits.budget)
            return Diagnostic{path, "\"" + id + "\" has no company budget"};
        if (cents < 0) return Diagnostic{path, "must not be negative"};
        if (cents > kMaxCents) return Diagnostic{path, "is more than 10,000,000 euro"};
    }
    return std::nullopt;
}

}  // namespace sw::engine
