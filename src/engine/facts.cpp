// facts.cpp: the table of every fact a rule may ask about: JSON path, type, the contract's
// enumeration values (docs/contract.md "Enumerations"), the numeric range the contract allows,
// and the label used in generated texts. Sector and municipality values come from the catalogue.
#include "stapelwijzer/facts.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace sw {
namespace {

using V = std::vector<std::string>;
constexpr double kNoLimit = -1;  // marker in the table below: no bound

FactInfo make(Fact f, const char* path, FactType type, V values, double min, double max, const char* nl,
              const char* en) {
    FactInfo info{f, path, type, std::move(values), std::nullopt, std::nullopt, Text{nl, en}};
    if (min != kNoLimit) info.min = min;
    if (max != kNoLimit) info.max = max;
    return info;
}

// Ranges: the contract fixes NLQF levels 1-8 and "never negative"; the upper bounds for age and
// hours per week are plausibility limits chosen here (docs/engine.md "Decisions").
std::array<FactInfo, kFactCount> build_table() {
    using T = FactType;
    return {{
        make(Fact::PersonAge, "person.age", T::Integer, {}, 0, 130, "uw leeftijd", "your age"),
        make(Fact::PersonEmployment, "person.employment", T::Enum,
             {"employee", "jobseeker", "self_employed", "flex_worker", "student", "not_working"}, kNoLimit,
             kNoLimit, "uw situatie op het werk", "your work situation"),
        make(Fact::PersonSector, "person.sector", T::Vocabulary, {}, kNoLimit, kNoLimit, "uw sector",
             "your sector"),
        make(Fact::PersonProvince, "person.province", T::Enum,
             {"DR", "FL", "FR", "GD", "GR", "LB", "NB", "NH", "OV", "UT", "ZE", "ZH"}, kNoLimit, kNoLimit,
             "uw provincie", "your province"),
        make(Fact::PersonMunicipality, "person.municipality", T::Text, {}, kNoLimit, kNoLimit, "uw gemeente",
             "your municipality"),
        make(Fact::PersonYearsOfService, "person.years_of_service", T::Number, {}, 0, 100,
             "uw aantal jaren in dienst", "your years of service"),
        make(Fact::PersonHoursPerWeek, "person.hours_per_week", T::Number, {}, 0, 168,
             "uw aantal uren per week", "your hours per week"),
        make(Fact::PersonEducationLevel, "person.education_level", T::Integer, {}, 1, 8,
             "uw opleidingsniveau", "your education level"),
        make(Fact::PersonContractType, "person.contract_type", T::Enum,
             {"permanent", "temporary", "on_call", "agency"}, kNoLimit, kNoLimit, "uw soort contract",
             "your type of contract"),
        make(Fact::PersonReceivesStudentFinance, "person.receives_student_finance", T::Boolean, {}, kNoLimit,
             kNoLimit, "of u studiefinanciering krijgt", "whether you receive student finance"),
        make(Fact::PersonReceivesWw, "person.receives_ww", T::Boolean, {}, kNoLimit, kNoLimit,
             "of u een WW-uitkering krijgt", "whether you receive unemployment benefit (WW)"),
        make(Fact::PersonDismissal, "person.dismissal", T::Enum, {"none", "threatened", "dismissed"},
             kNoLimit, kNoLimit, "of u ontslag krijgt", "whether you face dismissal"),
        make(Fact::PersonEmployerSize, "person.employer_size", T::Integer, {}, 0, kNoLimit,
             "het aantal mensen bij uw werkgever", "the number of people at your employer"),
        make(Fact::CourseStartDate, "course.start_date", T::Date, {}, kNoLimit, kNoLimit,
             "de startdatum van de opleiding", "the start date of the course"),
        make(Fact::CourseType, "course.type", T::Enum, {"diploma", "certificate", "course", "evc"}, kNoLimit,
             kNoLimit, "het soort opleiding", "the type of course"),
        make(Fact::CourseQuality, "course.quality", T::Set, {"ocw", "nrto", "nlqf", "branch", "evc"},
             kNoLimit, kNoLimit, "het keurmerk van de opleiding", "the quality mark of the course"),
        make(Fact::CourseNlqfLevel, "course.nlqf_level", T::Integer, {}, 1, 8, "het niveau van de opleiding",
             "the level of the course"),
        make(Fact::CourseTrack, "course.track", T::Enum, {"mbo_bol", "mbo_bbl", "hbo", "wo", "private"},
             kNoLimit, kNoLimit, "de soort onderwijs", "the kind of education"),
        make(Fact::CourseHours, "course.hours", T::Number, {}, 0, kNoLimit,
             "het aantal uren van de opleiding", "the number of course hours"),
        make(Fact::CourseTopic, "course.topic", T::Enum,
             {"digital", "technical", "language", "care", "management", "other"}, kNoLimit, kNoLimit,
             "het onderwerp van de opleiding", "the topic of the course"),
        make(Fact::CourseOntwikkelpad, "course.ontwikkelpad", T::Boolean, {}, kNoLimit, kNoLimit,
             "of de opleiding bij een erkend ontwikkelpad hoort",
             "whether the course is part of a recognised development path"),
        make(Fact::CourseAim, "course.aim", T::Enum,
             {"required_for_job", "current_job", "future_job", "personal"}, kNoLimit, kNoLimit,
             "het doel van de opleiding", "the aim of the course"),
        make(Fact::ReferenceDate, "reference_date", T::Date, {}, kNoLimit, kNoLimit, "de peildatum",
             "the reference date"),
        make(Fact::PersonBenefits, "person.benefits", T::Set,
             {"ww", "bijstand", "wia", "wajong", "ziektewet"}, kNoLimit, kNoLimit, "welke uitkering u krijgt",
             "which benefit you receive"),
        make(Fact::PersonYearsInSector, "person.years_in_sector", T::Number, {}, 0, 100,
             "uw aantal jaren in de sector", "your years in the sector"),
        make(Fact::PersonYearsAtEmployer, "person.years_at_employer", T::Number, {}, 0, 100,
             "uw aantal jaren bij uw werkgever", "your years at your employer"),
        make(Fact::PersonMinWeeksInSector5y, "person.min_weeks_in_sector_last_5_years", T::Integer, {}, 0, 53,
             "uw weken per jaar in de sector in de laatste vijf jaar",
             "your weeks a year in the sector over the last five years"),
        make(Fact::PersonEmployerWageBill, "person.employer_wage_bill", T::Number, {}, 0, kNoLimit,
             "de loonsom van uw werkgever", "your employer's wage bill"),
        make(Fact::CourseCategory, "course.category", T::Enum,
             {"vca", "bhv", "ehbo", "safety_other", "code95", "driving_licence", "hobby", "inburgering",
              "other"},
             kNoLimit, kNoLimit, "de soort cursus", "the kind of course"),
        make(Fact::PersonUses, "person.uses", T::Set, {}, kNoLimit, kNoLimit,
             "hoe vaak u deze regeling al kreeg", "how often you have had this scheme"),
        make(Fact::PersonBudgetLeft, "person.budget_left", T::Set, {}, kNoLimit, kNoLimit,
             "wat er over is van het budget van uw werkgever", "what is left of your employer's budget"),
        make(Fact::CourseOnCourseList, "course.on_course_list", T::Set, {}, kNoLimit, kNoLimit,
             "of de opleiding op de lijst van het fonds staat", "whether the course is on the fund's list"),
    }};
}

const std::array<FactInfo, kFactCount>& table() {
    static const std::array<FactInfo, kFactCount> t = [] {
        std::array<FactInfo, kFactCount> out = build_table();
        out[static_cast<std::size_t>(Fact::PersonUses)].internal = true;
        out[static_cast<std::size_t>(Fact::PersonBudgetLeft)].internal = true;
        return out;
    }();
    return t;
}

}  // namespace

const FactInfo& fact_info(Fact f) { return table()[static_cast<std::size_t>(f)]; }

// Binary search in the paths sorted once: the rules reader asks for the fact of every leaf
// condition of a catalogue (thousands of look-ups for a national one).
std::optional<Fact> fact_from_path(std::string_view path) {
    using Entry = std::pair<std::string_view, Fact>;
    static const std::vector<Entry> sorted = [] {
        std::vector<Entry> out;
        for (const FactInfo& info : table()) out.emplace_back(info.path, info.fact);
        // Stable: should two facts share a path, the first in the table wins.
        std::stable_sort(out.begin(), out.end(),
                         [](const Entry& a, const Entry& b) { return a.first < b.first; });
        return out;
    }();
    auto it = std::lower_bound(sorted.begin(), sorted.end(), path,
                               [](const Entry& e, std::string_view p) { return e.first < p; });
    if (it == sorted.end() || it->first != path) return std::nullopt;
    return it->second;
}

}  // namespace sw
