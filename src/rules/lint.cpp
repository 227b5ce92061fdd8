// lint.cpp: lint_catalogue(), the checks of `stapelwijzer lint` beyond what loading refuses.
// Findings are named "<fragment>: schemes[i]..." with i counted within that fragment, so they
// point into the file the fragment's owner edits.
#include <algorithm>
#include <map>

#include "lint_provenance.h"
#include "lint_satisfiable.h"
#include "stapelwijzer/rules.h"

namespace sw {

namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

struct Linter {
    const CatalogueSpec& spec;
    std::vector<Diagnostic> out;

    void add(std::string path, std::string message) { out.push_back(Diagnostic{std::move(path), std::move(message)}); }

    void text(const Text& t, const std::string& path) {
        if (blank(t.nl) && blank(t.en)) add(path, "has no text in either language");
        else if (blank(t.nl)) add(path + ".nl", "Dutch text is missing (every text needs nl and en)");
        else if (blank(t.en)) add(path + ".en", "English text is missing (every text needs nl and en)");
    }

    void condition_texts(const Condition& c, const std::string& path) {
        switch (c.type) {
            case Condition::Type::All:
            case Condition::Type::Any: {
                const std::string group = path + (c.type == Condition::Type::All ? ".all" : ".any");
                for (std::size_t i = 0; i < c.children.size(); ++i)
                    condition_texts(c.children[i], group + "[" + std::to_string(i) + "]");
                break;
            }
            case Condition::Type::Not:
                for (const Condition& child : c.children) condition_texts(child, path + ".not");
                break;
            case Condition::Type::Leaf: text(c.explain, path + ".explain"); break;
            default: break;
        }
    }

    void amount_texts(const Amount& a, const std::string& path) {
        for (std::size_t i = 0; i < a.cases.size(); ++i)
            if (a.cases[i].when) condition_texts(*a.cases[i].when, path + "[" + std::to_string(i) + "].when");
    }

    void scheme(const SchemeSpec& s, const std::string& path) {
        auto sat = lint::check_satisfiable(s.condition, spec, s.valid_from, s.valid_to);
        if (!sat.satisfiable)
            add(path + ".condition",
                "scheme '" + s.id + "' can never be eligible: its conditions contradict each other" +
                    (sat.conflict.empty() ? std::string(" (an empty 'any' is never true)")
                                          : " (on " + sat.conflict + ")"));
        lint::check_provenance(s, path, out);  // home pages; no source at all is a load error
        for (std::size_t i = 0; i < s.sources.size(); ++i)
            if (blank(s.sources[i].title)) add(path + ".sources[" + std::to_string(i) + "].title", "is empty");
        text(s.name, path + ".name");
        text(s.description, path + ".description");
        condition_texts(s.condition, path + ".condition");
        amount_texts(s.formula.amount, path + ".formula.amount");
        amount_texts(s.formula.percent, path + ".formula.percent");
        amount_texts(s.formula.rate, path + ".formula.rate");
        amount_texts(s.formula.threshold, path + ".formula.threshold");
        if (s.formula.cap) amount_texts(s.formula.cap->amount, path + ".formula.cap.amount");
        real_scheme_checks(s, path);
    }

    // --- Real schemes (issue 15): a limit that cannot do anything. (person.years_of_service in a
    // rule is not reported: the Dutch catalogue still uses it; docs/rules-format.md says which of
    // the two new facts to write instead.)
    void real_scheme_checks(const SchemeSpec& s, const std::string& path) {
        if (s.limits.pro_rata && s.formula.type != FormulaType::Fixed && !s.formula.cap)
            add(path + ".pro_rata", "scales nothing: the formula has neither a fixed amount nor a cap");
    }

    // Gaps between periods: a reference date there has no value (a leaf using it is false).
    void parameter(const Parameter& p) {
        std::vector<const ParameterPeriod*> periods;
        for (const ParameterPeriod& pp : p.periods) periods.push_back(&pp);
        std::stable_sort(periods.begin(), periods.end(), [](auto* a, auto* b) {
            return (a->from ? a->from->days : INT32_MIN) < (b->from ? b->from->days : INT32_MIN);
        });
        for (std::size_t i = 1; i < periods.size(); ++i) {
            const ParameterPeriod& prev = *periods[i - 1];
            const ParameterPeriod& next = *periods[i];
            if (prev.to && next.from && next.from->days > prev.to->days + 1)
                add("parameters." + p.name, "has no value from " + format_iso_date(Date{prev.to->days + 1}) + " to " +
                                                format_iso_date(Date{next.from->days - 1}) +
                                                " (a gap between two periods)");
        }
    }
};

}  // namespace

std::vector<Diagnostic> lint_catalogue(const Catalogue& catalogue) {
    const CatalogueSpec& spec = catalogue.spec();
    Linter l{spec, {}};
    std::map<std::string, std::size_t> per_fragment;
    for (const SchemeSpec& s : spec.schemes) {
        const std::size_t i = per_fragment[s.fragment]++;
        l.scheme(s, s.fragment + ": schemes[" + std::to_string(i) + "]");
    }
    for (const Parameter& p : spec.parameters) {
        l.parameter(p);
        lint::check_provenance(p, l.out);
    }
    for (std::size_t i = 0; i < spec.notes.size(); ++i)
        l.text(spec.notes[i].text, "notes[" + std::to_string(i) + "] (" + spec.notes[i].id + ").text");
    return l.out;
}

}  // namespace sw
