// compile_validate.cpp: defensive validation of a CatalogueSpec. The JSON reader checks the same
// things with file names; this repeats them so a spec built any other way (tests, tools) cannot
// reach evaluation broken. Every problem is reported, each with a JSON-style path.
#include <cmath>
#include <limits>
#include <set>

#include "compile.h"

namespace sw::engine {
namespace {

bool is_kebab(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && id[i + 1] == '-')) return false;
    }
    return true;
}

const char* scalar_type_name(const Scalar& s) {
    switch (s.index()) {
        case 0:
            return "a boolean";
        case 1:
            return "a number";
        case 2:
            return "a string";
        default:
            return "a date";
    }
}

// A JSON-style path, built as a string only when a message needs it: the validator passes one
// down every level of every scheme and almost never reports anything (bench_load).
class Path {
public:
    explicit Path(std::string root) : own_(std::move(root)) {}
    Path(const Path& parent, const char* suffix) : parent_(&parent), suffix_(suffix) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), has_index_(true) {}
    std::string str() const {
        std::string s = parent_ ? parent_->str() : own_;
        s += suffix_;
        if (has_index_) s += "[" + std::to_string(index_) + "]";
        return s;
    }

private:
    const Path* parent_ = nullptr;  // outlives this path: paths live on the call stack
    std::string own_;
    const char* suffix_ = "";
    std::size_t index_ = 0;
    bool has_index_ = false;
};

struct Validator {
    const CatalogueSpec& spec;
    std::vector<Diagnostic>& errors;
    std::set<std::string> sectors, scheme_ids, params, sets;

    void error(const Path& path, const std::string& message) { errors.push_back({path.str(), message}); }
    void error(const char* path, const std::string& message) { errors.push_back({path, message}); }

    void text(const Text& t, const Path& path) {
        if (t.nl.empty()) error(Path(path, ".nl"), "must not be empty");
        if (t.en.empty()) error(Path(path, ".en"), "must not be empty");
    }

    // One literal against the type of `fact`.
    void scalar_for_fact(Fact fact, const Scalar& s, const Path& path) {
        const FactInfo& info = fact_info(fact);
        auto want = [&](const char* type) {
            error(path,
                  std::string("must be ") + type + " for " + info.path + ", not " + scalar_type_name(s));
        };
        switch (info.type) {
            case FactType::Integer:
            case FactType::Number: {
                const double* d = std::get_if<double>(&s);
                if (!d) return want("a number");
                if (!std::isfinite(*d)) error(path, "must be a finite number");
                return;
            }
            case FactType::Boolean:
                if (!std::holds_alternative<bool>(s)) want("true or false");
                return;
            case FactType::Date:
                if (!std::holds_alternative<Date>(s)) want("a date");
                return;
            case FactType::Text: {
                const std::string* str = std::get_if<std::string>(&s);
                if (!str) return want("a string");
                if (str->empty()) error(path, "must not be empty");
                return;
            }
            case FactType::Vocabulary: {
                const std::string* str = std::get_if<std::string>(&s);
                if (!str) return want("a sector code");
                if (!sectors.count(*str))
                    error(path, "unknown sector code \"" + *str + "\": not in the catalogue's sectors");
                return;
            }
            case FactType::Enum:
            case FactType::Set: {
                const std::string* str = std::get_if<std::string>(&s);
                if (!str) return want("a string");
                if (fact == Fact::CourseOnCourseList) {
                    if (!is_kebab(*str)) error(path, "a course list code must be kebab-case");
                    return;
                }
                bool found = false;
                for (const std::string& v : info.values) found = found || v == *str;
                if (!found) error(path, "\"" + *str + "\" is not a value of " + info.path);
                return;
            }
        }
    }

    // The values an operand stands for (literal or every period of a parameter) must fit the leaf.
    void leaf_values(Fact fact, Op op, const std::vector<Scalar>& values, bool is_list, const Path& path) {
        const bool wants_list = op == Op::In || op == Op::NotIn;
        if (op == Op::Between) {
            if (values.size() != 2) return error(path, "between needs [from, to]");
            for (std::size_t i = 0; i < 2; ++i) scalar_for_fact(fact, values[i], Path(path, i));
            const Date* a = std::get_if<Date>(&values[0]);
            const Date* b = std::get_if<Date>(&values[1]);
            if (a && b && *b < *a) error(path, "the window ends before it starts");
            return;
        }
        if (wants_list && !is_list) return error(path, std::string("`") + op_name(op) + "` needs a list");
        if (!wants_list && (is_list || values.size() != 1)) {
            return error(path, std::string("`") + op_name(op) + "` needs one value, not a list");
        }
        if (wants_list && values.empty()) return error(path, "the list must not be empty");
        for (std::size_t i = 0; i < values.size(); ++i) {
            scalar_for_fact(fact, values[i], is_list ? Path(path, i) : path);
        }
    }

