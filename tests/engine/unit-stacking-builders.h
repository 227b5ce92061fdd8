// unit-stacking-builders.h: helpers for the stacking unit tests. They build StackInput directly
// (resolved numbers, no conditions), so the optimiser is tested apart from eligibility.
// Money in these helpers is in cents, like the engine.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "engine/stacking.h"
#include "engine/stacking_internal.h"

namespace stacktest {

using sw::Cents;
using sw::ComponentCents;
using sw::Contribution;
using sw::Kind;
using sw::Plan;
using sw::engine::StackInput;
using sw::engine::StackScheme;

// Costs in cents: tuition, exam, materials, vat, travel, wage_loss.
inline ComponentCents costs(Cents t, Cents e = 0, Cents m = 0, Cents v = 0, Cents r = 0, Cents w = 0) {
    return ComponentCents{t, e, m, v, r, w};
}

// "TEM" -> covers tuition, exam, materials (letters T E M V R W as in docs/semantics.md).
inline std::array<bool, sw::kComponentCount> covers(const std::string& letters) {
    std::array<bool, sw::kComponentCount> out{};
    const std::string order = "TEMVRW";
    for (char ch : letters) out[order.find(ch)] = true;
    return out;
}

inline StackScheme scheme(const std::string& id, Kind kind, int priority, const std::string& letters) {
    StackScheme s;
    s.id = id;
    s.name = {"Regeling " + id, "Scheme " + id};
    s.kind = kind;
    s.priority = priority;
    s.covers = covers(letters);
    s.apply_url = "https://example.org/" + id;
    return s;
}

inline StackScheme fixed(const std::string& id, Cents amount, const std::string& letters = "TEM", int priority = 100,
                         Kind kind = Kind::Gift) {
    StackScheme s = scheme(id, kind, priority, letters);
    s.type = sw::FormulaType::Fixed;
    s.fixed_amount = amount;
    return s;
}

inline StackScheme percentage(const std::string& id, std::int64_t bp, const std::string& letters = "TEM",
                              int priority = 100, sw::Base base = sw::Base::Gross,
                              std::optional<Cents> cap = std::nullopt, Kind kind = Kind::Gift) {
    StackScheme s = scheme(id, kind, priority, letters);
    s.type = sw::FormulaType::Percentage;
    s.percent_bp = bp;
    s.base = base;
    s.cap = cap;
    return s;
}

inline StackScheme loan(const std::string& id, const std::string& letters = "T", std::optional<Cents> cap = std::nullopt,
                        bool not_if_fully_reimbursed = true) {
    StackScheme s = scheme(id, Kind::Loan, 400, letters);
    s.type = sw::FormulaType::Loan;
    s.cap = cap;
    s.not_if_fully_reimbursed = not_if_fully_reimbursed;
    return s;
}

inline StackScheme deduction(const std::string& id, Cents threshold, std::optional<Cents> cap = std::nullopt,
                             const std::string& letters = "TEMV", bool own_costs_only = true) {
    StackScheme s = scheme(id, Kind::Deduction, 500, letters);
    s.type = sw::FormulaType::Deduction;
    s.threshold = threshold;
    s.cap = cap;
    s.own_costs_only = own_costs_only;
    return s;
}

// Index of the scheme with this id in the input (for excludes / requires).
inline int index_of(const StackInput& in, const std::string& id) {
    for (std::size_t i = 0; i < in.schemes.size(); ++i) {
        if (in.schemes[i].id == id) return static_cast<int>(i);
    }
    FAIL("no scheme " << id);
    return -1;
}

inline void add_exclusion(StackInput& in, const std::string& a, const std::string& b) {
    in.schemes[static_cast<std::size_t>(index_of(in, a))].excludes.push_back(index_of(in, b));
}

inline void add_requirement(StackInput& in, const std::string& a, const std::string& b) {
    in.schemes[static_cast<std::size_t>(index_of(in, a))].requires_schemes.push_back(index_of(in, b));
}

// The contribution (or loan, or deduction) of a scheme; nullptr if it is not listed.
inline const Contribution* find(const std::vector<Contribution>& list, const std::string& id) {
    for (const Contribution& c : list) {
        if (c.scheme == id) return &c;
    }
    return nullptr;
}

inline Cents paid(const Plan& plan, const std::string& id) {
    const Contribution* c = find(plan.contributions, id);
    return c ? c->amount : 0;
}

inline Cents paid_for(const Plan& plan, const std::string& id, sw::Component comp) {
    const Contribution* c = find(plan.contributions, id);
    return c ? c->components[static_cast<std::size_t>(comp)] : 0;
}

inline std::vector<std::string> ids_of(const Plan& plan) {
    std::vector<std::string> out;
    for (const Contribution& c : plan.contributions) out.push_back(c.scheme);
    return out;
}

// True if some explanation line contains `nl` in Dutch and `en` in English.
inline bool explains(const Plan& plan, const std::string& nl, const std::string& en) {
    for (const sw::Text& t : plan.explanation) {
        if (t.nl.find(nl) != std::string::npos && t.en.find(en) != std::string::npos) return true;
    }
    return false;
}

inline std::string explanation_text(const Plan& plan) {
    std::string out;
    for (const sw::Text& t : plan.explanation) out += t.nl + "\n" + t.en + "\n";
    return out;
}

}  // namespace stacktest
