// stapelwijzer/catalogue.h: a rules catalogue as plain data (what the rules JSON says), and the
// compiled, immutable Catalogue the engine evaluates. src/rules/ fills a CatalogueSpec from JSON
// and validates it with JSON paths; compile() checks it once more (never trusts its caller) and
// builds the compact form. Format: docs/rules-format.md.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "stapelwijzer/facts.h"
#include "stapelwijzer/scheme_limits.h"
#include "stapelwijzer/scheme_meta.h"
#include "stapelwijzer/types.h"

namespace sw {

// One literal in a rule: a number, a boolean, a string (enum value, code) or a date.
using Scalar = std::variant<bool, double, std::string, Date>;

// The right-hand side of a condition leaf or an amount: literal scalar(s) or a named, dated
// parameter resolved at the reference date.
struct Operand {
    std::vector<Scalar> values;  // one value, or the list for in / not_in / between
    bool is_list = false;
    std::string param;  // non-empty: take the value(s) from this parameter instead
    // Non-empty: `values` are the municipalities of this region (resolved at load, so the engine
    // never looks at it; lint checks the region's dates against the scheme's).
    std::string region;
};

enum class Op : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Between };
const char* op_name(Op op);  // "=", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"
std::optional<Op> op_from_name(std::string_view name);
// Whether a condition leaf may compare a fact of `type` with `op` (docs/rules-format.md; loading
// refuses any other pair; src/rules/rules_json_condition.cpp). The rules workbench offers only these.
bool op_allowed(FactType type, Op op);

struct Condition {
    enum class Type : std::uint8_t {
        All,
        Any,
        Not,
        Leaf,
        // Only in note conditions:
        SchemeStatus,          // `scheme` has one of `statuses` in this result
        EmployerContribution,  // the plan has a contribution from an employer or obligation scheme
    };
    Type type = Type::All;
    std::vector<Condition> children;  // All, Any: any number; Not: exactly one
    // Leaf
    Fact fact = Fact::PersonAge;
    Op op = Op::Eq;
    Operand operand;
    // The explanation shown for this leaf. Placeholders: {value} the person's or course's value,
    // {limit} the rule's value(s), {fact} the fact's label.
    Text explain;
    // SchemeStatus
    std::string scheme;
    std::vector<Status> statuses;
};

// A number that may depend on the case: the first case whose `when` holds gives the value.
// Units: money in euro (converted to cents, whole cents), percentages in percent, rates in euro per
// hour. A plain value is one case without `when`.
struct AmountCase {
    std::optional<Condition> when;
    Operand value;
};
struct Amount {
    std::vector<AmountCase> cases;
};

enum class FormulaType : std::uint8_t { None, Fixed, Percentage, PerHour, Loan, Deduction };
enum class Base : std::uint8_t { Gross, Residual };
enum class CapPeriod : std::uint8_t { Course, Year, Person };

struct Cap {
    Amount amount;
    CapPeriod per = CapPeriod::Course;
};

struct Formula {
    FormulaType type = FormulaType::None;
    Amount amount;  // Fixed: the amount (a cap per `fixed_per`)
    CapPeriod fixed_per = CapPeriod::Course;
    Amount percent;  // Percentage
    Base base = Base::Gross;
    Amount rate;             // PerHour: euro per course hour
    Amount threshold;        // Deduction: only own-paid costs above this count
    std::optional<Cap> cap;  // Percentage, PerHour, Loan, Deduction
};

struct Interactions {
    std::vector<std::string> excludes;
    bool exclusive = false;
    bool subsidiary = false;
    std::vector<std::string> requires_schemes;
    bool not_if_fully_reimbursed = false;
    bool own_costs_only = false;
    std::optional<double> cofinancing_max_percent;  // requires_cofinancing: pays at most this %
};

struct Source {
    std::string url;
    std::string title;
    Date checked;
    // The year the page itself is of (its date, or the year whose values it states), when known:
    // `checked` may be only the day it was read. docs/coverage.md counts confirmations by it.
    std::optional<int> page_year;
    // true: the page shows only that the scheme (its cao or regulation) runs, not its amounts
    // or conditions ("scope": "period"); false: it states them ("values", the default).
    bool period_only = false;

    // A constructor, so that `Source{url, title, checked}` keeps working without naming the
    // optional fields (aggregate initialisation would warn about them under -Wextra).
    Source() = default;
    Source(std::string u, std::string t, Date c, std::optional<int> year = std::nullopt, bool period = false)
        : url(std::move(u)), title(std::move(t)), checked(c), page_year(year), period_only(period) {}
};

struct SchemeSpec {
    std::string id;
    std::string fragment;  // which rules fragment it came from
    Text name;
    Text description;
    std::string provider;
    Kind kind = Kind::Gift;
    Applicant applicant = Applicant::Person;
    std::string apply_url;
    Date valid_from;
    std::optional<Date> valid_to;
    bool discretionary = false;
    bool indicative = false;  // confidence "indicative": users are told to check with the provider
    Condition condition;      // an empty All is "always"
    std::vector<Component> covers;
    Formula formula;
    int priority = 0;
    Interactions interactions;
    std::vector<Source> sources;
    // Provenance and terms (scheme_meta.h): `confidence` is required in the rules JSON;
    // `indicative` above is true for every confidence but `confirmed`.
    Confidence confidence = Confidence::Confirmed;
    SchemeDeadlines deadlines;
    SchemeLimits limits;  // pro_rata, use_limit, budget (scheme_limits.h)
};

struct ParameterPeriod {
    std::optional<Date> from, to;  // inclusive; open ends allowed
    std::vector<Scalar> values;
    bool is_list = false;
    std::optional<Source> source;  // where this period's value comes from, when not the scheme's own source
};
struct Parameter {
    std::string name;
    std::vector<ParameterPeriod> periods;
};

// A named, dated set of municipalities (docs/rules-format.md "Regions"), defined once in any
// fragment and used by any leaf on person.municipality as { "region": id }.
struct Region {
    std::string id;
    std::string fragment;  // which rules fragment defines it
    Text name;
    Date valid_from;
    std::optional<Date> valid_to;  // inclusive; open = still valid
    std::vector<std::string> municipalities;
    std::vector<Source> sources;
};

struct VocabularyEntry {
    std::string code;
    Text name;
};

struct NoteSpec {
    std::string id;
    Text text;
    Condition when;
};

struct CatalogueSpec {
    std::string id;       // "nl"
    std::string version;  // "2026.11.1"
    std::vector<VocabularyEntry> sectors;
    std::map<std::string, std::vector<std::string>> sets;  // named value lists ("twente")
    std::vector<Parameter> parameters;
    std::vector<Region> regions;  // in bundle order
    std::vector<SchemeSpec> schemes;
    std::vector<NoteSpec> notes;  // shown in this order
};

// A problem found in a catalogue: `path` is a JSON path ("schemes[3].formula.cap").
struct Diagnostic {
    std::string path;
    std::string message;
};

class Catalogue {
public:
    // Validates and compiles. On any error returns nullptr and fills `errors` (all of them).
    static std::shared_ptr<const Catalogue> compile(CatalogueSpec spec, std::vector<Diagnostic>& errors);

    const CatalogueSpec& spec() const;
    const SchemeSpec* find_scheme(const std::string& id) const;
    ~Catalogue();

    struct Impl;
    const Impl& impl() const { return *impl_; }

private:
    Catalogue();
    std::unique_ptr<Impl> impl_;
};

}  // namespace sw