    void leaf(const Condition& c, const Path& path) {
        if (static_cast<int>(c.fact) >= kFactCount) return error(Path(path, ".fact"), "unknown fact");
        const FactInfo& info = fact_info(c.fact);
        if (info.internal)
            return error(
                Path(path, ".fact"),
                std::string(info.path) + " is set by a scheme's use_limit or budget, not in a condition");
        if (static_cast<int>(c.op) > static_cast<int>(Op::Between))
            return error(Path(path, ".op"), "unknown operator");
        const bool ordered =
            info.type == FactType::Integer || info.type == FactType::Number || info.type == FactType::Date;
        const bool ordering_op = c.op == Op::Lt || c.op == Op::Le || c.op == Op::Gt || c.op == Op::Ge;
        if (ordering_op && !ordered) {
            error(Path(path, ".op"), std::string("`") + op_name(c.op) +
                                         "` works on numbers and dates only, not on " + info.path);
        } else if (c.op == Op::Between && info.type != FactType::Date) {
            error(Path(path, ".op"), std::string("`between` works on dates only, not on ") + info.path);
        } else if ((c.op == Op::In || c.op == Op::NotIn) &&
                   (info.type == FactType::Boolean || info.type == FactType::Date)) {
            error(Path(path, ".op"), std::string("`") + op_name(c.op) + "` does not work on " + info.path);
        } else if (!c.operand.param.empty()) {
            const std::string& name = c.operand.param;
            if (!c.operand.values.empty())
                error(Path(path, ".value"), "give either values or a parameter, not both");
            if (sets.count(name)) {
                const auto& list = spec.sets.at(name);
                std::vector<Scalar> values(list.begin(), list.end());
                leaf_values(c.fact, c.op, values, true, Path(path, ".value"));
            } else if (!params.count(name)) {
                error(Path(path, ".value"), "unknown parameter or set \"" + name + "\"");
            } else {
                for (const Parameter& p : spec.parameters) {
                    if (p.name != name) continue;
                    for (std::size_t i = 0; i < p.periods.size(); ++i) {
                        leaf_values(c.fact, c.op, p.periods[i].values, p.periods[i].is_list,
                                    Path(Path(path, ".value").str() + " (parameter " + name + "[" +
                                         std::to_string(i) + "])"));
                    }
                }
            }
        } else {
            leaf_values(c.fact, c.op, c.operand.values, c.operand.is_list || c.op == Op::Between,
                        Path(path, ".value"));
        }
        text(c.explain, Path(path, ".explain"));
    }

    void condition(const Condition& c, const Path& path, bool in_note, int depth = 0) {
        if (depth > 64) return error(path, "conditions nest deeper than 64 levels");
        switch (c.type) {
            case Condition::Type::All:
            case Condition::Type::Any: {
                const char* key = c.type == Condition::Type::All ? ".all" : ".any";
                const Path group(path, key);
                for (std::size_t i = 0; i < c.children.size(); ++i) {
                    condition(c.children[i], Path(group, i), in_note, depth + 1);
                }
                return;
            }
            case Condition::Type::Not:
                if (c.children.size() != 1) return error(Path(path, ".not"), "needs exactly one condition");
                return condition(c.children[0], Path(path, ".not"), in_note, depth + 1);
            case Condition::Type::Leaf:
                return leaf(c, path);
            case Condition::Type::SchemeStatus:
                if (!in_note) return error(path, "a scheme-status condition is only allowed in notes");
                if (!scheme_ids.count(c.scheme))
                    error(Path(path, ".scheme"), "unknown scheme \"" + c.scheme + "\"");
                if (c.statuses.empty()) error(Path(path, ".status"), "must list at least one status");
                for (Status st : c.statuses) {
                    if (static_cast<int>(st) > static_cast<int>(Status::Ineligible))
                        error(Path(path, ".status"), "unknown status");
                }
                return;
            case Condition::Type::EmployerContribution:
                if (!in_note) error(path, "a plan condition is only allowed in notes");
                return;
        }
        error(path, "unknown condition type");
    }

