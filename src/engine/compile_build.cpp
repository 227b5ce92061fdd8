// compile_build.cpp: turns a validated CatalogueSpec into the flat arrays of Catalogue::Impl.
// Strings become symbol ids, conditions become nodes, sets become parameters with one open period.
#include <algorithm>

#include "compile.h"

namespace sw::engine {
namespace {

struct Builder {
    Catalogue::Impl& impl;
    std::unordered_map<std::string, std::int32_t> param_index;

    std::int32_t intern(const std::string& s) {
        auto [it, inserted] = impl.symbol_ids.emplace(s, static_cast<std::int32_t>(impl.symbols.size()));
        if (inserted) impl.symbols.push_back(s);
        return it->second;
    }

    CValue value(const Scalar& s) {
        CValue v;
        if (const bool* b = std::get_if<bool>(&s)) v.i = *b ? 1 : 0;
        else if (const double* d = std::get_if<double>(&s)) v.num = *d;
        else if (const std::string* str = std::get_if<std::string>(&s)) v.i = intern(*str);
        else v.i = std::get<Date>(s).days;
        return v;
    }

    Span values(const std::vector<Scalar>& list) {
        Span span{static_cast<std::uint32_t>(impl.values.size()), static_cast<std::uint32_t>(list.size())};
        for (const Scalar& s : list) impl.values.push_back(value(s));
        return span;
    }

    COperand operand(const Operand& o) {
        COperand c;
        if (!o.param.empty()) c.param = param_index.at(o.param);
        else c.values = values(o.values);
        return c;
    }

    // The leaf's fast form where it has one (catalogue_impl.h CFastLeaf); the same answers as
    // kleene.cpp's generic comparison.
    CFastLeaf fast_leaf(const CNode& n, const COperand& o) const {
        CFastLeaf f;
        if (o.param >= 0 || o.values.count == 0) return f;
        const CValue* v = &impl.values[o.values.begin];
        switch (n.fact_type) {
            case FactType::Integer:
            case FactType::Number: {
                static const CFastLeaf::Kind kinds[] = {CFastLeaf::Kind::NumEq, CFastLeaf::Kind::NumNe,
                                                        CFastLeaf::Kind::NumLt, CFastLeaf::Kind::NumLe,
                                                        CFastLeaf::Kind::NumGt, CFastLeaf::Kind::NumGe};
                if (static_cast<int>(n.op) > static_cast<int>(Op::Ge)) return f;
                f.kind = kinds[static_cast<int>(n.op)];
                f.num = v[0].num;
                return f;
            }
            case FactType::Boolean:
            case FactType::Enum:
            case FactType::Vocabulary:
            case FactType::Text: {
                if (n.op != Op::Eq && n.op != Op::In && n.op != Op::Ne && n.op != Op::NotIn) return f;
                std::int32_t lo = v[0].i, hi = v[0].i;
                for (std::uint32_t i = 1; i < o.values.count; ++i) {
                    lo = std::min(lo, v[i].i);
                    hi = std::max(hi, v[i].i);
                }
                if (lo < 0 || hi - lo >= 64) return f;
                f.kind = CFastLeaf::Kind::SymMask;
                f.negate = n.op == Op::Ne || n.op == Op::NotIn;
                f.base = lo;
                for (std::uint32_t i = 0; i < o.values.count; ++i) f.mask |= std::uint64_t{1} << (v[i].i - lo);
                return f;
            }
            default: return f;
        }
    }

    // Appends the condition's nodes; returns its root. Children are laid out after their parent.
    std::uint32_t node(const Condition& c, std::vector<Fact>& facts) {
        const auto index = static_cast<std::uint32_t>(impl.nodes.size());
        impl.nodes.emplace_back();
        CNode n;
        switch (c.type) {
            case Condition::Type::All:
            case Condition::Type::Any: {
                n.type = c.type == Condition::Type::All ? NodeType::All : NodeType::Any;
                std::vector<std::uint32_t> kids;
                for (const Condition& child : c.children) kids.push_back(node(child, facts));
                n.a = static_cast<std::uint32_t>(impl.child_index.size());
                n.b = static_cast<std::uint32_t>(kids.size());
                impl.child_index.insert(impl.child_index.end(), kids.begin(), kids.end());
                break;
            }
            case Condition::Type::Not:
                n.type = NodeType::Not;
                n.a = node(c.children.at(0), facts);
                break;
            case Condition::Type::Leaf:
                n.type = NodeType::Leaf;
                n.fact = c.fact;
                n.fact_type = fact_info(c.fact).type;
                n.op = c.op;
                n.a = static_cast<std::uint32_t>(impl.operands.size());
                impl.operands.push_back(operand(c.operand));
                n.b = static_cast<std::uint32_t>(impl.leaves.size());
                impl.leaves.push_back(CLeaf{&c, n.a});
                impl.fast_leaves.push_back(fast_leaf(n, impl.operands.back()));
                if (std::find(facts.begin(), facts.end(), c.fact) == facts.end()) facts.push_back(c.fact);
                break;
            case Condition::Type::SchemeStatus:
                n.type = NodeType::SchemeStatus;
                n.a = static_cast<std::uint32_t>(impl.scheme_index.at(c.scheme));
                for (Status s : c.statuses) n.status_mask |= static_cast<std::uint8_t>(1u << static_cast<int>(s));
                break;
            case Condition::Type::EmployerContribution:
                n.type = NodeType::EmployerContribution;
                break;
        }
        impl.nodes[index] = n;
        return index;
    }

