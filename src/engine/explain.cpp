// explain.cpp: fills leaf explanation templates. Values are shown as the case gave them;
// sector codes as the catalogue's sector names; numbers with a decimal comma in Dutch.
#include "explain.h"

#include <cmath>
#include <cstdio>

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

// Contract enumeration values in plain words (B1 Dutch, English), for {value} and {limit}.
struct Words {
    const char* code;
    const char* nl;
    const char* en;
};
const Words kWords[] = {
    {"employee", "werknemer", "employee"},
    {"jobseeker", "werkzoekende", "job seeker"},
    {"self_employed", "zelfstandige", "self-employed"},
    {"flex_worker", "flexwerker", "flex worker"},
    {"student", "student", "student"},
    {"not_working", "geen werk", "not working"},
    {"permanent", "vast contract", "permanent contract"},
    {"temporary", "tijdelijk contract", "temporary contract"},
    {"on_call", "oproepcontract", "on-call contract"},
    {"agency", "uitzendwerk", "agency work"},
    {"none", "geen ontslag", "no dismissal"},
    {"threatened", "ontslag dreigt", "dismissal threatened"},
    {"dismissed", "ontslagen", "dismissed"},
    {"diploma", "diploma", "diploma"},
    {"certificate", "certificaat", "certificate"},
    {"course", "cursus", "course"},
    {"evc", "evc", "accreditation of prior learning (evc)"},
    {"mbo_bol", "mbo-bol", "mbo bol (school-based)"},
    {"mbo_bbl", "mbo-bbl", "mbo bbl (work-based)"},
    {"hbo", "hbo", "hbo (higher professional)"},
    {"wo", "wo", "wo (university)"},
    {"private", "particuliere opleiding", "private training"},
    {"digital", "digitaal", "digital"},
    {"technical", "techniek", "technical"},
    {"language", "taal", "language"},
    {"care", "zorg", "care"},
    {"management", "leidinggeven", "management"},
    {"other", "ander onderwerp", "other topic"},
    {"required_for_job", "verplicht voor uw werk", "required for your job"},
    {"current_job", "voor uw huidige werk", "for your current job"},
    {"future_job", "voor ander werk", "for a future job"},
    {"personal", "voor uzelf", "personal"},
};

std::string symbol_text(const Catalogue::Impl& impl, Fact fact, std::int32_t symbol, bool nl) {
    if (symbol < 0) return nl ? "onbekend" : "unknown";
    if (fact_info(fact).type == FactType::Enum && fact != Fact::PersonProvince) {
        const std::string& code = impl.symbols[static_cast<std::size_t>(symbol)];
        for (const Words& w : kWords) {
            if (code == w.code) return nl ? w.nl : w.en;
        }
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

std::string bool_text(bool b, bool nl) { return b ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"); }

std::string case_value_text(const EvalContext& ctx, const Case& c, Fact fact, bool nl) {
    const FactValues& f = *ctx.facts;
    const auto i = static_cast<std::size_t>(fact);
    if (!f.known[i]) return nl ? "onbekend" : "unknown";
    const Catalogue::Impl& impl = *ctx.impl;
    switch (fact_info(fact).type) {
        case FactType::Integer:
        case FactType::Number: return number_text(f.num[i], nl);
        case FactType::Boolean: return bool_text(f.sym[i] != 0, nl);
        case FactType::Date: return format_iso_date(Date{f.sym[i]});
        case FactType::Set: {
            if (!c.course.quality || c.course.quality->empty()) return nl ? "geen" : "none";
            std::string s;
            for (const std::string& q : *c.course.quality) s += (s.empty() ? "" : ", ") + q;
            return s;
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
    std::string s;
    for (std::uint32_t k = 0; k < span.count; ++k) {
        const CValue& v = ctx.impl->values[span.begin + k];
        std::string one;
        if (type == FactType::Integer || type == FactType::Number) one = number_text(v.num, nl);
        else if (type == FactType::Boolean) one = bool_text(v.i != 0, nl);
        else if (type == FactType::Date) {
            // Open ends of a window are dates far away: show them as open.
            one = (v.i < -300000 || v.i > 2000000) ? "…" : format_iso_date(Date{v.i});
        } else one = symbol_text(*ctx.impl, node.fact, v.i, nl);
        if (!s.empty()) s += node.op == Op::Between ? " – " : ", ";
        s += one;
    }
    return s;
}

void replace_all(std::string& s, const std::string& key, const std::string& with) {
    for (std::size_t pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + with.size())) {
        s.replace(pos, key.size(), with);
    }
}

std::string fill(std::string tmpl, const std::string& value, const std::string& limit, const std::string& label) {
    replace_all(tmpl, "{value}", value);
    replace_all(tmpl, "{limit}", limit);
    replace_all(tmpl, "{fact}", label);
    return tmpl;
}

}  // namespace

Reason leaf_reason(const EvalContext& ctx, const Case& c, std::uint32_t leaf_node) {
    const CNode& node = ctx.impl->nodes[leaf_node];
    const Condition& spec = *ctx.impl->leaves[node.b].spec;
    const FactInfo& info = fact_info(node.fact);
    Reason r;
    r.text.nl = fill(spec.explain.nl, case_value_text(ctx, c, node.fact, true), limit_text(ctx, node, true), info.label.nl);
    r.text.en = fill(spec.explain.en, case_value_text(ctx, c, node.fact, false), limit_text(ctx, node, false), info.label.en);
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
