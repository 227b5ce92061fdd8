// json_rules_context.h: what the rules parser knows about the whole catalogue while it reads
// schemes and notes (internal to src/rules/). Vocabularies, sets, parameters and scheme ids are
// gathered from every fragment first, so a scheme may use a sector or parameter that another
// fragment defines, and every reference can be checked where it is made.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "json/json_read.h"
#include "json/json_value.h"
#include "stapelwijzer/catalogue.h"

namespace sw::rules {

// Where something was defined, for "also defined in ..." messages.
struct Origin {
    std::string file;
    std::string path;
};

struct SetInfo {
    Origin origin;
    const json::Value* items = nullptr;  // the JSON list (strings), checked where the set is used
};

struct ParamInfo {
    Origin origin;
    // Each period's "value" as written, checked against each use (a fact's type, money, percent).
    std::vector<const json::Value*> values;
};

// Looked up with the JSON tree's string views as well as strings (std::less<>: no string built).
struct RulesContext {
    std::map<std::string, Origin, std::less<>> sectors;
    std::map<std::string, SetInfo, std::less<>> sets;
    std::map<std::string, ParamInfo, std::less<>> params;
    std::map<std::string, Origin, std::less<>> scheme_ids;
};

// What kind of number an amount is: decides its checks and unit.
enum class AmountUnit { Money, Percent, Rate };

// Readers for the parts of a scheme or note. Each reports every problem to `errors` and returns
// what it could read; the caller stops at the first error count change where needed.
struct RulesReader {
    const RulesContext& ctx;
    json::Errors& errors;

    // `in_note`: also accept the note-only leaves { "plan": ... } and { "scheme", "status" }.
    Condition condition(const json::Value& v, const json::Path& path, bool in_note);
    Amount amount(const json::Value& v, const json::Path& path, AmountUnit unit);
    // A parameter or literal value used for `fact` (checked against the fact's type).
    std::optional<Scalar> fact_value(Fact fact, const json::Value& v, const json::Path& path);

private:
    Condition leaf(const json::Value& v, const json::Path& path);
    Operand operand(Fact fact, Op op, const json::Value& v, const json::Path& path);
    std::optional<Scalar> amount_value(const json::Value& v, const json::Path& path, AmountUnit unit);
    // Checks every period of parameter `name` with `check` (which reports to the Errors given);
    // problems are reported at `path`, naming the parameter's period.
    template <typename Check>
    void check_param(const std::string& name, const json::Path& path, Check check);
};

// Parses a scheme (schemes[i]) with the catalogue context.
SchemeSpec read_scheme(const json::Value& v, const json::Path& path, const RulesContext& ctx,
                       json::Errors& errors);
// A scheme's pro_rata, use_limit and budget (rules_json_scheme_limits.cpp), into s.limits; s.kind
// must be read already.
void read_scheme_limits(const json::Value& v, const json::Path& path, json::Errors& errors, SchemeSpec& s);
NoteSpec read_note(const json::Value& v, const json::Path& path, const RulesContext& ctx,
                   json::Errors& errors);

// Provenance and terms (rules_json_scheme_meta.cpp, docs/rules-format.md "Provenance" and
// "Terms"): `confidence` (required), `sources` (at least one) and `terms` of the scheme object `v`.
void read_scheme_meta(const json::Value& v, const json::Path& path, SchemeSpec& s, json::Errors& errors);
// One source { url, title, checked } (a scheme's, or a parameter period's own).
std::optional<Source> read_source(const json::Value& v, const json::Path& path, json::Errors& errors);

// Value of a parameter period or a literal as a Scalar: number, boolean, date (an ISO date
// string) or string. Lists are handled by the caller.
Scalar scalar_of(const json::Value& v);

// Open ends of a `between` window: the format's `null`. Dates far outside any real rule, so
// comparisons need no special case.
Date open_start();
Date open_end();

}  // namespace sw::rules