    CAmount amount(const Amount& a, std::vector<Fact>& facts) {
        std::vector<CAmountCase> cases;
        for (const AmountCase& ac : a.cases) {
            CAmountCase cc;
            if (ac.when) cc.when = static_cast<std::int32_t>(node(*ac.when, facts));
            cc.value = operand(ac.value);
            cases.push_back(cc);
        }
        CAmount out{{static_cast<std::uint32_t>(impl.amount_cases.size()), static_cast<std::uint32_t>(cases.size())}};
        impl.amount_cases.insert(impl.amount_cases.end(), cases.begin(), cases.end());
        return out;
    }

    // --- Real-scheme limits (issue 15): pro_rata.min_hours, use_limit and budget become leaves of
    // the scheme's condition (root := all[condition, limits...]), so statuses, reasons,
    // questions and the best case treat them like any other condition. Texts: docs/engine.md.
    std::uint32_t synthetic_leaf(Fact fact, Op op, double value, Text explain, std::vector<Fact>& facts) {
        Condition leaf;
        leaf.type = Condition::Type::Leaf;
        leaf.fact = fact;
        leaf.op = op;
        leaf.operand.values.push_back(value);
        leaf.explain = std::move(explain);
        impl.synthetic.push_back(std::move(leaf));
        return node(impl.synthetic.back(), facts);
    }

    // A keyed leaf on the scheme itself (person.uses, person.budget_left): its key is the index.
    std::uint32_t scheme_leaf(Fact fact, std::int32_t scheme, Text explain, std::vector<Fact>& facts) {
        const std::uint32_t n = synthetic_leaf(fact, Op::Eq, 0, std::move(explain), facts);
        impl.values[impl.operands[impl.nodes[n].a].values.begin].i = scheme;
        return n;
    }

    static Text use_text(const UseLimit& u) {
        const std::string k = std::to_string(u.times);
        switch (u.per) {
            case UsePeriod::Years:
                return {"U kunt deze regeling één keer per " + std::to_string(u.years) + " jaar krijgen.",
                        "You can get this scheme once every " + std::to_string(u.years) + " years."};
            case UsePeriod::CalendarYear:
                return {u.times == 1 ? "U kunt deze regeling één keer per kalenderjaar krijgen."
                                     : "U kunt deze regeling " + k + " keer per kalenderjaar krijgen.",
                        u.times == 1 ? "You can get this scheme once a calendar year."
                                     : "You can get this scheme " + k + " times a calendar year."};
            case UsePeriod::Career:
                break;
        }
        return {u.times == 1 ? "U kunt deze regeling één keer in uw loopbaan krijgen."
                             : "U kunt deze regeling " + k + " keer in uw loopbaan krijgen.",
                u.times == 1 ? "You can get this scheme once in your career."
                             : "You can get this scheme " + k + " times in your career."};
    }

