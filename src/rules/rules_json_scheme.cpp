// rules_json_scheme.cpp: one scheme and one note of the rules format (docs/rules-format.md
// "Scheme", "Formulas", "Interactions", "Notes").
#include <algorithm>

#include "json_rules_context.h"

namespace sw::rules {

using json::Value;

namespace {

const std::vector<std::string> kKinds = {"gift", "loan", "deduction", "service", "obligation"};

const std::vector<std::string>& component_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (int i = 0; i < kComponentCount; ++i) out.push_back(component_name(static_cast<Component>(i)));
        return out;
    }();
    return names;
}

// The formula types each kind may use: money that lowers the own payment comes from gift and
// obligation schemes, loans lend, deductions deduct, services pay nothing.
const std::vector<std::string>& formulas_for(Kind kind) {
    static const std::vector<std::string> pays = {"fixed", "percentage", "per_hour"}, loan = {"loan"},
                                          deduction = {"deduction"}, service = {"none"}, none;
    switch (kind) {
        case Kind::Gift:
        case Kind::Obligation:
            return pays;
        case Kind::Loan:
            return loan;
        case Kind::Deduction:
            return deduction;
        case Kind::Service:
            return service;
    }
    return none;
}

std::optional<CapPeriod> read_per(const Value& v, const json::Path& path, json::Errors& errors) {
    auto s = json::read_enum(v, path, {"course", "year", "person"}, errors);
    if (!s) return std::nullopt;
    return *s == "course" ? CapPeriod::Course : *s == "year" ? CapPeriod::Year : CapPeriod::Person;
}