    // An amount: money (whole cents, >= 0), a percentage (0-100) or a rate (whole cents per hour).
    void amount(const Amount& a, const Path& path, bool percent, bool required) {
        if (a.cases.empty()) {
            if (required) error(path, "is required");
            return;
        }
        for (std::size_t i = 0; i < a.cases.size(); ++i) {
            const AmountCase& ac = a.cases[i];
            const bool single = a.cases.size() == 1 && !ac.when;
            const Path at = single ? Path(path, "") : Path(path, i);
            if (ac.when) condition(*ac.when, Path(at, ".when"), false);
            if (!ac.when && i + 1 != a.cases.size())
                error(Path(at, ".when"), "only the last case may leave out `when`");
            const Path vpath = single ? Path(at, "") : Path(at, ".value");
            if (!ac.value.param.empty()) {
                if (!params.count(ac.value.param)) {
                    error(vpath, "unknown parameter \"" + ac.value.param + "\"");
                    continue;
                }
                for (const Parameter& p : spec.parameters) {
                    if (p.name != ac.value.param) continue;
                    for (std::size_t k = 0; k < p.periods.size(); ++k) {
                        const ParameterPeriod& period = p.periods[k];
                        const Path ppath(vpath.str() + " (parameter " + p.name + "[" + std::to_string(k) +
                                         "])");
                        if (period.is_list || period.values.size() != 1) {
                            error(ppath, "must be one number");
                        } else {
                            number(period.values[0], ppath, percent);
                        }
                    }
                }
            } else if (ac.value.is_list || ac.value.values.size() != 1) {
                error(vpath, "must be one number");
            } else {
                number(ac.value.values[0], vpath, percent);
            }
        }
    }

    void number(const Scalar& s, const Path& path, bool percent) {
        const double* d = std::get_if<double>(&s);
        if (!d) return error(path, std::string("must be a number, not ") + scalar_type_name(s));
        if (!std::isfinite(*d) || *d < 0) return error(path, "must not be negative");
        if (percent) {
            if (*d > 100) error(path, "a percentage must be between 0 and 100");
            return;
        }
        Cents cents = 0;
        if (!euro_to_cents(*d, cents)) error(path, "must be a whole number of cents");
    }

    void formula(const SchemeSpec& s, const Path& path) {
        const Formula& f = s.formula;
        const bool money_kind = s.kind == Kind::Gift || s.kind == Kind::Obligation;
        switch (f.type) {
            case FormulaType::None:
                if (s.kind != Kind::Service)
                    error(Path(path, ".type"),
                          std::string("a ") + kind_name(s.kind) + " needs a formula that pays");
                break;
            case FormulaType::Fixed:
            case FormulaType::Percentage:
            case FormulaType::PerHour:
                if (!money_kind)
                    error(Path(path, ".type"), std::string("does not fit kind ") + kind_name(s.kind));
                break;
            case FormulaType::Loan:
                if (s.kind != Kind::Loan)
                    error(Path(path, ".type"),
                          std::string("a loan formula needs kind loan, not ") + kind_name(s.kind));
                break;
            case FormulaType::Deduction:
                if (s.kind != Kind::Deduction)
                    error(Path(path, ".type"),
                          std::string("a deduction formula needs kind deduction, not ") + kind_name(s.kind));
                break;
            default:
                error(Path(path, ".type"), "unknown formula type");
                return;
        }
        amount(f.amount, Path(path, ".amount"), false, f.type == FormulaType::Fixed);
        amount(f.percent, Path(path, ".percent"), true, f.type == FormulaType::Percentage);
        amount(f.rate, Path(path, ".rate"), false, f.type == FormulaType::PerHour);
        amount(f.threshold, Path(path, ".threshold"), false, false);
        if (f.cap) {
            if (f.type == FormulaType::Fixed || f.type == FormulaType::None)
                error(Path(path, ".cap"), "this formula takes no cap");
            amount(f.cap->amount, Path(path, ".cap.amount"), false, true);
        }
        if (f.type != FormulaType::Fixed && !f.amount.cases.empty())
            error(Path(path, ".amount"), "only a fixed formula has an amount");
        if (f.type != FormulaType::Percentage && !f.percent.cases.empty())
            error(Path(path, ".percent"), "only a percentage formula has a percent");
        if (f.type != FormulaType::PerHour && !f.rate.cases.empty())
            error(Path(path, ".rate"), "only a per_hour formula has a rate");
        if (f.type != FormulaType::Deduction && !f.threshold.cases.empty())
            error(Path(path, ".threshold"), "only a deduction formula has a threshold");
    }

