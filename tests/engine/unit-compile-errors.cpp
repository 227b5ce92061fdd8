// Catalogue::compile: every problem reported, each with a JSON path; a valid spec compiles.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;

static bool has_error(const std::vector<sw::Diagnostic>& errors, const std::string& path, const std::string& part) {
    for (const auto& e : errors) {
        if (e.path == path && e.message.find(part) != std::string::npos) return true;
    }
    return false;
}

static std::string dump(const std::vector<sw::Diagnostic>& errors) {
    std::string s;
    for (const auto& e : errors) s += e.path + ": " + e.message + "\n";
    return s;
}

TEST_CASE("a valid catalogue compiles and keeps its spec") {
    auto s = scheme("b-scheme");
    s.condition = all({leaf(Fact::PersonAge, Op::Le, 55), leaf(Fact::PersonSector, Op::Eq, "bakkerij")});
    auto cat = compile(catalogue({s, scheme("a-scheme")}));
    CHECK(cat->spec().schemes.size() == 2);
    CHECK(cat->spec().schemes[0].id == "b-scheme");
    REQUIRE(cat->find_scheme("a-scheme"));
    CHECK(cat->find_scheme("a-scheme")->id == "a-scheme");
    CHECK(cat->find_scheme("c-scheme") == nullptr);
}

TEST_CASE("duplicate ids and bad ids are reported") {
    auto errors = errors_of(catalogue({scheme("same"), scheme("same"), scheme("Bad_Id")}));
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[1].id", "duplicate"));
    CHECK(has_error(errors, "schemes[2].id", "kebab-case"));
}

TEST_CASE("dangling references are reported, all of them") {
    auto s = scheme("a");
    s.interactions.excludes = {"missing-one"};
    s.interactions.requires_schemes = {"a"};
    s.condition = all({leaf(Fact::PersonSector, Op::Eq, "kapper"), leaf_param(Fact::PersonAge, Op::Lt, "no-such-param"),
                       leaf_param(Fact::PersonMunicipality, Op::In, "no-such-set")});
    auto errors = errors_of(catalogue({s}));
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[0].interactions.excludes[0]", "unknown scheme \"missing-one\""));
    CHECK(has_error(errors, "schemes[0].interactions.requires[0]", "itself"));
    CHECK(has_error(errors, "schemes[0].condition.all[0].value", "unknown sector code \"kapper\""));
    CHECK(has_error(errors, "schemes[0].condition.all[1].value", "unknown parameter"));
    CHECK(has_error(errors, "schemes[0].condition.all[2].value", "unknown parameter or set"));
    CHECK(errors.size() == 5);
}

TEST_CASE("value types must fit the fact and the operator") {
    auto s = scheme("a");
    s.condition = all({
        leaf(Fact::PersonAge, Op::Lt, "old"),                        // string for a number
        leaf(Fact::PersonEmployment, Op::Eq, "boss"),                // not an enum value
        leaf(Fact::PersonSector, Op::Lt, "bakkerij"),                // ordering on a vocabulary
        leaf(Fact::PersonAge, Op::In, 5),                            // in without a list
        leaf_in(Fact::CourseQuality, {"ocw", "iso"}),                // set value not in the enum
        leaf(Fact::PersonAge, Op::Between, std::vector<sw::Scalar>{1.0, 2.0}),  // between on a number
        leaf_bool(Fact::CourseOntwikkelpad, true),                   // fine
        leaf(Fact::ReferenceDate, Op::Between, std::vector<sw::Scalar>{date("2026-01-01"), date("2025-01-01")}),
        leaf(Fact::PersonReceivesWw, Op::Eq, 1),                     // number for a boolean
    });
    s.condition.children[6].explain.en = "";
    s.condition.children[3].operand.is_list = false;
    auto errors = errors_of(catalogue({s}));
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[0].condition.all[0].value", "must be a number"));
    CHECK(has_error(errors, "schemes[0].condition.all[1].value", "not a value of person.employment"));
    CHECK(has_error(errors, "schemes[0].condition.all[2].op", "numbers and dates only"));
    CHECK(has_error(errors, "schemes[0].condition.all[3].value", "needs a list"));
    CHECK(has_error(errors, "schemes[0].condition.all[4].value[1]", "\"iso\""));
    CHECK(has_error(errors, "schemes[0].condition.all[5].op", "dates only"));
    CHECK(has_error(errors, "schemes[0].condition.all[6].explain.en", "must not be empty"));
    CHECK(has_error(errors, "schemes[0].condition.all[7].value", "ends before it starts"));
    CHECK(has_error(errors, "schemes[0].condition.all[8].value", "true or false"));
    CHECK(errors.size() == 9);
}

