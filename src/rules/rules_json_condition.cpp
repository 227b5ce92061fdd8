// rules_json_condition.cpp: conditions, operands and amounts of the rules format
// (docs/rules-format.md "Conditions", "Amounts"), checked against each fact's type and the
// catalogue's vocabularies, sets and parameters.
#include <algorithm>

#include "json/json_number.h"
#include "json_rules_context.h"
#include "stapelwijzer/facts.h"

namespace sw::rules {

using json::Value;

Date open_start() {
    return date_from_ymd(1, 1, 1);
}
Date open_end() {
    return date_from_ymd(9999, 12, 31);
}

Scalar scalar_of(const Value& v) {
    if (v.is_bool()) return v.boolean;
    if (v.is_number()) return v.number;
    std::string text(v.text());
    if (auto d = parse_iso_date(text)) return *d;
    return text;
}

namespace {

bool is_ordering(Op op) {
    return op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge;
}
bool is_list_op(Op op) {
    return op == Op::In || op == Op::NotIn;
}

}  // namespace

template <typename Check>
void RulesReader::check_param(const std::string& name, const json::Path& path, Check check) {
    auto it = ctx.params.find(name);
    if (it == ctx.params.end()) {
        errors.add(path, "unknown parameter '" + name + "'");
        return;
    }
    const ParamInfo& p = it->second;
    for (std::size_t i = 0; i < p.values.size(); ++i) {
        std::vector<Diagnostic> found;
        json::Errors inner(found, "");
        check(*p.values[i], inner);
        for (const Diagnostic& d : found)
            errors.add(path, "parameter '" + name + "' (" + p.origin.file + ": " +
                                 json::at(p.origin.path, i) + ".value) " + d.message);
    }
}

std::optional<Scalar> RulesReader::fact_value(Fact fact, const Value& v, const json::Path& path) {
    const FactInfo& info = fact_info(fact);
    switch (info.type) {
        case FactType::Integer: {
            std::int64_t n = 0;
            if (!v.is_number() || !json::literal_is_whole(v.text(), n)) {
                errors.add(path, json::wrong_type("a whole number", v));
                return std::nullopt;
            }
            return static_cast<double>(n);
        }
        case FactType::Number:
            if (!v.is_number()) {
                errors.add(path, json::wrong_type("a number", v));
                return std::nullopt;
            }
            return v.number;
        case FactType::Boolean:
            if (!v.is_bool()) {
                errors.add(path, json::wrong_type("true or false", v));
                return std::nullopt;
            }
            return v.boolean;
        case FactType::Enum:
        case FactType::Set:
            if (fact == Fact::CourseOnCourseList) {  // codes of the funds' course lists: any kebab-case
                if (!v.is_string() || !json::is_kebab_id(v.text())) {
                    errors.add(path, json::wrong_type("a course list code (kebab-case, e.g. 'oom')", v));
                    return std::nullopt;
                }
                return std::string(v.text());
            }
            if (!v.is_string() ||
                std::find(info.values.begin(), info.values.end(), v.text()) == info.values.end()) {
                errors.add(path, "is not a value of " + std::string(info.path) + ": " +
                                     json::not_one_of(info.values, v));
                return std::nullopt;
            }
            return std::string(v.text());
        case FactType::Vocabulary:
            if (!v.is_string()) {
                errors.add(path, json::wrong_type("a sector code", v));
                return std::nullopt;
            }
            if (!ctx.sectors.count(v.text())) {
                errors.add(path,
                           "unknown sector code " + json::describe(v) + " (not in any fragment's sectors)");
                return std::nullopt;
            }
            return std::string(v.text());
        case FactType::Text:
            if (!v.is_string() || v.text().empty()) {
                errors.add(path, json::wrong_type("a non-empty string", v));
                return std::nullopt;
            }
            return std::string(v.text());
        case FactType::Date: {
            auto d = json::read_date(v, path, errors);
            if (!d) return std::nullopt;
            return *d;
        }
    }
    return std::nullopt;
}

// { "region": id }: the region's municipalities, resolved here into the same list an inline
// `in` has (docs/rules-format.md "Regions"); the name is kept for lint's date checks only.
Operand RulesReader::region_operand(Fact fact, Op op, const Value& v, const json::Path& path) {
    Operand out;
    out.is_list = true;
    if (!json::check_object(v, path, {"region"}, errors)) return out;
    if (!is_list_op(op)) {
        errors.add(path, "a region can only be used with 'in' or 'not_in'");
        return out;
    }
    if (fact != Fact::PersonMunicipality) {
        errors.add(path, "a region lists municipalities: use it with person.municipality, not " +
                             std::string(fact_info(fact).path));
        return out;
    }
    auto name = json::read_string(*v.find("region"), json::member(path, "region"), errors);
    if (!name) return out;
    auto it = ctx.regions.find(*name);
    if (it == ctx.regions.end()) {
        std::string known;
        for (const auto& [id, info] : ctx.regions) known += (known.empty() ? "" : ", ") + id;
        errors.add(json::member(path, "region"),
                   "unknown region '" + *name + "'" +
                       (known.empty() ? std::string(" (no fragment defines a region)")
                                      : " (regions: " + known + ")"));
        return out;
    }
    out.region = *name;
    out.values.assign(it->second.municipalities.begin(), it->second.municipalities.end());
    return out;
}

Operand RulesReader::operand(Fact fact, Op op, const Value& v, const json::Path& path) {
    Operand out;
    out.is_list = is_list_op(op) || op == Op::Between;
    if (v.is_object() && v.find("param")) {
        if (!json::check_object(v, path, {"param"}, errors)) return out;
        auto name = json::read_string(*v.find("param"), json::member(path, "param"), errors);
        if (!name) return out;
        out.param = *name;
        check_param(*name, path, [&](const Value& pv, json::Errors& inner) {
            RulesReader sub{ctx, inner};
            if (!out.is_list) {
                if (pv.is_array())
                    inner.add("", "is a list, but '" + std::string(op_name(op)) + "' needs one value");
                else
                    sub.fact_value(fact, pv, "");
                return;
            }
            if (!pv.is_array()) {
                inner.add("", json::wrong_type("a list", pv));
                return;
            }
            if (op == Op::Between && pv.items().size() != 2)
                inner.add("", "must be a list of two dates [from, to]");
            for (const Value& item : pv.items()) sub.fact_value(fact, item, "");
        });
        return out;
    }
    if (v.is_object() && v.find("set")) {
        if (!json::check_object(v, path, {"set"}, errors)) return out;
        if (!is_list_op(op)) {
            errors.add(path, "a set can only be used with 'in' or 'not_in'");
            return out;
        }
        auto name = json::read_string(*v.find("set"), json::member(path, "set"), errors);
        if (!name) return out;
        auto it = ctx.sets.find(*name);
        if (it == ctx.sets.end()) {
            errors.add(json::member(path, "set"), "unknown set '" + *name + "'");
            return out;
        }
        std::vector<Diagnostic> found;
        json::Errors inner(found, "");
        RulesReader sub{ctx, inner};
        for (std::size_t i = 0; i < it->second.items->items().size(); ++i) {
            auto s = sub.fact_value(fact, it->second.items->items()[i], "");
            if (s) out.values.push_back(std::move(*s));
            for (const Diagnostic& d : found)
                errors.add(path, "set '" + *name + "' (" + it->second.origin.file + ": " +
                                     json::at(it->second.origin.path, i) + ") " + d.message);
            found.clear();
        }
        return out;
    }
    if (v.is_object() && v.find("region")) return region_operand(fact, op, v, path);
    if (op == Op::Between) {
        if (!v.is_array() || v.items().size() != 2) {
            errors.add(path,
                       "must be a date window [from, to] (null for an open end), got " + json::describe(v));
            return out;
        }
        Date from = open_start(), to = open_end();
        bool ok = true;
        for (std::size_t i = 0; i < 2; ++i) {
            if (v.items()[i].is_null()) continue;
            auto d = json::read_date(v.items()[i], json::item(path, i), errors);
            if (!d)
                ok = false;
            else
                (i == 0 ? from : to) = *d;
        }
        if (ok && to < from) errors.add(path, "the window ends before it starts");
        out.values = {from, to};
        return out;
    }
    if (is_list_op(op)) {
        if (!v.is_array()) {
            errors.add(path, json::wrong_type("a list, { \"set\": name } or { \"region\": id }", v));
            return out;
        }
        if (v.items().empty()) errors.add(path, "must not be an empty list");
        out.values.reserve(v.items().size());
        for (std::size_t i = 0; i < v.items().size(); ++i)
            if (auto s = fact_value(fact, v.items()[i], json::item(path, i)))
                out.values.push_back(std::move(*s));
        return out;
    }
    if (v.is_array() || v.is_object() || v.is_null()) {
        errors.add(path, "'" + std::string(op_name(op)) + "' needs one value, got " + json::describe(v));
        return out;
    }
    if (auto s = fact_value(fact, v, path)) out.values.push_back(std::move(*s));
    return out;
}

Condition RulesReader::leaf(const Value& v, const json::Path& path) {
    Condition c;
    c.type = Condition::Type::Leaf;
    json::check_object(v, path, {"fact", "op", "value", "explain"}, errors);
    const Value* fact_v = json::required(v, path, "fact", errors);
    const Value* op_v = json::required(v, path, "op", errors);
    const Value* value_v = json::required(v, path, "value", errors);
    const Value* explain_v = json::required(v, path, "explain", errors);
    if (explain_v)
        if (auto t = json::read_text(*explain_v, json::member(path, "explain"), errors, false))
            c.explain = std::move(*t);

    std::optional<Fact> fact;
    if (fact_v) {
        if (fact_v->is_string()) fact = fact_from_path(fact_v->text());
        if (!fact) {
            std::vector<std::string> paths;
            for (int i = 0; i < kFactCount; ++i)
                if (!fact_info(static_cast<Fact>(i)).internal)
                    paths.push_back(fact_info(static_cast<Fact>(i)).path);
            errors.add(json::member(path, "fact"), "unknown fact: " + json::not_one_of(paths, *fact_v));
        }
    }
    std::optional<Op> op;
    if (op_v) {
        if (op_v->is_string()) op = op_from_name(op_v->text());
        if (!op)
            errors.add(json::member(path, "op"),
                       json::not_one_of({"=", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"}, *op_v));
    }
    if (fact && fact_info(*fact).internal) {
        errors.add(json::member(path, "fact"),
                   std::string(fact_info(*fact).path) +
                       " is set by a scheme's use_limit or budget, not in a condition");
        return c;
    }
    if (!fact || !op) return c;
    c.fact = *fact;
    c.op = *op;
    const FactInfo& info = fact_info(*fact);
    if (!op_allowed(info.type, *op)) {
        errors.add(json::member(path, "op"),
                   "'" + std::string(op_name(*op)) + "' cannot be used with " + info.path);
        return c;
    }
    if (value_v) c.operand = operand(*fact, *op, *value_v, json::member(path, "value"));
    return c;
}

Condition RulesReader::condition(const Value& v, const json::Path& path, bool in_note) {
    Condition c;
    if (!v.is_object()) {
        errors.add(path, json::wrong_type("a condition object", v));
        return c;
    }
    for (const char* group : {"all", "any"}) {
        if (const Value* list = v.find(group)) {
            json::check_object(v, path, {group}, errors);
            c.type = group[1] == 'l' ? Condition::Type::All : Condition::Type::Any;
            const json::Path p = json::member(path, group);
            if (!list->is_array()) {
                errors.add(p, json::wrong_type("a list of conditions", *list));
                return c;
            }
            c.children.reserve(list->items().size());
            for (std::size_t i = 0; i < list->items().size(); ++i)
                c.children.push_back(condition(list->items()[i], json::item(p, i), in_note));
            return c;
        }
    }
    if (const Value* inner = v.find("not")) {
        json::check_object(v, path, {"not"}, errors);
        c.type = Condition::Type::Not;
        c.children.push_back(condition(*inner, json::member(path, "not"), in_note));
        return c;
    }
    if (v.find("fact")) return leaf(v, path);
    if (in_note && v.find("plan")) {
        json::check_object(v, path, {"plan"}, errors);
        c.type = Condition::Type::EmployerContribution;
        json::read_enum(*v.find("plan"), json::member(path, "plan"), {"employer_contribution"}, errors);
        return c;
    }
    if (in_note && v.find("scheme")) {
        json::check_object(v, path, {"scheme", "status"}, errors);
        c.type = Condition::Type::SchemeStatus;
        const json::Path sp = json::member(path, "scheme");
        if (auto id = json::read_string(*v.find("scheme"), sp, errors)) {
            if (!ctx.scheme_ids.count(*id)) errors.add(sp, "unknown scheme id '" + *id + "'");
            c.scheme = *id;
        }
        const Value* st = json::required(v, path, "status", errors);
        if (!st) return c;
        const json::Path stp = json::member(path, "status");
        if (!st->is_array() || st->items().empty()) {
            errors.add(stp, json::wrong_type("a non-empty list of statuses", *st));
            return c;
        }
        for (std::size_t i = 0; i < st->items().size(); ++i) {
            auto s = json::read_enum(st->items()[i], json::item(stp, i),
                                     {"eligible", "possible", "ineligible"}, errors);
            if (s)
                c.statuses.push_back(*s == "eligible"   ? Status::Eligible
                                     : *s == "possible" ? Status::Possible
                                                        : Status::Ineligible);
        }
        return c;
    }
    errors.add(path, in_note ? "must be a condition: all, any, not, a leaf (fact, op, value, explain), "
                               "{ \"plan\": \"employer_contribution\" } or { \"scheme\", \"status\" }"
                             : "must be a condition: all, any, not or a leaf (fact, op, value, explain)");
    return c;
}

std::optional<Scalar> RulesReader::amount_value(const Value& v, const json::Path& path, AmountUnit unit) {
    if (unit == AmountUnit::Percent) {
        if (!v.is_number()) {
            errors.add(path, json::wrong_type("a percentage (a number from 0 to 100)", v));
            return std::nullopt;
        }
        if (!(v.number >= 0 && v.number <= 100)) {
            errors.add(path, "must be a percentage from 0 to 100, got " + json::describe(v));
            return std::nullopt;
        }
        return v.number;
    }
    auto cents = json::read_cents(v, path, errors);
    if (!cents) return std::nullopt;
    return static_cast<double>(*cents) / 100.0;
}

Amount RulesReader::amount(const Value& v, const json::Path& path, AmountUnit unit) {
    Amount a;
    auto one = [&](const Value& value, const json::Path& p) {
        Operand op;
        if (value.is_object()) {
            if (!json::check_object(value, p, {"param"}, errors)) return op;
            const Value* name_v = json::required(value, p, "param", errors);
            if (!name_v) return op;
            auto name = json::read_string(*name_v, json::member(p, "param"), errors);
            if (!name) return op;
            op.param = *name;
            check_param(*name, p, [&](const Value& pv, json::Errors& inner) {
                RulesReader sub{ctx, inner};
                sub.amount_value(pv, "", unit);
            });
            return op;
        }
        if (auto s = amount_value(value, p, unit)) op.values.push_back(std::move(*s));
        return op;
    };
    if (v.is_number() || v.is_object()) {
        a.cases.push_back(AmountCase{std::nullopt, one(v, path)});
        return a;
    }
    if (!v.is_array() || v.items().empty()) {
        errors.add(path, json::wrong_type("a number, { \"param\": name } or a non-empty list of cases", v));
        return a;
    }
    for (std::size_t i = 0; i < v.items().size(); ++i) {
        const json::Path p = json::item(path, i);
        const Value& item = v.items()[i];
        if (!json::check_object(item, p, {"when", "value"}, errors)) continue;
        AmountCase ac;
        if (const Value* when = item.find("when"))
            ac.when = condition(*when, json::member(p, "when"), false);
        else if (i + 1 != v.items().size())
            errors.add(json::member(p, "when"),
                       "only the last case may leave out 'when' (later cases could never count)");
        if (const Value* value = json::required(item, p, "value", errors))
            ac.value = one(*value, json::member(p, "value"));
        a.cases.push_back(std::move(ac));
    }
    return a;
}

}  // namespace sw::rules

// Which operators each fact type allows (rules-format.md: ordering on numbers and dates only,
// `between` on dates only, the set fact (quality) with =, !=, in, not_in).
bool sw::op_allowed(FactType type, Op op) {
    switch (type) {
        case FactType::Integer:
        case FactType::Number:
            return op != Op::Between;
        case FactType::Date:
            return true;
        case FactType::Boolean:
            return op == Op::Eq || op == Op::Ne;
        case FactType::Enum:
        case FactType::Vocabulary:
        case FactType::Text:
        case FactType::Set:
            return !rules::is_ordering(op) && op != Op::Between;
    }
    return false;
}
