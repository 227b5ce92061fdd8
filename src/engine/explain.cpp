// explain.cpp: fills leaf explanation templates. Values are shown as the case gave them;
// sector codes as the catalogue's sector names; numbers with a decimal comma in Dutch.
#include "explain.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace sw::engine {
namespace {

std::string number_text(double v, bool nl) {
    if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (nl) {
        for (char& ch : s) ch = ch == '.' ? ',' : ch;
    }
    return s;
}

// Contract enumeration values in plain words (B1 Dutch, English), for {value} and {limit}: a
// reason shows the label a person knows, never the code the JSON uses. Keyed by fact as well,
// because a code may mean different things for different facts ("evc" as course type and as
// quality mark).
struct Words {
    Fact fact;
    const char* code;
    const char* nl;
    const char* en;
};
const Words kWords[] = {
    {Fact::PersonEmployment, "employee", "werknemer", "employee"},
    {Fact::PersonEmployment, "jobseeker", "werkzoekende", "job seeker"},
    {Fact::PersonEmployment, "self_employed", "zelfstandige", "self-employed"},
    {Fact::PersonEmployment, "flex_worker", "flexwerker", "flex worker"},
    {Fact::PersonEmployment, "student", "student", "student"},
    {Fact::PersonEmployment, "not_working", "geen werk", "not working"},
    {Fact::PersonProvince, "DR", "Drenthe", "Drenthe"},
    {Fact::PersonProvince, "FL", "Flevoland", "Flevoland"},
    {Fact::PersonProvince, "FR", "Fryslân", "Friesland"},
    {Fact::PersonProvince, "GD", "Gelderland", "Gelderland"},
    {Fact::PersonProvince, "GR", "Groningen", "Groningen"},
    {Fact::PersonProvince, "LB", "Limburg", "Limburg"},
    {Fact::PersonProvince, "NB", "Noord-Brabant", "North Brabant"},
    {Fact::PersonProvince, "NH", "Noord-Holland", "North Holland"},
    {Fact::PersonProvince, "OV", "Overijssel", "Overijssel"},
    {Fact::PersonProvince, "UT", "Utrecht", "Utrecht"},
    {Fact::PersonProvince, "ZE", "Zeeland", "Zeeland"},
    {Fact::PersonProvince, "ZH", "Zuid-Holland", "South Holland"},
    {Fact::PersonContractType, "permanent", "vast contract", "permanent contract"},
    {Fact::PersonContractType, "temporary", "tijdelijk contract", "temporary contract"},
    {Fact::PersonContractType, "on_call", "oproepcontract", "on-call contract"},
    {Fact::PersonContractType, "agency", "uitzendwerk", "agency work"},
    {Fact::PersonDismissal, "none", "geen ontslag", "no dismissal"},
    {Fact::PersonDismissal, "threatened", "ontslag dreigt", "dismissal threatened"},
    {Fact::PersonDismissal, "dismissed", "ontslagen", "dismissed"},
    {Fact::CourseType, "diploma", "diploma", "diploma"},
    {Fact::CourseType, "certificate", "certificaat", "certificate"},
    {Fact::CourseType, "course", "cursus", "course"},
    {Fact::CourseType, "evc", "evc", "accreditation of prior learning (evc)"},
    {Fact::CourseQuality, "ocw", "erkend door OCW", "recognised by the ministry (OCW)"},
    {Fact::CourseQuality, "nrto", "NRTO-keurmerk", "NRTO quality mark"},
    {Fact::CourseQuality, "nlqf", "NLQF-niveau", "NLQF level"},
    {Fact::CourseQuality, "branch", "erkend door de branche", "recognised by the industry"},
    {Fact::CourseQuality, "evc", "EVC-aanbieder", "EVC provider"},
    {Fact::CourseTrack, "mbo_bol", "mbo-bol", "mbo bol (school-based)"},
    {Fact::CourseTrack, "mbo_bbl", "mbo-bbl", "mbo bbl (work-based)"},
    {Fact::CourseTrack, "hbo", "hbo", "hbo (higher professional)"},
    {Fact::CourseTrack, "wo", "wo", "wo (university)"},
    {Fact::CourseTrack, "private", "particuliere opleiding", "private training"},
    {Fact::CourseTopic, "digital", "digitaal", "digital"},
    {Fact::CourseTopic, "technical", "techniek", "technical"},
    {Fact::CourseTopic, "language", "taal", "language"},
    {Fact::CourseTopic, "care", "zorg", "care"},
    {Fact::CourseTopic, "management", "leidinggeven", "management"},
    {Fact::CourseTopic, "other", "ander onderwerp", "other topic"},
    {Fact::CourseAim, "required_for_job", "verplicht voor uw werk", "required for your job"},
    {Fact::CourseAim, "current_job", "voor uw huidige werk", "for your current job"},
    {Fact::CourseAim, "future_job", "voor ander werk", "for a future job"},
    {Fact::CourseAim, "personal", "voor uzelf", "personal"},
    // Facts for real schemes (issue 15).
    {Fact::PersonBenefits, "ww", "WW-uitkering", "unemployment benefit (WW)"},
    {Fact::PersonBenefits, "bijstand", "bijstandsuitkering", "social assistance (bijstand)"},
    {Fact::PersonBenefits, "wia", "WIA-uitkering", "disability benefit (WIA)"},
    {Fact::PersonBenefits, "wajong", "Wajong-uitkering", "young disabled benefit (Wajong)"},
    {Fact::PersonBenefits, "ziektewet", "Ziektewet-uitkering", "sickness benefit (Ziektewet)"},
    {Fact::CourseCategory, "vca", "VCA", "VCA (safety)"},
    {Fact::CourseCategory, "bhv", "BHV", "company emergency response (BHV)"},
    {Fact::CourseCategory, "ehbo", "EHBO", "first aid (EHBO)"},
    {Fact::CourseCategory, "safety_other", "andere wettelijk verplichte veiligheidscursus",
     "other legally required safety course"},
    {Fact::CourseCategory, "code95", "code 95", "code 95 (professional drivers)"},
    {Fact::CourseCategory, "driving_licence", "rijbewijs", "driving licence"},
    {Fact::CourseCategory, "hobby", "hobbycursus", "hobby course"},
    {Fact::CourseCategory, "inburgering", "inburgeringscursus", "civic integration course"},
    {Fact::CourseCategory, "other", "gewone opleiding", "regular course"},
};

// The label of a contract code, or nullptr when the table has none.
const char* word_for(Fact fact, const std::string& code, bool nl) {
    for (const Words& w : kWords) {
        if (w.fact == fact && code == w.code) return nl ? w.nl : w.en;
    }
    return nullptr;
}

std::string symbol_text(const Catalogue::Impl& impl, Fact fact, std::int32_t symbol, bool nl) {
    if (symbol < 0) return nl ? "onbekend" : "unknown";
    const FactType type = fact_info(fact).type;
    if (type == FactType::Enum || type == FactType::Set) {
        if (const char* w = word_for(fact, impl.symbols[static_cast<std::size_t>(symbol)], nl)) return w;
    }
    if (fact == Fact::PersonSector) {
        const std::int32_t entry = impl.sector_of_symbol[static_cast<std::size_t>(symbol)];
        if (entry >= 0) {
            const Text& name = impl.spec.sectors[static_cast<std::size_t>(entry)].name;
            return nl ? name.nl : name.en;
        }
    }
    return impl.symbols[static_cast<std::size_t>(symbol)];
}

// Several values in one placeholder: each in single quotes, the last joined by "of"/"or" (a
// choice, `in`) or "en"/"and" (all of them, the case's quality marks). Labels such as
// "Techniek, bouw en energie" contain commas, so a bare ", " would not show where one ends.
// A single value stays bare. docs/engine.md "Reasons".
std::string join_values(const std::vector<std::string>& items, const char* last_joiner) {
    if (items.size() == 1) return items[0];
    std::string s;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0) s += k + 1 == items.size() ? std::string(" ") + last_joiner + " " : ", ";
        s += "‘" + items[k] + "’";
    }
    return s;
}