TEST_CASE("parameter periods may not be inverted or overlap, and must fit their use") {
    auto c = catalogue({});
    sw::Parameter p{"max-age", {}};
    p.periods.push_back({date("2020-01-01"), date("2022-12-31"), {55.0}, false, {}});
    p.periods.push_back({date("2022-06-01"), std::nullopt, {56.0}, false, {}});  // overlaps the first
    p.periods.push_back({date("2030-01-01"), date("2029-01-01"), {std::string("x")}, false, {}});  // inverted
    c.parameters.push_back(p);
    auto s = scheme("a");
    s.condition = leaf_param(Fact::PersonAge, Op::Lt, "max-age");
    c.schemes.push_back(s);
    auto errors = errors_of(c);
    INFO(dump(errors));
    CHECK(has_error(errors, "parameters.max-age[1]", "overlaps period 0"));
    CHECK(has_error(errors, "parameters.max-age[2].to", "before from"));
    CHECK(has_error(errors, "schemes[0].condition.value (parameter max-age[2])", "must be a number"));
}

TEST_CASE("texts, URLs, validity, covers and formulas are checked") {
    auto s = scheme("a");
    s.name.nl = "";
    s.apply_url = "http://insecure.example";
    s.valid_to = date("1999-01-01");
    s.covers = {sw::Component::Tuition, sw::Component::Tuition};
    s.formula.amount = amount(100.005);
    auto l = scheme("b");
    l.kind = sw::Kind::Loan;  // a loan with a fixed formula
    auto p = scheme("c");
    p.formula.type = sw::FormulaType::Percentage;
    p.formula.amount = {};
    p.formula.percent = amount(120);
    auto errors = errors_of(catalogue({s, l, p}));
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[0].name.nl", "must not be empty"));
    CHECK(has_error(errors, "schemes[0].apply_url", "https://"));
    CHECK(has_error(errors, "schemes[0].valid.to", "before valid.from"));
    CHECK(has_error(errors, "schemes[0].covers[1]", "twice"));
    CHECK(has_error(errors, "schemes[0].formula.amount", "whole number of cents"));
    CHECK(has_error(errors, "schemes[1].formula.type", "kind loan"));
    CHECK(has_error(errors, "schemes[2].formula.percent", "between 0 and 100"));
}

TEST_CASE("note-only conditions are refused in schemes; notes are checked") {
    auto s = scheme("a");
    sw::Condition st;
    st.type = sw::Condition::Type::SchemeStatus;
    st.scheme = "a";
    st.statuses = {sw::Status::Eligible};
    s.condition = all({st});
    auto c = catalogue({s});
    sw::NoteSpec n;
    n.id = "note-x";
    n.text = {"Tekst", ""};
    sw::Condition bad = st;
    bad.scheme = "nope";
    n.when = all({bad});
    c.notes.push_back(n);
    auto errors = errors_of(c);
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[0].condition.all[0]", "only allowed in notes"));
    CHECK(has_error(errors, "notes[0].text.en", "must not be empty"));
    CHECK(has_error(errors, "notes[0].when.all[0].scheme", "unknown scheme \"nope\""));
}

TEST_CASE("sets are usable as lists and checked against the fact") {
    auto c = catalogue({});
    c.sets["twente"] = {"Almelo", "Enschede"};
    c.sets["sectors-x"] = {"bakkerij", "kapper"};
    auto a = scheme("a");
    a.condition = leaf_param(Fact::PersonMunicipality, Op::In, "twente");
    auto b = scheme("b");
    b.condition = leaf_param(Fact::PersonSector, Op::In, "sectors-x");
    c.schemes = {a, b};
    auto errors = errors_of(c);
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[1].condition.value[1]", "\"kapper\""));
    CHECK(errors.size() == 1);
}

TEST_CASE("enum fields outside their names are refused, not trusted") {
    auto s = scheme("a");
    s.kind = static_cast<sw::Kind>(9);
    auto b = scheme("b");
    b.applicant = static_cast<sw::Applicant>(5);
    b.formula.fixed_per = static_cast<sw::CapPeriod>(7);
    auto c = scheme("c");
    c.condition.type = static_cast<sw::Condition::Type>(40);
    auto d = scheme("d");
    d.condition = leaf(Fact::PersonAge, Op::Eq, 3);
    d.condition.fact = static_cast<Fact>(200);
    auto errors = errors_of(catalogue({s, b, c, d}));
    INFO(dump(errors));
    CHECK(has_error(errors, "schemes[0].kind", "unknown kind"));
    CHECK(has_error(errors, "schemes[1].applicant", "unknown applicant"));
    CHECK(has_error(errors, "schemes[1].formula.per", "unknown period"));
    CHECK(has_error(errors, "schemes[2].condition", "unknown condition type"));
    CHECK(has_error(errors, "schemes[3].condition.fact", "unknown fact"));
}

TEST_CASE("deeply nested conditions are refused, not overflowing the stack") {
    auto s = scheme("deep");
    sw::Condition c = leaf(Fact::PersonAge, Op::Eq, 3);
    for (int i = 0; i < 100; ++i) c = not_(c);
    s.condition = c;
    auto errors = errors_of(catalogue({s}));
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].message.find("deeper than 64") != std::string::npos);
}
