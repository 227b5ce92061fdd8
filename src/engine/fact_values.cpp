// fact_values.cpp: Case -> FactValues. Strings become the catalogue's symbol ids.
#include "fact_values.h"

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
    number(f, Fact::PersonYearsOfService, p.years_of_service);
    number(f, Fact::PersonHoursPerWeek, p.hours_per_week);
    integer(f, Fact::PersonEducationLevel, p.education_level);
    text(impl, f, Fact::PersonContractType, p.contract_type);
    boolean(f, Fact::PersonReceivesStudentFinance, p.receives_student_finance);
    boolean(f, Fact::PersonReceivesWw, p.receives_ww);
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
    return f;
}

}  // namespace sw::engine