    void scheme(const SchemeSpec& s, const Path& path) {
        if (!is_kebab(s.id)) error(Path(path, ".id"), "must be kebab-case ([a-z0-9]+(-[a-z0-9]+)*)");
        // Enum fields of a spec built in code can hold any number: refuse what no name stands for.
        if (static_cast<int>(s.kind) > static_cast<int>(Kind::Obligation))
            return error(Path(path, ".kind"), "unknown kind");
        if (static_cast<int>(s.applicant) > static_cast<int>(Applicant::Employer))
            error(Path(path, ".applicant"), "unknown applicant");
        if (static_cast<int>(s.formula.base) > static_cast<int>(Base::Residual))
            error(Path(path, ".formula.base"), "unknown base");
        if (static_cast<int>(s.formula.fixed_per) > static_cast<int>(CapPeriod::Person))
            error(Path(path, ".formula.per"), "unknown period");
        if (s.formula.cap && static_cast<int>(s.formula.cap->per) > static_cast<int>(CapPeriod::Person)) {
            error(Path(path, ".formula.cap.per"), "unknown period");
        }
        text(s.name, Path(path, ".name"));
        text(s.description, Path(path, ".description"));
        if (s.provider.empty()) error(Path(path, ".provider"), "must not be empty");
        if (s.apply_url.rfind("https://", 0) != 0) error(Path(path, ".apply_url"), "must be an https:// URL");
        if (s.valid_to && *s.valid_to < s.valid_from) error(Path(path, ".valid.to"), "is before valid.from");
        condition(s.condition, Path(path, ".condition"), false);
        if (s.kind != Kind::Service && s.covers.empty())
            error(Path(path, ".covers"), "must list at least one cost component");
        std::set<int> seen;
        for (std::size_t i = 0; i < s.covers.size(); ++i) {
            if (static_cast<int>(s.covers[i]) >= kComponentCount)
                error(Path(Path(path, ".covers"), i), "unknown component");
            else if (!seen.insert(static_cast<int>(s.covers[i])).second)
                error(Path(Path(path, ".covers"), i), "listed twice");
        }
        formula(s, Path(path, ".formula"));
        limits(s, path);
        const Interactions& in = s.interactions;
        auto refs = [&](const std::vector<std::string>& ids, const char* key) {
            const Path list(path, key);
            for (std::size_t i = 0; i < ids.size(); ++i) {
                const Path at(list, i);
                if (ids[i] == s.id)
                    error(at, "a scheme cannot refer to itself");
                else if (!scheme_ids.count(ids[i]))
                    error(at, "unknown scheme \"" + ids[i] + "\"");
            }
        };
        refs(in.excludes, ".interactions.excludes");
        refs(in.requires_schemes, ".interactions.requires");
        if (in.cofinancing_max_percent &&
            !(*in.cofinancing_max_percent >= 0 && *in.cofinancing_max_percent <= 100)) {
            error(Path(path, ".interactions.requires_cofinancing"), "a percentage must be between 0 and 100");
        }
    }

    // --- pro_rata, use_limit, budget (scheme_limits.h; docs/rules-format.md).
    void limits(const SchemeSpec& s, const Path& path) {
        const SchemeLimits& l = s.limits;
        const bool pays = s.kind == Kind::Gift || s.kind == Kind::Obligation;
        if (l.pro_rata) {
            const Path p(path, ".pro_rata");
            const double full = l.pro_rata->full_time_hours;
            if (!(full > 0 && full <= 168))
                error(Path(p, ".full_time_hours"), "must be above 0 and at most 168");
            if (l.pro_rata->min_hours && !(*l.pro_rata->min_hours >= 0 && *l.pro_rata->min_hours <= full))
                error(Path(p, ".min_hours"), "must be from 0 to full_time_hours");
            if (!pays) error(p, "only a gift or obligation scheme can be pro rata");
        }
        if (l.use_limit) {
            const Path p(path, ".use_limit");
            const UseLimit& u = *l.use_limit;
            if (static_cast<int>(u.per) > static_cast<int>(UsePeriod::Career))
                error(Path(p, ".per"), "unknown period");
            if (u.times < 1 || u.times > 1000)
                error(Path(p, ".times"), "must be a whole number from 1 to 1000");
            if (u.per == UsePeriod::Years) {
                if (u.years < 1 || u.years > 100)
                    error(Path(p, ".years"), "must be a whole number from 1 to 100");
                if (u.times != 1) error(Path(p, ".times"), "must be 1 for a limit per number of years");
            } else if (u.years != 0) {
                error(Path(p, ".years"), "only a limit per number of years has years");
            }
        }
        if (l.budget) {
            const Path p(path, ".budget");
            const CompanyBudget& b = *l.budget;
            Cents unused = 0;
            if (!(b.base >= 0) || !euro_to_cents(b.base, unused))
                error(Path(p, ".base"), "must be whole cents, not negative");
            if (!(b.per_employee >= 0) || !euro_to_cents(b.per_employee, unused))
                error(Path(p, ".per_employee"), "must be whole cents, not negative");
            if (!(b.wage_bill_percent >= 0 && b.wage_bill_percent <= 100))
                error(Path(p, ".wage_bill_percent"), "a percentage must be between 0 and 100");
            if (!(b.base > 0 || b.per_employee > 0 || b.wage_bill_percent > 0))
                error(p, "needs base, per_employee or wage_bill_percent above 0");
            if (!pays) error(p, "only a gift or obligation scheme can pay from a company budget");
        }
    }

