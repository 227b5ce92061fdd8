// fact_values.cpp: Case -> FactValues. Strings become the catalogue's symbol ids.
#include "fact_values.h"

#include <algorithm>

#include "scheme_limits.h"

namespace sw::engine {
namespace {

void text(const Catalogue::Impl& impl, FactValues& f, Fact fact, const std::optional<std::string>& v) {
    if (v) set_symbol(f, fact, impl.symbol(*v));
}
void number(FactValues& f, Fact fact, const std::optional<double>& v) {
    if (v) set_number(f, fact, *v);
}
void integer(FactValues& f, Fact fact, const std::optional<int>& v) {
    if (v) set_number(f, fact, *v);
}
void boolean(FactValues& f, Fact fact, const std::optional<bool>& v) {
    if (v) set_symbol(f, fact, *v ? 1 : 0);
}

// The facts added for real schemes (issue 15; docs/contract.md "Facts for real schemes").
void real_scheme_facts(const Catalogue::Impl& impl, const Case& c, FactValues& f) {
    const Person& p = c.person;
    if (p.benefits) {
        f.known[static_cast<std::size_t>(Fact::PersonBenefits)] = true;
        for (const std::string& b : *p.benefits) f.benefits.push_back(impl.symbol(b));
    }
    number(f, Fact::PersonYearsInSector, p.years_in_sector);
    number(f, Fact::PersonYearsAtEmployer, p.years_at_employer ? p.years_at_employer : p.years_of_service);
    // The fewest weeks in the sector over the five calendar years before the reference date's
    // year; unknown unless the case gives all five.
    if (!p.weeks_in_sector.empty()) {
        int y = 0, m = 0, d = 0;
        date_to_ymd(c.reference_date, y, m, d);
        double fewest = 1e9;
        bool all = true;
        for (int year = y - 5; year < y && all; ++year) {
            auto it = p.weeks_in_sector.find(year);
            all = it != p.weeks_in_sector.end();
            if (all) fewest = std::min(fewest, static_cast<double>(it->second));
        }
        if (all) set_number(f, Fact::PersonMinWeeksInSector5y, fewest);
    }
    number(f, Fact::PersonEmployerWageBill, p.employer_wage_bill);
    text(impl, f, Fact::CourseCategory, c.course.category);
    add_keyed_answers(impl, c, f);
}

}  // namespace

FactValues fact_values(const Catalogue::Impl& impl, const Case& c) {
    FactValues f;
    const Person& p = c.person;
    if (p.age) set_number(f, Fact::PersonAge, *p.age);
    else if (p.birth_date) set_number(f, Fact::PersonAge, age_at(*p.birth_date, c.reference_date));
    text(impl, f, Fact::PersonEmployment, p.employment);
    text(impl, f, Fact::PersonSector, p.sector);
    text(impl, f, Fact::PersonProvince, p.province);
    text(impl, f, Fact::PersonMunicipality, p.municipality);
    // years_of_service is the old name of years_at_employer (docs/contract.md): either fills both.
    number(f, Fact::PersonYearsOfService, p.years_of_service ? p.years_of_service : p.years_at_employer);
    number(f, Fact::PersonHoursPerWeek, p.hours_per_week);
    integer(f, Fact::PersonEducationLevel, p.education_level);
    text(impl, f, Fact::PersonContractType, p.contract_type);
    boolean(f, Fact::PersonReceivesStudentFinance, p.receives_student_finance);
    if (p.receives_ww)
        boolean(f, Fact::PersonReceivesWw, p.receives_ww);
    else if (p.benefits)
        boolean(f, Fact::PersonReceivesWw,
                std::find(p.benefits->begin(), p.benefits->end(), "ww") != p.benefits->end());
    text(impl, f, Fact::PersonDismissal, p.dismissal);
    integer(f, Fact::PersonEmployerSize, p.employer_size);
    const Course& co = c.course;
    if (co.start_date) set_symbol(f, Fact::CourseStartDate, co.start_date->days);
    text(impl, f, Fact::CourseType, co.type);
    if (co.quality) {
        f.known[static_cast<std::size_t>(Fact::CourseQuality)] = true;
        for (const std::string& q : *co.quality) f.quality.push_back(impl.symbol(q));
    }
    integer(f, Fact::CourseNlqfLevel, co.nlqf_level);
    text(impl, f, Fact::CourseTrack, co.track);
    number(f, Fact::CourseHours, co.hours);
    text(impl, f, Fact::CourseTopic, co.topic);
    boolean(f, Fact::CourseOntwikkelpad, co.ontwikkelpad);
    text(impl, f, Fact::CourseAim, co.aim);
    set_symbol(f, Fact::ReferenceDate, c.reference_date.days);
    real_scheme_facts(impl, c, f);
    return f;
}

}  // namespace sw::engine
