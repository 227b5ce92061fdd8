// string_table_facts.cpp: the facts of the JSON contract as people read them: the question the app
// asks, a short label for summaries, and the labels of enumerated values. Dutch at B1 level.
#include <cstring>
#include <string>

#include "string_table.h"

namespace sw::app {
namespace {

struct FactText {
    const char* path;
    const char* question_nl;
    const char* question_en;
    const char* label_nl;
    const char* label_en;
};

const FactText kFacts[] = {
    {"person.age", "Hoe oud bent u?", "How old are you?", "Leeftijd", "Age"},
    {"person.employment", "Wat doet u nu?", "What do you do now?", "Werk", "Work"},
    {"person.sector", "In welke sector werkt u?", "Which sector do you work in?", "Sector", "Sector"},
    {"person.province", "In welke provincie woont u?", "Which province do you live in?", "Provincie", "Province"},
    {"person.municipality", "In welke gemeente woont u?", "Which municipality do you live in?", "Gemeente", "Municipality"},
    {"person.years_of_service", "Hoeveel jaar werkt u bij uw werkgever?", "How many years have you worked for your employer?", "Jaren in dienst", "Years of service"},
    {"person.hours_per_week", "Hoeveel uur per week werkt u?", "How many hours a week do you work?", "Uren per week", "Hours per week"},
    {"person.education_level", "Wat is uw hoogste opleidingsniveau (NLQF 1 tot 8)?", "What is your highest education level (NLQF 1 to 8)?", "Opleidingsniveau", "Education level"},
    {"person.contract_type", "Wat voor contract heeft u?", "What kind of contract do you have?", "Contract", "Contract"},
    {"person.receives_student_finance", "Krijgt u studiefinanciering?", "Do you get student finance?", "Studiefinanciering", "Student finance"},
    {"person.receives_ww", "Krijgt u een WW-uitkering?", "Do you get unemployment benefit (WW)?", "WW-uitkering", "Unemployment benefit"},
    {"person.dismissal", "Dreigt u uw baan te verliezen?", "Are you at risk of losing your job?", "Ontslag", "Dismissal"},
    {"person.employer_size", "Hoeveel mensen werken er bij uw werkgever?", "How many people work for your employer?", "Grootte werkgever", "Employer size"},
    {"course.start_date", "Wanneer begint de opleiding?", "When does the course start?", "Startdatum", "Start date"},
    {"course.type", "Wat voor opleiding is het?", "What kind of course is it?", "Soort opleiding", "Type of course"},
    {"course.quality", "Welke keurmerken heeft de opleiding?", "Which quality marks does the course have?", "Keurmerken", "Quality marks"},
    {"course.nlqf_level", "Op welk niveau is de opleiding (NLQF 1 tot 8)?", "At which level is the course (NLQF 1 to 8)?", "Niveau opleiding", "Course level"},
    {"course.track", "Waar volgt u de opleiding?", "Where do you take the course?", "Onderwijssoort", "Education track"},
    {"course.hours", "Hoeveel uur duurt de opleiding?", "How many hours does the course take?", "Uren", "Hours"},
    {"course.topic", "Waar gaat de opleiding over?", "What is the course about?", "Onderwerp", "Topic"},
    {"course.ontwikkelpad", "Hoort de opleiding bij een erkend ontwikkelpad van uw sector?", "Is the course part of a recognised development path of your sector?", "Ontwikkelpad", "Development path"},
    {"course.aim", "Waarom volgt u de opleiding?", "Why do you take the course?", "Doel", "Aim"},
    {"reference_date", "Op welke datum rekenen we?", "Which date do we calculate for?", "Peildatum", "Reference date"},
    // Facts for real schemes (issue 15; docs/contract.md "Facts for real schemes").
    {"person.benefits", "Welke uitkering krijgt u? Kies alles wat klopt.", "Which benefits do you get? Choose all that apply.", "Uitkering", "Benefits"},
    {"person.years_in_sector", "Hoeveel jaar werkt u al in deze sector, bij alle werkgevers samen?", "How many years have you worked in this sector, all employers together?", "Jaren in de sector", "Years in the sector"},
    {"person.years_at_employer", "Hoeveel jaar werkt u bij uw huidige werkgever?", "How many years have you worked for your current employer?", "Jaren bij werkgever", "Years at employer"},
    {"person.min_weeks_in_sector_last_5_years", "Hoeveel weken per jaar werkte u in de sector, in elk van de laatste vijf jaar?", "How many weeks a year did you work in the sector, in each of the last five years?", "Weken per jaar in de sector", "Weeks a year in the sector"},
    {"person.employer_wage_bill", "Hoeveel loon betaalt uw werkgever per jaar, alles samen (loonsom)?", "How much does your employer pay in wages a year, all together (wage bill)?", "Loonsom werkgever", "Employer's wage bill"},
    {"person.uses", "Heeft u deze regeling al eerder gekregen? Hoe vaak, en wanneer het laatst?", "Have you had this scheme before? How often, and when last?", "Eerder gekregen", "Had before"},
    {"person.budget_left", "Hoeveel zit er dit jaar nog in het opleidingsbudget van uw werkgever bij dit fonds?", "How much is left this year in your employer's training budget at this fund?", "Budget werkgever over", "Employer budget left"},
    {"course.category", "Wat voor cursus is het?", "What kind of course is it?", "Soort cursus", "Kind of course"},
    {"course.on_course_list", "Staat de opleiding op de lijst van het fonds?", "Is the course on the fund's list?", "Op de lijst van het fonds", "On the fund's list"},
};

struct ValueText {
    const char* path;
    const char* value;
    const char* nl;
    const char* en;
};

const ValueText kValues[] = {
    {"person.employment", "employee", "In loondienst", "Employed"},
    {"person.employment", "jobseeker", "Werkzoekend", "Looking for work"},
    {"person.employment", "self_employed", "Zzp of ondernemer", "Self-employed"},
    {"person.employment", "flex_worker", "Flexwerker", "Flex worker"},
    {"person.employment", "student", "Student", "Student"},
    {"person.employment", "not_working", "Ik werk niet", "Not working"},
    {"person.contract_type", "permanent", "Vast contract", "Permanent contract"},
    {"person.contract_type", "temporary", "Tijdelijk contract", "Temporary contract"},
    {"person.contract_type", "on_call", "Oproepcontract", "On-call contract"},
    {"person.contract_type", "agency", "Via een uitzendbureau", "Through an agency"},
    {"person.dismissal", "none", "Nee", "No"},
    {"person.dismissal", "threatened", "Ja, het dreigt", "Yes, it may happen"},
    {"person.dismissal", "dismissed", "Ik ben ontslagen", "I have been dismissed"},
    {"person.province", "DR", "Drenthe", "Drenthe"},
    {"person.province", "FL", "Flevoland", "Flevoland"},
    {"person.province", "FR", "Fryslân", "Friesland"},
    {"person.province", "GD", "Gelderland", "Gelderland"},
    {"person.province", "GR", "Groningen", "Groningen"},
    {"person.province", "LB", "Limburg", "Limburg"},
    {"person.province", "NB", "Noord-Brabant", "North Brabant"},
    {"person.province", "NH", "Noord-Holland", "North Holland"},
    {"person.province", "OV", "Overijssel", "Overijssel"},
    {"person.province", "UT", "Utrecht", "Utrecht"},
    {"person.province", "ZE", "Zeeland", "Zeeland"},
    {"person.province", "ZH", "Zuid-Holland", "South Holland"},
    {"course.type", "diploma", "Diploma-opleiding", "Diploma course"},
    {"course.type", "certificate", "Certificaat", "Certificate"},
    {"course.type", "course", "Cursus", "Short course"},
    {"course.type", "evc", "Erkenning van wat u al kunt (EVC)", "Recognition of prior learning (EVC)"},
    {"course.quality", "ocw", "Erkend door OCW", "Recognised by the ministry (OCW)"},
    {"course.quality", "nrto", "NRTO-keurmerk", "NRTO quality mark"},
    {"course.quality", "nlqf", "NLQF-niveau", "NLQF level"},
    {"course.quality", "branch", "Erkend door de branche", "Recognised by the industry"},
    {"course.quality", "evc", "EVC-aanbieder", "EVC provider"},
    {"course.track", "mbo_bol", "Mbo (bol, vooral op school)", "Vocational, school-based (mbo bol)"},
    {"course.track", "mbo_bbl", "Mbo (bbl, leren en werken)", "Vocational, work-based (mbo bbl)"},
    {"course.track", "hbo", "Hbo", "University of applied sciences (hbo)"},
    {"course.track", "wo", "Universiteit (wo)", "University (wo)"},
    {"course.track", "private", "Particuliere opleider", "Private training provider"},
    {"course.topic", "digital", "Digitaal", "Digital"},
    {"course.topic", "technical", "Techniek", "Technical"},
    {"course.topic", "language", "Taal", "Language"},
    {"course.topic", "care", "Zorg", "Care"},
    {"course.topic", "management", "Leidinggeven", "Management"},
    {"course.topic", "other", "Iets anders", "Something else"},
    {"course.aim", "required_for_job", "Mijn werkgever moet het mij laten doen (wet of cao)", "My employer must have me do it (law or agreement)"},
    {"course.aim", "current_job", "Voor mijn huidige werk", "For my current job"},
    {"course.aim", "future_job", "Voor ander of nieuw werk", "For other or new work"},
    {"course.aim", "personal", "Voor mezelf, niet voor werk", "For myself, not for work"},
    {"person.benefits", "ww", "WW-uitkering", "Unemployment benefit (WW)"},
    {"person.benefits", "bijstand", "Bijstand (Participatiewet)", "Social assistance (Participatiewet)"},
    {"person.benefits", "wia", "WIA-uitkering (WGA of IVA)", "Disability benefit (WIA: WGA or IVA)"},
    {"person.benefits", "wajong", "Wajong", "Young disabled benefit (Wajong)"},
    {"person.benefits", "ziektewet", "Ziektewet-uitkering", "Sickness benefit (Ziektewet)"},
    {"course.category", "vca", "VCA (veilig werken)", "VCA (safe working)"},
    {"course.category", "bhv", "BHV (bedrijfshulpverlening)", "Company emergency response (BHV)"},
    {"course.category", "ehbo", "EHBO (eerste hulp)", "First aid (EHBO)"},
    {"course.category", "safety_other", "Andere verplichte veiligheidscursus", "Other required safety course"},
    {"course.category", "code95", "Code 95 (beroepschauffeur)", "Code 95 (professional driver)"},
    {"course.category", "driving_licence", "Rijbewijs", "Driving licence"},
    {"course.category", "hobby", "Hobby of vrije tijd", "Hobby or leisure"},
    {"course.category", "inburgering", "Inburgering", "Civic integration"},
    {"course.category", "other", "Geen van deze: een gewone opleiding", "None of these: a regular course"},
};

struct QualityText {
    const char* value;
    const char* nl;
    const char* en;
};

const QualityText kQuality[] = {
    {"ocw", "Staat in het register van het ministerie van Onderwijs (CROHO of CREBO).", "Listed in the education ministry's register (CROHO or CREBO)."},
    {"nrto", "De opleider is lid van de NRTO en volgt hun regels voor kwaliteit.", "The provider is an NRTO member and follows its quality rules."},
    {"nlqf", "De opleiding heeft een officieel niveau in het NLQF.", "The course has an official level in the NLQF."},
    {"branch", "Uw branche of sector erkent de opleiding.", "Your industry or sector recognises the course."},
    {"evc", "U laat vastleggen wat u al kunt, bij een erkende aanbieder.", "A recognised provider records what you can already do."},
};

struct ComponentText {
    const char* name;
    const char* nl;
    const char* en;
};

const ComponentText kComponents[] = {
    {"tuition", "Lesgeld", "Tuition"},
    {"exam", "Examen", "Exam"},
    {"materials", "Boeken en materiaal", "Books and materials"},
    {"vat", "Btw (als die apart staat)", "VAT (if charged separately)"},
    {"travel", "Reiskosten", "Travel"},
    {"wage_loss", "Loon tijdens de opleiding", "Wages during the course"},
};

bool nl() { return language() == Lang::Nl; }

// For texts the tables do not know (a fact or value added later): show the code itself rather than
// nothing. Kept in a small ring so the pointer outlives a temporary argument.
const char* keep(const std::string& s) {
    static std::string ring[8];
    static int next = 0;
    next = (next + 1) % 8;
    ring[next] = s;
    return ring[next].c_str();
}

}  // namespace

const char* fact_question(const std::string& path) {
    for (const auto& f : kFacts)
        if (path == f.path) return nl() ? f.question_nl : f.question_en;
    return keep(path);
}

const char* fact_label(const std::string& path) {
    for (const auto& f : kFacts)
        if (path == f.path) return nl() ? f.label_nl : f.label_en;
    return keep(path);
}

const char* value_label(const std::string& path, const std::string& value) {
    for (const auto& v : kValues)
        if (path == v.path && value == v.value) return nl() ? v.nl : v.en;
    if (value == "true") return tr(S::Yes);
    if (value == "false") return tr(S::No);
    return keep(value);
}

const char* quality_explanation(const std::string& value) {
    for (const auto& q : kQuality)
        if (value == q.value) return nl() ? q.nl : q.en;
    return "";
}

const char* component_label(const std::string& name) {
    for (const auto& c : kComponents)
        if (name == c.name) return nl() ? c.nl : c.en;
    return keep(name);
}

}  // namespace sw::app