std::string bool_text(bool b, bool nl) {
    return b ? (nl ? "ja" : "yes") : (nl ? "nee" : "no");
}

std::string case_value_text(const EvalContext& ctx, const Case& c, Fact fact, bool nl) {
    const FactValues& f = *ctx.facts;
    const auto i = static_cast<std::size_t>(fact);
    if (is_keyed(fact)) return nl ? "per lijst of regeling" : "per list or scheme";  // never one value
    if (!f.known[i]) return nl ? "onbekend" : "unknown";
    const Catalogue::Impl& impl = *ctx.impl;
    switch (fact_info(fact).type) {
        case FactType::Integer:
        case FactType::Number:
            return number_text(f.num[i], nl);
        case FactType::Boolean:
            return bool_text(f.sym[i] != 0, nl);
        case FactType::Date:
            return format_iso_date(Date{f.sym[i]});
        case FactType::Set: {
            const std::optional<std::vector<std::string>>& set =
                fact == Fact::PersonBenefits ? c.person.benefits : c.course.quality;
            if (!set || set->empty()) return nl ? "geen" : "none";
            std::vector<std::string> marks;
            for (const std::string& q : *set) {
                const char* w = word_for(fact, q, nl);
                marks.push_back(w ? w : q);
            }
            return join_values(marks, nl ? "en" : "and");
        }
        default: {
            const std::int32_t sym = f.sym[i];
            if (sym >= 0) return symbol_text(impl, fact, sym, nl);
            // A string no rule mentions (only municipality can be one): show it as given.
            if (fact == Fact::PersonMunicipality && c.person.municipality) return *c.person.municipality;
            return nl ? "onbekend" : "unknown";
        }
    }
}

