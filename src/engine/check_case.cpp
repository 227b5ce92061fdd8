// check_case.cpp: a case against the contract and the catalogue's vocabularies. The JSON reader
// catches most of this earlier; this check guards every other way a Case can be built.
#include <cmath>

#include "catalogue_impl.h"
#include "check_case_real.h"
#include "stapelwijzer/engine.h"

namespace sw {
namespace {

using Problem = std::optional<Diagnostic>;
constexpr Cents kMaxCents = 1'000'000'000;

Problem enum_value(Fact fact, const std::optional<std::string>& v) {
    if (!v) return std::nullopt;
    const FactInfo& info = fact_info(fact);
    for (const std::string& allowed : info.values) {
        if (*v == allowed) return std::nullopt;
    }
    std::string list;
    for (const std::string& allowed : info.values) list += (list.empty() ? "" : ", ") + allowed;
    return Diagnostic{info.path, "\"" + *v + "\" is not allowed; use one of: " + list};
}

Problem in_range(Fact fact, double v, bool whole) {
    const FactInfo& info = fact_info(fact);
    if (!std::isfinite(v)) return Diagnostic{info.path, "must be a finite number"};
    if (whole && std::floor(v) != v) return Diagnostic{info.path, "must be a whole number"};
    if (info.min && v < *info.min) {
        return Diagnostic{info.path, *info.min == 0 ? std::string("must not be negative")
                                                    : "must be at least " + std::to_string(static_cast<long long>(*info.min))};
    }
    if (info.max && v > *info.max) return Diagnostic{info.path, "must be at most " + std::to_string(static_cast<long long>(*info.max))};
    return std::nullopt;
}

template <typename T>
Problem number(Fact fact, const std::optional<T>& v, bool whole) {
    return v ? in_range(fact, static_cast<double>(*v), whole) : std::nullopt;
}

}  // namespace

std::optional<Diagnostic> check_case(const Catalogue& catalogue, const Case& c) {
    const Catalogue::Impl& impl = catalogue.impl();
    const Person& p = c.person;
    const Course& co = c.course;
    if (p.age && p.birth_date) return Diagnostic{"person.birth_date", "give age or birth_date, not both"};
    if (p.birth_date && *p.birth_date > c.reference_date) {
        return Diagnostic{"person.birth_date", "is after the reference date " + format_iso_date(c.reference_date)};
    }
    if (p.birth_date && age_at(*p.birth_date, c.reference_date) > 130) {
        return Diagnostic{"person.birth_date", "gives an age above 130"};
    }
    const Problem checks[] = {
        number(Fact::PersonAge, p.age, true),
        enum_value(Fact::PersonEmployment, p.employment),
        enum_value(Fact::PersonProvince, p.province),
        number(Fact::PersonYearsOfService, p.years_of_service, false),
        number(Fact::PersonHoursPerWeek, p.hours_per_week, false),
        number(Fact::PersonEducationLevel, p.education_level, true),
        enum_value(Fact::PersonContractType, p.contract_type),
        enum_value(Fact::PersonDismissal, p.dismissal),
        number(Fact::PersonEmployerSize, p.employer_size, true),
        enum_value(Fact::CourseType, co.type),
        number(Fact::CourseNlqfLevel, co.nlqf_level, true),
        enum_value(Fact::CourseTrack, co.track),
        number(Fact::CourseHours, co.hours, false),
        enum_value(Fact::CourseTopic, co.topic),
        enum_value(Fact::CourseAim, co.aim),
    };
    for (const Problem& problem : checks) {
        if (problem) return problem;
    }
    if (p.sector) {
        bool known = false;
        for (const VocabularyEntry& v : impl.spec.sectors) known = known || v.code == *p.sector;
        if (!known) {
            std::string list;
            for (const VocabularyEntry& v : impl.spec.sectors) list += (list.empty() ? "" : ", ") + v.code;
            return Diagnostic{"person.sector", "\"" + *p.sector + "\" is not a sector of this catalogue; use one of: " + list};
        }
    }
    if (p.municipality && p.municipality->empty()) return Diagnostic{"person.municipality", "must not be empty"};
    if (co.quality) {
        const FactInfo& info = fact_info(Fact::CourseQuality);
        for (std::size_t i = 0; i < co.quality->size(); ++i) {
            bool ok = false;
            for (const std::string& v : info.values) ok = ok || v == (*co.quality)[i];
            if (!ok) {
                return Diagnostic{"course.quality[" + std::to_string(i) + "]",
                                  "\"" + (*co.quality)[i] + "\" is not a quality mark; use ocw, nrto, nlqf, branch or evc"};
            }
        }
    }
    for (int i = 0; i < kComponentCount; ++i) {
        if (co.costs[static_cast<std::size_t>(i)] < 0) {
            return Diagnostic{std::string("course.costs.") + component_name(static_cast<Component>(i)), "must not be negative"};
        }
        // Ten million euro per component keeps every sum far from overflow.
        if (co.costs[static_cast<std::size_t>(i)] > kMaxCents) {
            return Diagnostic{std::string("course.costs.") + component_name(static_cast<Component>(i)), "is more than 10,000,000 euro"};
        }
    }
    for (const auto& [id, cents] : p.used) {
        if (impl.scheme_index.find(id) == impl.scheme_index.end()) {
            return Diagnostic{"person.used." + id, "\"" + id + "\" is not a scheme of this catalogue"};
        }
        if (cents < 0) return Diagnostic{"person.used." + id, "must not be negative"};
        if (cents > kMaxCents) return Diagnostic{"person.used." + id, "is more than 10,000,000 euro"};
    }
    return engine::check_real_scheme_facts(impl, c);
}

}  // namespace sw
