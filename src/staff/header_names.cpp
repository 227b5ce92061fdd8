// header_names.cpp: see header_names.h. The paths are checked against the engine's fact table by
// tests/staff/unit-header-names.cpp, so a name can never point at a fact that does not exist.
#include "header_names.h"

#include <cctype>

namespace sw::staff {

namespace {

struct HeaderName {
    const char* name;  // normalised
    const char* path;
};

// Dutch first, then English, per path. "contract" is the kind of employment contract (what an
// employer means by it), not the JSON contract's version (that column is "contract_version").
constexpr HeaderName kNames[] = {
    {"leeftijd", "person.age"},
    {"age", "person.age"},
    {"geboortedatum", "person.birth_date"},
    {"geb datum", "person.birth_date"},
    {"date of birth", "person.birth_date"},
    {"birth date", "person.birth_date"},
    {"birthdate", "person.birth_date"},
    {"dob", "person.birth_date"},
    {"werksituatie", "person.employment"},
    {"arbeidssituatie", "person.employment"},
    {"employment", "person.employment"},
    {"sector", "person.sector"},
    {"branche", "person.sector"},
    {"provincie", "person.province"},
    {"province", "person.province"},
    {"gemeente", "person.municipality"},
    {"woonplaats", "person.municipality"},
    {"municipality", "person.municipality"},
    {"dienstjaren", "person.years_of_service"},
    {"jaren in dienst", "person.years_of_service"},
    {"years of service", "person.years_of_service"},
    {"uren per week", "person.hours_per_week"},
    {"uren p w", "person.hours_per_week"},
    {"contracturen", "person.hours_per_week"},
    {"werkuren per week", "person.hours_per_week"},
    {"hours per week", "person.hours_per_week"},
    {"weekly hours", "person.hours_per_week"},
    {"opleidingsniveau", "person.education_level"},
    {"hoogste opleidingsniveau", "person.education_level"},
    {"education level", "person.education_level"},
    {"contract", "person.contract_type"},
    {"soort contract", "person.contract_type"},
    {"contractvorm", "person.contract_type"},
    {"contract type", "person.contract_type"},
    {"studiefinanciering", "person.receives_student_finance"},
    {"student finance", "person.receives_student_finance"},
    {"ww", "person.receives_ww"},
    {"ww uitkering", "person.receives_ww"},
    {"unemployment benefit", "person.receives_ww"},
    {"ontslag", "person.dismissal"},
    {"dismissal", "person.dismissal"},
    {"grootte werkgever", "person.employer_size"},
    {"aantal medewerkers", "person.employer_size"},
    {"employer size", "person.employer_size"},
    {"startdatum", "course.start_date"},
    {"startdatum opleiding", "course.start_date"},
    {"begindatum", "course.start_date"},
    {"start date", "course.start_date"},
    {"soort opleiding", "course.type"},
    {"type opleiding", "course.type"},
    {"course type", "course.type"},
    {"keurmerk", "course.quality"},
    {"keurmerken", "course.quality"},
    {"quality", "course.quality"},
    {"quality marks", "course.quality"},
    {"niveau opleiding", "course.nlqf_level"},
    {"nlqf niveau", "course.nlqf_level"},
    {"course level", "course.nlqf_level"},
    {"nlqf level", "course.nlqf_level"},
    {"onderwijssoort", "course.track"},
    {"leerweg", "course.track"},
    {"track", "course.track"},
    {"uren opleiding", "course.hours"},
    {"studie uren", "course.hours"},
    {"studiebelasting", "course.hours"},
    {"course hours", "course.hours"},
    {"onderwerp", "course.topic"},
    {"topic", "course.topic"},
    {"ontwikkelpad", "course.ontwikkelpad"},
    {"development path", "course.ontwikkelpad"},
    {"doel", "course.aim"},
    {"doel opleiding", "course.aim"},
    {"aim", "course.aim"},
    {"peildatum", "reference_date"},
    {"reference date", "reference_date"},
    {"lesgeld", "course.costs.tuition"},
    {"cursusgeld", "course.costs.tuition"},
    {"opleidingskosten", "course.costs.tuition"},
    {"kosten opleiding", "course.costs.tuition"},
    {"tuition", "course.costs.tuition"},
    {"examen", "course.costs.exam"},
    {"examengeld", "course.costs.exam"},
    {"examenkosten", "course.costs.exam"},
    {"exam", "course.costs.exam"},
    {"materiaal", "course.costs.materials"},
    {"lesmateriaal", "course.costs.materials"},
    {"boeken", "course.costs.materials"},
    {"materials", "course.costs.materials"},
    {"btw", "course.costs.vat"},
    {"vat", "course.costs.vat"},
    {"reiskosten", "course.costs.travel"},
    {"travel", "course.costs.travel"},
    {"loonkosten", "course.costs.wage_loss"},
    {"loon tijdens opleiding", "course.costs.wage_loss"},
    {"wage loss", "course.costs.wage_loss"},
    {"jaren in de sector", "person.years_in_sector"},
    {"jaren in sector", "person.years_in_sector"},
    {"years in sector", "person.years_in_sector"},
    {"jaren bij werkgever", "person.years_at_employer"},
    {"years at employer", "person.years_at_employer"},
    {"uitkering", "person.benefits"},
    {"uitkeringen", "person.benefits"},
    {"benefits", "person.benefits"},
    {"loonsom", "person.employer_wage_bill"},
    {"loonsom werkgever", "person.employer_wage_bill"},
    {"wage bill", "person.employer_wage_bill"},
    {"categorie opleiding", "course.category"},
    {"course category", "course.category"},
    {"contract version", "contract"},
    // A row's course by name, among the named courses (staff_import.h, kCourseNamePath).
    {"cursus", "course_name"},
    {"cursusnaam", "course_name"},
    {"naam cursus", "course_name"},
    {"opleiding", "course_name"},
    {"naam opleiding", "course_name"},
    {"training", "course_name"},
    {"course", "course_name"},
    {"course name", "course_name"},
};

}  // namespace

std::string normalise_header(const std::string& header) {
    std::string out;
    int depth = 0;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(header[i]);
        if (c == '(' || c == '[') {
            ++depth;
            continue;
        }
        if ((c == ')' || c == ']') && depth > 0) {
            --depth;
            continue;
        }
        if (depth > 0) continue;
        char ch = static_cast<char>(c);
        if (c == 0xC3 && i + 1 < header.size()) {  // é è ë ê É È Ë Ê (UTF-8 C3 A8-AB, 88-8B) -> e
            const unsigned char d = static_cast<unsigned char>(header[i + 1]);
            if ((d >= 0xA8 && d <= 0xAB) || (d >= 0x88 && d <= 0x8B)) {
                ch = 'e';
                ++i;
            }
        } else if (c == 0xE2 && header.compare(i, 3, "\xE2\x82\xAC") == 0) {  // €
            ch = ' ';
            i += 2;
        }
        if (ch == '_' || ch == '-' || ch == '.' || ch == '/' || ch == ':' || ch == '\t') ch = ' ';
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += ch;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string path_of_header_name(const std::string& normalised) {
    for (const HeaderName& h : kNames)
        if (normalised == h.name) return h.path;
    return "";
}

}  // namespace sw::staff

namespace sw::staff {
std::vector<std::string> header_name_paths() {
    std::vector<std::string> out;
    for (const HeaderName& h : kNames) out.push_back(h.path);
    return out;
}
}  // namespace sw::staff