std::string limit_text(const EvalContext& ctx, const CNode& node, bool nl) {
    bool found = true;
    const Span span = operand_values(ctx, ctx.impl->operands[node.a], found);
    if (!found) return nl ? "geen waarde op deze datum" : "no value for this date";
    const FactType type = fact_info(node.fact).type;
    std::vector<std::string> items;
    items.reserve(span.count);
    for (std::uint32_t k = 0; k < span.count; ++k) {
        const CValue& v = ctx.impl->values[span.begin + k];
        if (type == FactType::Integer || type == FactType::Number)
            items.push_back(number_text(v.num, nl));
        else if (type == FactType::Boolean)
            items.push_back(bool_text(v.i != 0, nl));
        else if (type == FactType::Date) {
            // Open ends of a window are dates far away: show them as open.
            items.push_back((v.i < -300000 || v.i > 2000000) ? "…" : format_iso_date(Date{v.i}));
        } else
            items.push_back(symbol_text(*ctx.impl, node.fact, v.i, nl));
    }
    if (node.op == Op::Between && items.size() == 2) return items[0] + " – " + items[1];
    return join_values(items, nl ? "of" : "or");
}

// Fills a template in one pass: each placeholder's text is made only if the template uses it
// (most templates use none or one), and nothing is searched twice.
template <typename Value, typename Limit>
std::string fill(const std::string& tmpl, Value value, Limit limit, const char* label) {
    std::string out;
    out.reserve(tmpl.size() + 16);
    std::size_t done = 0;
    for (std::size_t pos = tmpl.find('{'); pos != std::string::npos; pos = tmpl.find('{', pos + 1)) {
        const std::string_view rest = std::string_view(tmpl).substr(pos);
        std::size_t len = 0;
        if (rest.substr(0, 7) == "{value}")
            len = 7;
        else if (rest.substr(0, 7) == "{limit}")
            len = 7;
        else if (rest.substr(0, 6) == "{fact}")
            len = 6;
        if (len == 0) continue;
        out.append(tmpl, done, pos - done);
        if (rest[1] == 'v')
            out += value();
        else if (rest[1] == 'l')
            out += limit();
        else
            out += label;
        done = pos + len;
        pos = done - 1;
    }
    out.append(tmpl, done, std::string::npos);
    return out;
}

// The template without its sentences that show {value}: for a fact that is not known yet. "U bent
// {value} jaar. U moet jonger zijn dan {limit} jaar." would read "U bent onbekend jaar"; the rule
// itself ("U moet jonger zijn dan 57 jaar.") is what a person needs, and the reason's first line
// already says which facts are still open. A sentence ends at '.', '?' or '!' before a space or
// the end of the text. Empty if every sentence shows the value.
std::string without_value_sentences(const std::string& tmpl) {
    std::string out;
    std::size_t start = 0;
    while (start < tmpl.size()) {
        std::size_t end = start;
        while (end < tmpl.size()) {
            const char ch = tmpl[end++];
            if ((ch == '.' || ch == '?' || ch == '!') && (end == tmpl.size() || tmpl[end] == ' ')) break;
        }
        const std::string_view sentence = std::string_view(tmpl).substr(start, end - start);
        if (sentence.find("{value}") == std::string_view::npos) {
            const std::size_t first = sentence.find_first_not_of(' ');
            if (first != std::string_view::npos) {
                if (!out.empty()) out += ' ';
                out += sentence.substr(first);
            }
        }
        start = end;
    }
    return out;
}

}  // namespace

Reason leaf_reason(const EvalContext& ctx, const Case& c, std::uint32_t leaf_node) {
    const CNode& node = ctx.impl->nodes[leaf_node];
    const Condition& spec = *ctx.impl->leaves[node.b].spec;
    const FactInfo& info = fact_info(node.fact);
    // Only a leaf that is still open: a leaf on an unknown fact can be false already (a limit with
    // no value at the reference date), and then its whole text says why.
    const bool open = eval_node(ctx, leaf_node) == Tri::Unknown;
    Reason r;
    for (const bool nl : {true, false}) {
        const std::string& label = nl ? info.label.nl : info.label.en;
        std::string tmpl = nl ? spec.explain.nl : spec.explain.en;
        if (open && tmpl.find("{value}") != std::string::npos) {
            tmpl = without_value_sentences(tmpl);
            if (tmpl.empty()) tmpl = nl ? "Nog niet bekend: {fact}." : "Not known yet: {fact}.";
        }
        (nl ? r.text.nl : r.text.en) = fill(
            tmpl, [&] { return case_value_text(ctx, c, node.fact, nl); },
            [&] { return limit_text(ctx, node, nl); }, label.c_str());
    }
    r.facts.push_back(info.path);
    return r;
}

Reason depends_on_reason(const std::vector<Fact>& facts) {
    Reason r;
    std::string nl, en;
    for (Fact f : facts) {
        const FactInfo& info = fact_info(f);
        nl += (nl.empty() ? "" : ", ") + info.label.nl;
        en += (en.empty() ? "" : ", ") + info.label.en;
        r.facts.push_back(info.path);
    }
    r.text.nl = "Dit hangt nog af van: " + nl + ".";
    r.text.en = "This still depends on: " + en + ".";
    return r;
}

Reason discretionary_reason() {
    Reason r;
    r.text.nl = "De aanbieder beslist per aanvraag of u het krijgt.";
    r.text.en = "The provider decides case by case whether you get it.";
    return r;
}

}  // namespace sw::engine