    void limit_leaves(const SchemeSpec& s, std::int32_t index, CScheme& c) {
        const SchemeLimits& l = s.limits;
        std::vector<std::uint32_t> kids;
        if (l.pro_rata && l.pro_rata->min_hours)
            kids.push_back(synthetic_leaf(
                Fact::PersonHoursPerWeek, Op::Ge, *l.pro_rata->min_hours,
                {"U werkt {value} uur per week. Deze regeling is er vanaf {limit} uur per week.",
                 "You work {value} hours a week. This scheme needs at least {limit} hours a week."},
                c.condition_facts));
        if (l.use_limit)
            kids.push_back(scheme_leaf(Fact::PersonUses, index, use_text(*l.use_limit), c.condition_facts));
        if (l.budget)
            kids.push_back(scheme_leaf(Fact::PersonBudgetLeft, index,
                                       {"Deze regeling betaalt uit het jaarbudget van uw werkgever. Daar "
                                        "moet dit jaar nog geld in zitten.",
                                        "This scheme pays from your employer's yearly budget. There must be "
                                        "money left in it this year."},
                                       c.condition_facts));
        if (l.pro_rata) {
            c.pro_rata_leaf = static_cast<std::int32_t>(
                synthetic_leaf(Fact::PersonHoursPerWeek, Op::Ge, l.pro_rata->full_time_hours,
                               {"U werkt {value} uur per week; een volledige week is {limit} uur.",
                                "You work {value} hours a week; a full-time week is {limit} hours."},
                               c.amount_facts));
        }
        if (kids.empty()) return;
        CNode all;
        all.type = NodeType::All;
        all.a = static_cast<std::uint32_t>(impl.child_index.size());
        all.b = static_cast<std::uint32_t>(kids.size() + 1);
        impl.child_index.push_back(c.root);
        impl.child_index.insert(impl.child_index.end(), kids.begin(), kids.end());
        c.root = static_cast<std::uint32_t>(impl.nodes.size());
        impl.nodes.push_back(all);
    }

    void run() {
        const CatalogueSpec& spec = impl.spec;
        for (const VocabularyEntry& v : spec.sectors) impl.sector_symbols.push_back(intern(v.code));
        // Contract enumeration values get symbols too, so a case's value maps without a special case.
        for (int f = 0; f < kFactCount; ++f) {
            for (const std::string& v : fact_info(static_cast<Fact>(f)).values) intern(v);
        }
        for (const auto& [name, list] : spec.sets) {
            CParam p;
            p.name = name;
            p.is_set = true;
            p.periods.push_back(CPeriod{INT32_MIN, INT32_MAX, values(std::vector<Scalar>(list.begin(), list.end()))});
            param_index[name] = static_cast<std::int32_t>(impl.params.size());
            impl.params.push_back(std::move(p));
        }
        for (const Parameter& param : spec.parameters) {
            CParam p;
            p.name = param.name;
            for (const ParameterPeriod& period : param.periods) {
                p.periods.push_back(CPeriod{period.from ? period.from->days : INT32_MIN,
                                            period.to ? period.to->days : INT32_MAX, values(period.values)});
            }
            std::sort(p.periods.begin(), p.periods.end(),
                      [](const CPeriod& a, const CPeriod& b) { return a.from < b.from; });
            param_index[param.name] = static_cast<std::int32_t>(impl.params.size());
            impl.params.push_back(std::move(p));
        }
        // Schemes in id order: every result lists them so.
        std::vector<const SchemeSpec*> order;
        for (const SchemeSpec& s : spec.schemes) order.push_back(&s);
        std::sort(order.begin(), order.end(), [](const SchemeSpec* a, const SchemeSpec* b) { return a->id < b->id; });
        for (std::size_t i = 0; i < order.size(); ++i) impl.scheme_index[order[i]->id] = static_cast<std::int32_t>(i);
        for (const SchemeSpec* s : order) {
            CScheme c;
            c.spec = s;
            c.valid_from = s->valid_from.days;
            c.valid_to = s->valid_to ? s->valid_to->days : INT32_MAX;
            c.root = node(s->condition, c.condition_facts);
            limit_leaves(*s, static_cast<std::int32_t>(impl.schemes.size()), c);
            c.kind = s->kind;
            c.applicant = s->applicant;
            c.discretionary = s->discretionary;
            c.id = s->id;
            const Formula& f = s->formula;
            c.amount = amount(f.amount, c.amount_facts);
            c.percent = amount(f.percent, c.amount_facts);
            c.rate = amount(f.rate, c.amount_facts);
            c.threshold = amount(f.threshold, c.amount_facts);
            if (f.cap) {
                c.has_cap = true;
                c.cap = amount(f.cap->amount, c.amount_facts);
            }
            for (const std::string& id : s->interactions.excludes) c.excludes.push_back(impl.scheme_index.at(id));
            for (const std::string& id : s->interactions.requires_schemes) c.requires_schemes.push_back(impl.scheme_index.at(id));
            impl.schemes.push_back(std::move(c));
        }
        impl.sector_of_symbol.assign(impl.symbols.size(), -1);
        for (std::size_t i = 0; i < impl.sector_symbols.size(); ++i) {
            impl.sector_of_symbol[static_cast<std::size_t>(impl.sector_symbols[i])] = static_cast<std::int32_t>(i);
        }
        for (const NoteSpec& n : spec.notes) {
            std::vector<Fact> unused;
            impl.notes.push_back(CNote{&n, node(n.when, unused)});
        }
    }
};

}  // namespace

void build_impl(Catalogue::Impl& impl) {
    Builder b{impl, {}};
    b.run();
}

}  // namespace sw::engine
