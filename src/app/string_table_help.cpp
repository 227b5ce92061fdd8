// string_table_help.cpp: one short help text per question (Dutch B1 and English), shown under the
// question: what the words mean ("erkend ontwikkelpad", "NLQF", "BBL", "NRTO") and where a
// worker finds the answer.
#include <string>

#include "string_table.h"

namespace sw::app {
namespace {

struct HelpText {
    const char* path;
    const char* nl;
    const char* en;
};

const HelpText kHelp[] = {
    {"person.age",
     "Uw leeftijd op de startdatum van de opleiding. Sommige regelingen zijn alleen voor jongere of juist "
     "oudere mensen.",
     "Your age on the day the course starts. Some schemes are only for younger or only for older people."},
    {"person.employment",
     "Kies wat nu het meest voor u geldt. In loondienst: u heeft een werkgever die u loon betaalt.",
     "Choose what is most true for you now. Employed: you have an employer who pays your wages."},
    {"person.sector",
     "De sector van uw werkgever. Die staat in uw cao of vraag het aan uw werkgever. Een sectorfonds "
     "(O&O-fonds) betaalt alleen voor mensen in die sector.",
     "Your employer's sector. It is in your collective agreement (cao), or ask your employer. A sector fund "
     "(O&O fund) pays only for people in that sector."},
    {"person.province", "De provincie waar u woont. Sommige provincies hebben een eigen budget.",
     "The province where you live. Some provinces have a budget of their own."},
    {"person.municipality", "De gemeente waar u woont. Sommige gemeenten of regio's betalen mee.",
     "The municipality where you live. Some municipalities or regions contribute."},
    {"person.years_of_service", "Hoe lang u al bij deze werkgever werkt, in hele jaren.",
     "How long you have worked for this employer, in whole years."},
    {"person.hours_per_week", "De uren in uw contract, per week. Een halve baan is bijvoorbeeld 18 uur.",
     "The hours in your contract, per week. A half-time job is for example 18 hours."},
    {"person.education_level",
     "Het niveau van uw hoogste diploma. NLQF is de Nederlandse schaal van 1 tot 8: mbo 2 is niveau 2, "
     "hbo-bachelor is niveau 6.",
     "The level of your highest diploma. NLQF is the Dutch scale from 1 to 8: mbo 2 is level 2, a bachelor's "
     "degree is level 6."},
    {"person.contract_type",
     "Wat er in uw arbeidscontract staat. Een uitzendbureau is uw werkgever als u via hen werkt.",
     "What your employment contract says. An agency is your employer if you work through them."},
    {"person.receives_student_finance",
     "Studiefinanciering van DUO. Wie die krijgt, kan sommige budgetten niet gebruiken.",
     "Student finance from DUO. People who get it cannot use some budgets."},
    {"person.receives_ww", "Een WW-uitkering van UWV, omdat u werkloos bent geworden.",
     "Unemployment benefit (WW) from UWV, because you lost your job."},
    {"person.dismissal", "Heeft uw werkgever gezegd dat uw baan verdwijnt, of bent u al ontslagen?",
     "Has your employer said that your job will go, or have you been dismissed already?"},
    {"person.employer_size",
     "Het aantal mensen dat bij uw werkgever werkt. Weet u het niet precies? Een schatting is goed.",
     "The number of people who work for your employer. Not sure? An estimate is fine."},
    {"course.start_date", "De eerste lesdag. Regels en bedragen kunnen per jaar verschillen.",
     "The first day of the course. Rules and amounts can differ per year."},
    {"course.type",
     "Diploma: een erkend diploma (mbo, hbo). Certificaat: een bewijs van een branche of opleider. Cursus: "
     "een korte training.",
     "Diploma: a recognised diploma (mbo, hbo). Certificate: proof from an industry body or provider. Short "
     "course: a short training."},
    {"course.quality",
     "Een keurmerk zegt dat de opleiding of opleider is gecontroleerd. NRTO is de vereniging van "
     "particuliere opleiders; OCW is het ministerie van Onderwijs. De opleider zet dit meestal op de "
     "website.",
     "A quality mark means the course or provider has been checked. NRTO is the association of private "
     "training providers; OCW is the education ministry. Providers usually show this on their website."},
    {"course.nlqf_level",
     "NLQF is de Nederlandse schaal voor opleidingsniveaus, van 1 tot 8. Mbo 2 is niveau 2, mbo 4 is niveau "
     "4, een hbo-bachelor niveau 6. De opleider weet het.",
     "NLQF is the Dutch scale of education levels, from 1 to 8. Mbo 2 is level 2, mbo 4 is level 4, a "
     "bachelor's degree level 6. The provider knows it."},
    {"course.track",
     "Bol: u leert vooral op school. BBL (beroepsbegeleidende leerweg): u werkt en leert tegelijk, meestal 4 "
     "dagen werk en 1 dag school.",
     "BOL: you learn mainly at school. BBL (work-based route): you work and learn at the same time, usually "
     "4 days at work and 1 day at school."},
    {"course.hours",
     "Alle uren van de opleiding samen: lessen, huiswerk en stage. De opleider noemt dit vaak de studielast.",
     "All hours of the course together: classes, homework and placement. Providers often call this the study "
     "load."},
    {"course.topic",
     "Waar de opleiding vooral over gaat. Sommige regelingen zijn alleen voor bijvoorbeeld techniek of "
     "digitale vaardigheden.",
     "What the course is mainly about. Some schemes are only for, for example, technical or digital skills."},
    {"course.ontwikkelpad",
     "Een erkend ontwikkelpad is een route van opleidingen die uw sector heeft vastgesteld, om door te "
     "groeien naar ander werk. Uw sectorfonds of werkgever weet welke opleidingen erbij horen.",
     "A recognised development path (ontwikkelpad) is a route of courses set by your sector to grow into "
     "other work. Your sector fund or employer knows which courses belong to it."},
    {"course.aim",
     "Verplichte scholing: uw werkgever moet die aanbieden door de wet of de cao, en betaalt dan meestal "
     "zelf.",
     "Required training: your employer must offer it by law or collective agreement, and then usually pays "
     "for it."},
    {"reference_date", "De datum waarop de regels gelden. Meestal de startdatum van de opleiding.",
     "The date the rules are taken at. Usually the start date of the course."},
};

}  // namespace

const char* fact_help(const std::string& path) {
    for (const auto& h : kHelp)
        if (path == h.path) return language() == Lang::Nl ? h.nl : h.en;
    return "";
}

}  // namespace sw::app