bool is_url(const std::string& s, bool https_only) {
    const bool https = s.rfind("https://", 0) == 0 && s.size() > 8;
    const bool http = s.rfind("http://", 0) == 0 && s.size() > 7;
    const bool spaced = std::any_of(s.begin(), s.end(),
                                    [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    return (https || (!https_only && http)) && !spaced;
}

std::optional<std::string> read_url(const Value& v, const json::Path& path, json::Errors& errors,
                                    bool https_only) {
    auto s = json::read_string(v, path, errors);
    if (!s) return std::nullopt;
    if (!is_url(*s, https_only)) {
        errors.add(path, std::string("must be an ") + (https_only ? "https://" : "http(s)://") +
                             " address without spaces, got " + json::describe(v));
        return std::nullopt;
    }
    return s;
}

struct SchemeReader {
    const RulesContext& ctx;
    json::Errors& errors;
    RulesReader rr{ctx, errors};

    Formula formula(const Value& v, const json::Path& path, std::optional<Kind> kind) {
        Formula f;
        if (!v.is_object()) {
            errors.add(path, json::wrong_type("an object", v));
            return f;
        }
        const Value* type_v = json::required(v, path, "type", errors);
        if (!type_v) return f;
        const json::Path tp = json::member(path, "type");
        auto type = json::read_enum(*type_v, tp,
                                    {"fixed", "percentage", "per_hour", "loan", "deduction", "none"}, errors);
        if (!type) return f;
        if (kind) {
            const auto& allowed = formulas_for(*kind);
            if (std::find(allowed.begin(), allowed.end(), *type) == allowed.end())
                errors.add(tp, "a " + std::string(kind_name(*kind)) + " scheme cannot use formula '" + *type +
                                   "': " + json::not_one_of(allowed, *type_v));
        }
        std::vector<std::string_view> fields = {"type"};
        if (*type == "fixed") {
            f.type = FormulaType::Fixed;
            fields.insert(fields.end(), {"amount", "per"});
            if (auto a = json::required(v, path, "amount", errors))
                f.amount = rr.amount(*a, json::member(path, "amount"), AmountUnit::Money);
            if (auto p = v.find("per"))
                if (auto per = read_per(*p, json::member(path, "per"), errors)) f.fixed_per = *per;
        } else if (*type == "percentage") {
            f.type = FormulaType::Percentage;
            fields.insert(fields.end(), {"percent", "base", "cap"});
            if (auto a = json::required(v, path, "percent", errors))
                f.percent = rr.amount(*a, json::member(path, "percent"), AmountUnit::Percent);
            if (auto b = v.find("base"))
                if (auto base =
                        json::read_enum(*b, json::member(path, "base"), {"gross", "residual"}, errors))
                    f.base = *base == "gross" ? Base::Gross : Base::Residual;
        } else if (*type == "per_hour") {
            f.type = FormulaType::PerHour;
            fields.insert(fields.end(), {"rate", "cap"});
            if (auto a = json::required(v, path, "rate", errors))
                f.rate = rr.amount(*a, json::member(path, "rate"), AmountUnit::Rate);
        } else if (*type == "loan") {
            f.type = FormulaType::Loan;
            fields.push_back("cap");
        } else if (*type == "deduction") {
            f.type = FormulaType::Deduction;
            fields.insert(fields.end(), {"threshold", "cap"});
            if (auto a = json::required(v, path, "threshold", errors))
                f.threshold = rr.amount(*a, json::member(path, "threshold"), AmountUnit::Money);
        } else {
            f.type = FormulaType::None;
        }
        // Fields of another formula type are reported as unknown: they would silently do nothing.
        json::check_object_names(v, path, fields, errors);
        if (const Value* c = v.find("cap");
            c && std::find(fields.begin(), fields.end(), "cap") != fields.end()) {
            const json::Path cp = json::member(path, "cap");
            if (json::check_object(*c, cp, {"amount", "per"}, errors)) {
                Cap cap;
                if (auto a = json::required(*c, cp, "amount", errors))
                    cap.amount = rr.amount(*a, json::member(cp, "amount"), AmountUnit::Money);
                if (auto p = c->find("per"))
                    if (auto per = read_per(*p, json::member(cp, "per"), errors)) cap.per = *per;
                f.cap = std::move(cap);
            }
        }
        return f;
    }

    std::vector<std::string> id_list(const Value& v, const json::Path& path, const std::string& self) {
        std::vector<std::string> out;
        if (!v.is_array()) {
            errors.add(path, json::wrong_type("a list of scheme ids", v));
            return out;
        }
        for (std::size_t i = 0; i < v.items().size(); ++i) {
            const json::Path p = json::item(path, i);
            auto id = json::read_string(v.items()[i], p, errors);
            if (!id) continue;
            if (*id == self)
                errors.add(p, "a scheme cannot refer to itself");
            else if (!ctx.scheme_ids.count(*id))
                errors.add(p, "unknown scheme id '" + *id + "'");
            else if (std::find(out.begin(), out.end(), *id) != out.end())
                errors.add(p, "'" + *id + "' is listed twice");
            else
                out.push_back(*id);
        }
        return out;
    }

    Interactions interactions(const Value& v, const json::Path& path, const std::string& self) {
        Interactions in;
        if (!json::check_object(v, path,
                                {"excludes", "exclusive", "subsidiary", "requires", "not_if_fully_reimbursed",
                                 "own_costs_only", "requires_cofinancing"},
                                errors))
            return in;
        if (auto e = v.find("excludes")) in.excludes = id_list(*e, json::member(path, "excludes"), self);
        if (auto r = v.find("requires"))
            in.requires_schemes = id_list(*r, json::member(path, "requires"), self);
        auto flag = [&](const char* key, bool& out) {
            if (auto b = v.find(key))
                if (auto x = json::read_bool(*b, json::member(path, key), errors)) out = *x;
        };
        flag("exclusive", in.exclusive);
        flag("subsidiary", in.subsidiary);
        flag("not_if_fully_reimbursed", in.not_if_fully_reimbursed);
        flag("own_costs_only", in.own_costs_only);
        if (auto c = v.find("requires_cofinancing")) {
            const json::Path p = json::member(path, "requires_cofinancing");
            if (!c->is_number() || !(c->number > 0 && c->number <= 100))
                errors.add(p, "must be a percentage above 0 and at most 100, got " + json::describe(*c));
            else
                in.cofinancing_max_percent = c->number;
        }
        return in;
    }

    std::vector<Source> sources(const Value& v, const json::Path& path) {
        std::vector<Source> out;
        if (!v.is_array()) {
            errors.add(path, json::wrong_type("a list of sources", v));
            return out;
        }
        for (std::size_t i = 0; i < v.items().size(); ++i)
            if (auto src = read_source(v.items()[i], json::item(path, i), errors))
                out.push_back(std::move(*src));
        return out;
    }

    std::vector<Component> covers(const Value& v, const json::Path& path) {
        std::vector<Component> out;
        if (!v.is_array()) {
            errors.add(path, json::wrong_type("a list of cost components", v));
            return out;
        }
        for (std::size_t i = 0; i < v.items().size(); ++i) {
            const json::Path p = json::item(path, i);
            auto name = json::read_enum_names(v.items()[i], p, component_names(), errors);
            if (!name) continue;
            Component c = *component_from_name(*name);
            if (std::find(out.begin(), out.end(), c) != out.end())
                errors.add(p, "'" + *name + "' is listed twice");
            else
                out.push_back(c);
        }
        return out;
    }
};

}  // namespace

std::optional<Source> read_source(const Value& s, const json::Path& p, json::Errors& errors) {
    if (!json::check_object(s, p, {"url", "title", "checked"}, errors)) return std::nullopt;
    Source src;
    if (auto u = json::required(s, p, "url", errors))
        if (auto url = read_url(*u, json::member(p, "url"), errors, false)) src.url = std::move(*url);
    if (auto t = json::required(s, p, "title", errors))
        if (auto title = json::read_string(*t, json::member(p, "title"), errors, false))
            src.title = std::move(*title);
    if (auto c = json::required(s, p, "checked", errors))
        if (auto d = json::read_date(*c, json::member(p, "checked"), errors)) src.checked = *d;
    return src;
}

SchemeSpec read_scheme(const Value& v, const json::Path& path, const RulesContext& ctx,
                       json::Errors& errors) {
    SchemeSpec s;
    if (!json::check_object(v, path,
                            {"id", "name", "description", "provider", "kind", "applicant", "apply_url",
                             "valid", "discretionary", "confidence", "condition", "covers", "formula",
                             "priority", "interactions", "sources", "terms",
                             // real schemes (rules_json_scheme_limits.cpp)
                             "pro_rata", "use_limit", "budget"},
                            errors))
        return s;
    SchemeReader r{ctx, errors};
    auto field = [&](const char* key) { return json::member(path, key); };

    if (auto x = json::required(v, path, "id", errors))
        if (auto id = json::read_id(*x, field("id"), errors)) s.id = *id;
    if (auto x = json::required(v, path, "name", errors))
        if (auto t = json::read_text(*x, field("name"), errors, true)) s.name = std::move(*t);
    if (auto x = json::required(v, path, "description", errors))
        if (auto t = json::read_text(*x, field("description"), errors, true)) s.description = std::move(*t);
    if (auto x = json::required(v, path, "provider", errors))
        if (auto p = json::read_string(*x, field("provider"), errors)) s.provider = std::move(*p);
    std::optional<Kind> kind;
    if (auto x = json::required(v, path, "kind", errors))
        if (auto k = json::read_enum_names(*x, field("kind"), kKinds, errors)) kind = kind_from_name(*k);
    if (kind) s.kind = *kind;
    if (auto x = json::required(v, path, "applicant", errors))
        if (auto a = json::read_enum(*x, field("applicant"), {"person", "employer"}, errors))
            s.applicant = *applicant_from_name(*a);
    if (auto x = json::required(v, path, "apply_url", errors))
        if (auto u = read_url(*x, field("apply_url"), errors, true)) s.apply_url = std::move(*u);
    if (auto x = json::required(v, path, "valid", errors)) {
        const json::Path p = field("valid");
        if (json::check_object(*x, p, {"from", "to"}, errors)) {
            if (auto f = json::required(*x, p, "from", errors))
                if (auto d = json::read_date(*f, json::member(p, "from"), errors)) s.valid_from = *d;
            if (auto t = x->find("to"); t && !t->is_null())
                if (auto d = json::read_date(*t, json::member(p, "to"), errors)) {
                    s.valid_to = *d;
                    if (*d < s.valid_from) errors.add(json::member(p, "to"), "is before valid.from");
                }
        }
    }
    if (auto x = v.find("discretionary"))
        if (auto b = json::read_bool(*x, field("discretionary"), errors)) s.discretionary = *b;
    if (auto x = v.find("condition")) s.condition = r.rr.condition(*x, field("condition"), false);
    if (auto x = v.find("formula")) {
        s.formula = r.formula(*x, field("formula"), kind);
    } else if (kind && *kind != Kind::Service) {
        errors.add(field("formula"), "required field is missing (only a service scheme pays nothing)");
    }
    if (auto x = v.find("covers")) s.covers = r.covers(*x, field("covers"));
    if (s.formula.type != FormulaType::None && s.covers.empty() && !(kind && *kind == Kind::Service))
        errors.add(field("covers"), "must list at least one cost component for a scheme that pays");
    if (auto x = json::required(v, path, "priority", errors))
        if (auto p = json::read_whole(*x, field("priority"), errors, -1000000, 1000000))
            s.priority = static_cast<int>(*p);
    if (auto x = v.find("interactions")) s.interactions = r.interactions(*x, field("interactions"), s.id);
    if (auto x = v.find("sources")) s.sources = r.sources(*x, field("sources"));
    read_scheme_meta(v, path, s, errors);  // confidence, at least one source, terms
    read_scheme_limits(v, path, errors, s);
    return s;
}

NoteSpec read_note(const Value& v, const json::Path& path, const RulesContext& ctx, json::Errors& errors) {
    NoteSpec n;
    if (!json::check_object(v, path, {"id", "text", "when"}, errors)) return n;
    if (auto x = json::required(v, path, "id", errors))
        if (auto id = json::read_id(*x, json::member(path, "id"), errors)) n.id = *id;
    if (auto x = json::required(v, path, "text", errors))
        if (auto t = json::read_text(*x, json::member(path, "text"), errors, false)) n.text = std::move(*t);
    RulesReader rr{ctx, errors};
    if (auto x = v.find("when")) n.when = rr.condition(*x, json::member(path, "when"), true);
    return n;
}

}  // namespace sw::rules
