// spec_builders.h: small helpers to build CatalogueSpecs and Cases directly in C++ for the engine
// unit tests (no JSON involved). Defaults give a valid gift scheme that pays a fixed amount.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/engine.h"

namespace spec {

inline sw::Date date(const char* iso) { return *sw::parse_iso_date(iso); }

inline sw::Condition leaf(sw::Fact fact, sw::Op op, std::vector<sw::Scalar> values, bool is_list = false) {
    sw::Condition c;
    c.type = sw::Condition::Type::Leaf;
    c.fact = fact;
    c.op = op;
    c.operand.values = std::move(values);
    c.operand.is_list = is_list || op == sw::Op::In || op == sw::Op::NotIn;
    c.explain = {"{fact}: {value}, grens {limit}", "{fact}: {value}, limit {limit}"};
    return c;
}
inline sw::Condition leaf(sw::Fact fact, sw::Op op, double v) { return leaf(fact, op, std::vector<sw::Scalar>{v}); }
inline sw::Condition leaf(sw::Fact fact, sw::Op op, const char* v) {
    return leaf(fact, op, std::vector<sw::Scalar>{std::string(v)});
}
inline sw::Condition leaf_bool(sw::Fact fact, bool v) { return leaf(fact, sw::Op::Eq, std::vector<sw::Scalar>{v}); }
inline sw::Condition leaf_in(sw::Fact fact, std::vector<std::string> vs, sw::Op op = sw::Op::In) {
    std::vector<sw::Scalar> values(vs.begin(), vs.end());
    return leaf(fact, op, values, true);
}
inline sw::Condition leaf_param(sw::Fact fact, sw::Op op, const std::string& param) {
    sw::Condition c = leaf(fact, op, std::vector<sw::Scalar>{});
    c.operand.is_list = false;
    c.operand.param = param;
    return c;
}

inline sw::Condition group(sw::Condition::Type type, std::vector<sw::Condition> children) {
    sw::Condition c;
    c.type = type;
    c.children = std::move(children);
    return c;
}
inline sw::Condition all(std::vector<sw::Condition> children) { return group(sw::Condition::Type::All, std::move(children)); }
inline sw::Condition any(std::vector<sw::Condition> children) { return group(sw::Condition::Type::Any, std::move(children)); }
inline sw::Condition not_(sw::Condition child) { return group(sw::Condition::Type::Not, {std::move(child)}); }

inline sw::Amount amount(double v) {
    sw::Amount a;
    a.cases.push_back({std::nullopt, sw::Operand{{v}, false, "", ""}});
    return a;
}

// A valid gift scheme: fixed `euro` per course on tuition, valid from 2000, always eligible.
inline sw::SchemeSpec scheme(const std::string& id, double euro = 1000) {
    sw::SchemeSpec s;
    s.id = id;
    s.fragment = "test";
    s.name = {"Regeling " + id, "Scheme " + id};
    s.description = {"Een regeling om te testen.", "A scheme for tests."};
    s.provider = "Test";
    s.kind = sw::Kind::Gift;
    s.applicant = sw::Applicant::Person;
    s.apply_url = "https://example.org/" + id;
    s.valid_from = date("2000-01-01");
    s.covers = {sw::Component::Tuition};
    s.formula.type = sw::FormulaType::Fixed;
    s.formula.amount = amount(euro);
    s.priority = 100;
    s.sources.push_back({"https://example.org/", "Test", date("2026-11-01")});
    return s;
}

inline sw::CatalogueSpec catalogue(std::vector<sw::SchemeSpec> schemes) {
    sw::CatalogueSpec c;
    c.id = "test";
    c.version = "1";
    for (const char* code : {"metaal-mkb", "metalektro", "bakkerij", "horeca"}) {
        c.sectors.push_back({code, {code, code}});
    }
    c.schemes = std::move(schemes);
    return c;
}

inline std::shared_ptr<const sw::Catalogue> compile(sw::CatalogueSpec spec) {
    std::vector<sw::Diagnostic> errors;
    auto cat = sw::Catalogue::compile(std::move(spec), errors);
    for (const auto& e : errors) UNSCOPED_INFO(e.path << ": " << e.message);
    REQUIRE(cat);
    return cat;
}

inline std::vector<sw::Diagnostic> errors_of(sw::CatalogueSpec spec) {
    std::vector<sw::Diagnostic> errors;
    auto cat = sw::Catalogue::compile(std::move(spec), errors);
    CHECK_FALSE(cat);
    return errors;
}

// A course of 2,000 euro tuition starting 2026-09-01, nothing known about the person.
inline sw::Case blank_case(const char* reference = "2026-09-01") {
    sw::Case c;
    c.reference_date = date(reference);
    c.course.start_date = c.reference_date;
    c.course.costs[static_cast<int>(sw::Component::Tuition)] = 200000;
    return c;
}

inline const sw::SchemeResult* find(const sw::Result& r, const std::string& id) {
    for (const auto& s : r.schemes) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

}  // namespace spec
