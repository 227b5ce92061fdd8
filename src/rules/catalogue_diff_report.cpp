// catalogue_diff_report.cpp: a CatalogueDiff as text for a fund officer or a reviewer (one
// language) and as JSON for tools (catalogue_diff_text, catalogue_diff_json; docs/cli.md).
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "stapelwijzer/catalogue_diff.h"
#include "text/euro_text.h"

namespace sw {
namespace {

using ojson = nlohmann::ordered_json;

struct Words {
    bool nl;
    const char* operator()(const char* nl_text, const char* en_text) const { return nl ? nl_text : en_text; }
};

std::string money(Cents c, const Words& w) {
    return text::format_euro(c, w.nl ? text::NumberStyle::Dutch : text::NumberStyle::English);
}

// Each label's Dutch and English word; the last row is the word for anything else.
struct Label {
    const char* key;
    const char* nl;
    const char* en;
};

template <std::size_t N>
std::string label(const std::string& key, const Label (&table)[N], const Words& w) {
    for (const Label& l : table)
        if (key == l.key) return w(l.nl, l.en);
    return w(table[N - 1].nl, table[N - 1].en);
}

constexpr Label kKinds[] = {{"amount", "bedrag", "amount"},
                            {"percentage", "percentage", "percentage"},
                            {"period", "periode", "period"},
                            {"condition", "voorwaarde", "condition"},
                            {"text", "tekst", "text"},
                            {"source", "bron", "source"},
                            {"confidence", "zekerheid", "confidence"},
                            {"interaction", "samenloop", "interaction"},
                            {"value", "waarde", "value"},
                            {"", "overig", "other"}};
constexpr Label kStatuses[] = {{"eligible", "komt in aanmerking", "eligible"},
                               {"possible", "misschien", "possible"},
                               {"ineligible", "komt niet in aanmerking", "ineligible"},
                               {"", "niet geldig op die datum", "not valid on that date"}};
constexpr Label kCollections[] = {{"schemes", "regeling", "scheme"},
                                  {"sectors", "sector", "sector"},
                                  {"regions", "regio", "region"},
                                  {"parameters", "parameter", "parameter"},
                                  {"sets", "lijst", "set"},
                                  {"notes", "opmerking", "note"},
                                  {"", "bestand", "file"}};
constexpr Label kChanges[] = {{"added", "toegevoegd", "added"},
                              {"removed", "verwijderd", "removed"},
                              {"ended", "beëindigd", "ended"},
                              {"", "gewijzigd", "changed"}};

std::string kind_label(const std::string& kind, const Words& w) {
    return label(kind, kKinds, w);
}
std::string status_label(const std::string& s, const Words& w) {
    return label(s, kStatuses, w);
}
std::string collection_label(const std::string& c, const Words& w) {
    return label(c, kCollections, w);
}
std::string change_label(const std::string& c, const Words& w) {
    return label(c, kChanges, w);
}

// A value as the reader knows it: money in euros, a percentage with %, a text in quotes, nothing
// as a dash; a list or object as compact JSON.
std::string show(const std::string& compact, const std::string& kind, const Words& w) {
    if (compact.empty()) return w("(geen)", "(none)");
    const auto v = ojson::parse(compact, nullptr, false);
    if (v.is_null()) return "—";
    if (v.is_number() && kind == "amount") return money(std::llround(v.get<double>() * 100.0), w);
    if (v.is_number() && kind == "percentage") {
        std::string n = v.dump();
        if (w.nl) std::replace(n.begin(), n.end(), '.', ',');
        return n + "%";
    }
    return compact;
}

void outcome_lines(const OutcomeChange& o, const Words& w, std::string& out) {
    const OutcomeSummary &a = o.old_outcome, &b = o.new_outcome;
    const std::string arrow = " → ";
    if (a.refused != b.refused) {
        out += std::string("      ") + w("geval geweigerd", "case refused") + ": " +
               (a.refused.empty() ? w("nee", "no") : a.refused) + arrow +
               (b.refused.empty() ? w("nee", "no") : b.refused) + "\n";
    }
    std::set<std::string> ids;
    for (const auto& [id, s] : a.statuses) ids.insert(id);
    for (const auto& [id, s] : b.statuses) ids.insert(id);
    for (const std::string& id : ids) {
        auto x = a.statuses.find(id), y = b.statuses.find(id);
        const std::string sa = x == a.statuses.end() ? "absent" : x->second;
        const std::string sb = y == b.statuses.end() ? "absent" : y->second;
        if (sa != sb) out += "      " + id + ": " + status_label(sa, w) + arrow + status_label(sb, w) + "\n";
    }
    if (a.refused.empty() && b.refused.empty()) {
        if (a.total_cost != b.total_cost)
            out += std::string("      ") + w("totale kosten", "total cost") + ": " + money(a.total_cost, w) +
                   arrow + money(b.total_cost, w) + "\n";
        if (a.own_payment != b.own_payment)
            out += std::string("      ") + w("eigen betaling", "own payment") + ": " +
                   money(a.own_payment, w) + arrow + money(b.own_payment, w) + "\n";
    }
    std::set<std::string> payers;
    for (const auto& [id, c] : a.payments) payers.insert(id);
    for (const auto& [id, c] : b.payments) payers.insert(id);
    for (const std::string& id : payers) {
        auto x = a.payments.find(id), y = b.payments.find(id);
        const std::string pa = x == a.payments.end() ? "—" : money(x->second, w);
        const std::string pb = y == b.payments.end() ? "—" : money(y->second, w);
        if (pa != pb)
            out += std::string("      ") + w("in het plan", "in the plan") + " " + id + ": " + pa + arrow +
                   pb + "\n";
    }
}

ojson summary_json(const OutcomeSummary& s) {
    ojson j;
    if (!s.refused.empty()) {
        j["refused"] = s.refused;
        return j;
    }
    j["statuses"] = s.statuses;
    j["total_cost_cents"] = s.total_cost;
    j["own_payment_cents"] = s.own_payment;
    ojson pays = ojson::object();
    for (const auto& [id, c] : s.payments) pays[id] = c;
    j["payments_cents"] = pays;
    if (s.best_case_own_payment) j["best_case_own_payment_cents"] = *s.best_case_own_payment;
    return j;
}

}  // namespace

std::string catalogue_diff_text(const CatalogueDiff& d, const std::string& lang) {
    const Words w{lang != "en"};
    std::string out;
    out += std::string(w("Oud:   ", "Old:   ")) + d.old_label + "\n";
    out += std::string(w("Nieuw: ", "New:   ")) + d.new_label + "\n";
    if (d.definitions.empty()) {
        out += std::string("\n") + w("De regels zijn gelijk.", "The rules are the same.") + "\n";
    } else {
        out += std::string("\n") + w("Wijzigingen in de regels", "Changes to the rules") + " (" +
               std::to_string(d.definitions.size()) + ")\n";
        for (const DefinitionChange& c : d.definitions) {
            const char* mark = c.change == "added" ? "+" : c.change == "removed" ? "-" : "~";
            out += std::string("  ") + mark + " " + collection_label(c.collection, w) + " " + c.id;
            if (c.collection != "fragments") out += " (" + c.fragment + ")";
            out += ": " + change_label(c.change, w);
            const std::string& name = w.nl ? c.name.nl : c.name.en;
            if (!name.empty()) out += " — " + name;
            out += "\n";
            for (const ValueChange& v : c.values) {
                out += "      " + kind_label(v.kind, w) + " " + v.path + ": " + show(v.old_json, v.kind, w) +
                       " → " + show(v.new_json, v.kind, w) + "\n";
            }
        }
    }
    if (d.tests_run) {
        out += "\n";
        if (d.outcomes.empty()) {
            out += std::string(w("Geen testgeval krijgt een andere uitkomst",
                                 "No scenario test gets another outcome")) +
                   " (" + std::to_string(d.test_count) + " " + w("uitgevoerd", "run") + ").\n";
        } else {
            out += std::string(
                       w("Testgevallen met een andere uitkomst", "Scenario tests whose outcome changes")) +
                   " (" + std::to_string(d.outcomes.size()) + w(" van ", " of ") +
                   std::to_string(d.test_count) + ")\n";
            for (const OutcomeChange& o : d.outcomes) {
                out += "  " + o.file + " — " + o.name + "\n";
                out += std::string("      ") + w("test van", "test of") + " " +
                       (o.fund.empty() ? std::string(w("onbekend fonds", "unknown fund"))
                                       : o.fund + " (" + o.fragment + ")") +
                       "\n";
                outcome_lines(o, w, out);
            }
        }
    }
    out += "\n";
    out += d.empty() ? w("Geen verschillen.", "No differences.")
                     : w("Er zijn verschillen.", "There are differences.");
    out += "\n";
    return out;
}

std::string catalogue_diff_json(const CatalogueDiff& d) {
    ojson j;
    j["old"] = d.old_label;
    j["new"] = d.new_label;
    j["different"] = !d.empty();
    ojson defs = ojson::array();
    for (const DefinitionChange& c : d.definitions) {
        ojson e;
        e["collection"] = c.collection;
        e["id"] = c.id;
        e["file"] = c.fragment;
        e["change"] = c.change;
        if (!c.name.nl.empty() || !c.name.en.empty()) e["name"] = {{"nl", c.name.nl}, {"en", c.name.en}};
        ojson values = ojson::array();
        for (const ValueChange& v : c.values) {
            values.push_back({{"path", v.path},
                              {"kind", v.kind},
                              {"old", v.old_json.empty() ? ojson() : ojson::parse(v.old_json)},
                              {"new", v.new_json.empty() ? ojson() : ojson::parse(v.new_json)}});
        }
        e["values"] = values;
        defs.push_back(e);
    }
    j["changes"] = defs;
    if (d.tests_run) {
        j["tests_run"] = d.test_count;
        ojson outs = ojson::array();
        for (const OutcomeChange& o : d.outcomes) {
            outs.push_back({{"file", o.file},
                            {"name", o.name},
                            {"fund", o.fund},
                            {"fragment", o.fragment},
                            {"old", summary_json(o.old_outcome)},
                            {"new", summary_json(o.new_outcome)}});
        }
        j["outcomes"] = outs;
    }
    return j.dump(2) + "\n";
}

}  // namespace sw
