// value_names.cpp: see value_names.h. The targets are checked against the fact table's value
// lists by tests/staff/unit-value-names.cpp.
#include "value_names.h"

namespace sw::staff {

namespace {

struct ValueName {
    const char* path;
    const char* name;  // lower case
    const char* value;
};

constexpr ValueName kNames[] = {
    {"person.employment", "werknemer", "employee"},
    {"person.employment", "in loondienst", "employee"},
    {"person.employment", "loondienst", "employee"},
    {"person.employment", "medewerker", "employee"},
    {"person.employment", "werkzoekend", "jobseeker"},
    {"person.employment", "werkloos", "jobseeker"},
    {"person.employment", "job seeker", "jobseeker"},
    {"person.employment", "zzp", "self_employed"},
    {"person.employment", "zzp'er", "self_employed"},
    {"person.employment", "zelfstandige", "self_employed"},
    {"person.employment", "ondernemer", "self_employed"},
    {"person.employment", "self-employed", "self_employed"},
    {"person.employment", "flexwerker", "flex_worker"},
    {"person.employment", "flex", "flex_worker"},
    {"person.employment", "flex worker", "flex_worker"},
    {"person.employment", "werkt niet", "not_working"},
    {"person.employment", "not working", "not_working"},
    {"person.contract_type", "vast", "permanent"},
    {"person.contract_type", "vast contract", "permanent"},
    {"person.contract_type", "onbepaalde tijd", "permanent"},
    {"person.contract_type", "tijdelijk", "temporary"},
    {"person.contract_type", "tijdelijk contract", "temporary"},
    {"person.contract_type", "bepaalde tijd", "temporary"},
    {"person.contract_type", "oproep", "on_call"},
    {"person.contract_type", "oproepcontract", "on_call"},
    {"person.contract_type", "nulurencontract", "on_call"},
    {"person.contract_type", "on call", "on_call"},
    {"person.contract_type", "uitzend", "agency"},
    {"person.contract_type", "uitzendkracht", "agency"},
    {"person.contract_type", "uitzendbureau", "agency"},
    {"person.dismissal", "nee", "none"},
    {"person.dismissal", "geen", "none"},
    {"person.dismissal", "no", "none"},
    {"person.dismissal", "dreigend", "threatened"},
    {"person.dismissal", "dreigt", "threatened"},
    {"person.dismissal", "ontslagen", "dismissed"},
    {"person.province", "drenthe", "DR"},
    {"person.province", "flevoland", "FL"},
    {"person.province", "friesland", "FR"},
    {"person.province", "fryslân", "FR"},
    {"person.province", "gelderland", "GD"},
    {"person.province", "groningen", "GR"},
    {"person.province", "limburg", "LB"},
    {"person.province", "noord-brabant", "NB"},
    {"person.province", "north brabant", "NB"},
    {"person.province", "noord-holland", "NH"},
    {"person.province", "north holland", "NH"},
    {"person.province", "overijssel", "OV"},
    {"person.province", "utrecht", "UT"},
    {"person.province", "zeeland", "ZE"},
    {"person.province", "zuid-holland", "ZH"},
    {"person.province", "south holland", "ZH"},
    {"course.type", "diploma-opleiding", "diploma"},
    {"course.type", "diplomaopleiding", "diploma"},
    {"course.type", "certificaat", "certificate"},
    {"course.type", "cursus", "course"},
    {"course.type", "training", "course"},
    {"course.quality", "branche", "branch"},
    {"course.quality", "crebo", "ocw"},
    {"course.quality", "croho", "ocw"},
    {"course.track", "bol", "mbo_bol"},
    {"course.track", "mbo bol", "mbo_bol"},
    {"course.track", "mbo-bol", "mbo_bol"},
    {"course.track", "bbl", "mbo_bbl"},
    {"course.track", "mbo bbl", "mbo_bbl"},
    {"course.track", "mbo-bbl", "mbo_bbl"},
    {"course.track", "universiteit", "wo"},
    {"course.track", "university", "wo"},
    {"course.track", "particulier", "private"},
    {"course.track", "particuliere opleider", "private"},
    {"course.topic", "digitaal", "digital"},
    {"course.topic", "ict", "digital"},
    {"course.topic", "techniek", "technical"},
    {"course.topic", "technisch", "technical"},
    {"course.topic", "taal", "language"},
    {"course.topic", "zorg", "care"},
    {"course.topic", "leidinggeven", "management"},
    {"course.topic", "overig", "other"},
    {"course.topic", "anders", "other"},
    {"course.aim", "verplicht", "required_for_job"},
    {"course.aim", "verplicht voor werk", "required_for_job"},
    {"course.aim", "huidig werk", "current_job"},
    {"course.aim", "huidige baan", "current_job"},
    {"course.aim", "nieuw werk", "future_job"},
    {"course.aim", "ander werk", "future_job"},
    {"course.aim", "persoonlijk", "personal"},
};

}  // namespace

std::optional<std::string> value_of_name(const std::string& path, const std::string& word) {
    for (const ValueName& v : kNames)
        if (path == v.path && word == v.name) return std::string(v.value);
    return std::nullopt;
}

std::optional<bool> boolean_of_word(const std::string& w) {
    if (w == "ja" || w == "j" || w == "yes" || w == "y" || w == "waar" || w == "true" || w == "1" || w == "x")
        return true;
    if (w == "nee" || w == "n" || w == "no" || w == "onwaar" || w == "false" || w == "0") return false;
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> value_name_targets() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const ValueName& v : kNames) out.emplace_back(v.path, v.value);
    return out;
}

}  // namespace sw::staff
