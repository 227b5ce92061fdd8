// lint_municipalities.cpp: lint's check of municipality names (docs/rules-format.md "Regions").
// Each region's names are checked on the region's dates, each person.municipality leaf's names (in
// a scheme's condition or an amount's `when`) on its scheme's dates (notes have no dates: not checked), and a
// scheme must not use a region on a date outside the region's `valid`. Paths count schemes and regions within
// their fragment, as lint_catalogue() does.
#include <map>

#include "rules/municipalities.h"
#include "stapelwijzer/rules.h"

namespace sw {

namespace rules {

namespace {

std::string period(Date from, std::optional<Date> to) {
    return format_iso_date(from) + " to " + (to ? format_iso_date(*to) : std::string("(open)"));
}

struct MunicipalityLinter {
    const CatalogueSpec& spec;
    const MunicipalityList& list;
    std::vector<Diagnostic>& errors;
    std::vector<Diagnostic>& warnings;

    void name(const std::string& n, Date from, std::optional<Date> to, const std::string& path) {
        if (auto f = check_municipality(list, n, from, to))
            (f->error ? errors : warnings).push_back(Diagnostic{path, f->message});
    }

    void leaf(const Condition& c, const SchemeSpec& s, const std::string& path) {
        if (c.fact != Fact::PersonMunicipality || !c.operand.param.empty())
            return;  // a parameter: per period, not judged
        if (!c.operand.region.empty()) {
            for (const Region& r : spec.regions) {
                if (r.id != c.operand.region) continue;
                const bool starts_before = s.valid_from < r.valid_from;
                const bool ends_after = r.valid_to && (!s.valid_to || *s.valid_to > *r.valid_to);
                if (starts_before || ends_after)
                    errors.push_back(Diagnostic{path + ".value.region",
                                                "scheme '" + s.id + "' (" + period(s.valid_from, s.valid_to) +
                                                    ") uses region '" + r.id + "' outside its dates (" +
                                                    period(r.valid_from, r.valid_to) + ")"});
            }
            return;  // the names themselves are checked with the region
        }
        for (std::size_t i = 0; i < c.operand.values.size(); ++i)
            if (const auto* n = std::get_if<std::string>(&c.operand.values[i]))
                name(*n, s.valid_from, s.valid_to,
                     path + (c.operand.is_list ? ".value[" + std::to_string(i) + "]" : ".value"));
    }

    void condition(const Condition& c, const SchemeSpec& s, const std::string& path) {
        switch (c.type) {
            case Condition::Type::All:
            case Condition::Type::Any: {
                const std::string group = path + (c.type == Condition::Type::All ? ".all" : ".any");
                for (std::size_t i = 0; i < c.children.size(); ++i)
                    condition(c.children[i], s, group + "[" + std::to_string(i) + "]");
                break;
            }
            case Condition::Type::Not:
                for (const Condition& child : c.children) condition(child, s, path + ".not");
                break;
            case Condition::Type::Leaf:
                leaf(c, s, path);
                break;
            default:
                break;
        }
    }
};

}  // namespace

void lint_municipalities(const CatalogueSpec& spec, const MunicipalityList& list,
                         std::vector<Diagnostic>& errors, std::vector<Diagnostic>& warnings) {
    MunicipalityLinter l{spec, list, errors, warnings};
    std::map<std::string, std::size_t> per_fragment;
    for (const Region& r : spec.regions) {
        const std::string path = r.fragment + ": regions[" + std::to_string(per_fragment[r.fragment]++) + "]";
        for (std::size_t i = 0; i < r.municipalities.size(); ++i)
            l.name(r.municipalities[i], r.valid_from, r.valid_to,
                   path + ".municipalities[" + std::to_string(i) + "]");
    }
    per_fragment.clear();
    for (const SchemeSpec& s : spec.schemes) {
        const std::string path = s.fragment + ": schemes[" + std::to_string(per_fragment[s.fragment]++) + "]";
        l.condition(s.condition, s, path + ".condition");
        // Amounts by case ("percent": [{ "when": … }]) may ask for the municipality too.
        const std::pair<const Amount*, const char*> amounts[] = {
            {&s.formula.amount, ".formula.amount"},
            {&s.formula.percent, ".formula.percent"},
            {&s.formula.rate, ".formula.rate"},
            {&s.formula.threshold, ".formula.threshold"}};
        for (const auto& [amount, name] : amounts)
            for (std::size_t i = 0; i < amount->cases.size(); ++i)
                if (amount->cases[i].when)
                    l.condition(*amount->cases[i].when, s, path + name + "[" + std::to_string(i) + "].when");
    }
}

}  // namespace rules

void lint_municipalities(const Catalogue& catalogue, std::vector<Diagnostic>& errors,
                         std::vector<Diagnostic>& warnings) {
    rules::lint_municipalities(catalogue.spec(), rules::dutch_municipalities(), errors, warnings);
}

}  // namespace sw