    void parameter(const Parameter& p, const Path& path) {
        if (p.periods.empty()) error(path, "needs at least one period");
        for (std::size_t i = 0; i < p.periods.size(); ++i) {
            const ParameterPeriod& a = p.periods[i];
            const Path at(path, i);
            if (a.from && a.to && *a.to < *a.from) error(Path(at, ".to"), "is before from");
            if (a.values.empty()) error(Path(at, ".value"), "is required");
            if (!a.is_list && a.values.size() > 1) error(Path(at, ".value"), "several values need a list");
            for (std::size_t k = 0; k < i; ++k) {
                const ParameterPeriod& b = p.periods[k];
                const std::int32_t af = a.from ? a.from->days : INT32_MIN,
                                   at_ = a.to ? a.to->days : INT32_MAX;
                const std::int32_t bf = b.from ? b.from->days : INT32_MIN, bt = b.to ? b.to->days : INT32_MAX;
                if (af <= bt && bf <= at_) error(at, "overlaps period " + std::to_string(k));
            }
        }
    }

    void run() {
        if (spec.id.empty()) error("catalogue", "must not be empty");
        if (spec.version.empty()) error("version", "must not be empty");
        const Path sectors_path("sectors"), schemes("schemes"), notes("notes");
        std::set<std::string> names;  // sector codes, sets, parameters, schemes, notes share one namespace
        auto unique = [&](const std::string& id, const Path& path) {
            if (!names.insert(id).second) error(path, "duplicate id \"" + id + "\"");
        };
        for (std::size_t i = 0; i < spec.sectors.size(); ++i) {
            const Path at(sectors_path, i);
            if (spec.sectors[i].code.empty()) error(Path(at, ".code"), "must not be empty");
            unique(spec.sectors[i].code, Path(at, ".code"));
            sectors.insert(spec.sectors[i].code);
            text(spec.sectors[i].name, Path(at, ".name"));
        }
        for (const auto& [name, values] : spec.sets) {
            unique(name, Path("sets." + name));
            sets.insert(name);
            if (values.empty()) error(Path("sets." + name), "must not be empty");
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (values[i].empty())
                    error(Path("sets." + name + "[" + std::to_string(i) + "]"), "must not be empty");
            }
        }
        for (const Parameter& p : spec.parameters) {
            unique(p.name, Path("parameters." + p.name));
            params.insert(p.name);
        }
        for (std::size_t i = 0; i < spec.schemes.size(); ++i) {
            unique(spec.schemes[i].id, Path(Path(schemes, i), ".id"));
            scheme_ids.insert(spec.schemes[i].id);
        }
        for (std::size_t i = 0; i < spec.notes.size(); ++i)
            unique(spec.notes[i].id, Path(Path(notes, i), ".id"));
        for (const Parameter& p : spec.parameters) parameter(p, Path("parameters." + p.name));
        for (std::size_t i = 0; i < spec.schemes.size(); ++i) scheme(spec.schemes[i], Path(schemes, i));
        for (std::size_t i = 0; i < spec.notes.size(); ++i) {
            const Path at(notes, i);
            if (!is_kebab(spec.notes[i].id)) error(Path(at, ".id"), "must be kebab-case");
            text(spec.notes[i].text, Path(at, ".text"));
            condition(spec.notes[i].when, Path(at, ".when"), true);
        }
    }
};

}  // namespace

bool euro_to_cents(double euro, Cents& cents) {
    // Up to ten billion euro, doubles resolve far below a cent, so 1e-4 cent only absorbs the
    // binary noise of decimal input (12650.04 * 100 = 1265004.0000000002) and refuses 100.005.
    if (!std::isfinite(euro) || std::fabs(euro) > 1e10) return false;
    const double scaled = euro * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-4) return false;
    cents = static_cast<Cents>(rounded);
    return true;
}

void validate_spec(const CatalogueSpec& spec, std::vector<Diagnostic>& errors) {
    Validator v{spec, errors, {}, {}, {}, {}};
    v.run();
}

}  // namespace sw::engine
