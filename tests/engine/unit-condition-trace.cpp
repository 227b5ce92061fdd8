// condition_trace(): every condition of a scheme with its outcome (the adviser view's data).
#include "engine/spec_builders.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/trace.h"

using namespace spec;
using sw::ConditionKind;
using sw::ConditionOutcome;
using sw::Fact;
using sw::Op;

TEST_CASE("trace: the whole tree in pre-order with Kleene outcomes per node") {
    auto s = scheme("a-mixed");
    // all{ age >= 18, any{ receives_ww = true, not{ sector in [metaal-mkb] } } }
    s.condition = all(
        {leaf(Fact::PersonAge, Op::Ge, 18),
         any({leaf_bool(Fact::PersonReceivesWw, true), not_(leaf_in(Fact::PersonSector, {"metaal-mkb"}))})});
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.age = 42;
    k.person.sector = "metaal-mkb";  // receives_ww stays unknown

    const auto lines = sw::condition_trace(*cat, k, "a-mixed");
    REQUIRE(lines.size() == 6);
    const ConditionKind kinds[] = {ConditionKind::All,  ConditionKind::Leaf, ConditionKind::Any,
                                   ConditionKind::Leaf, ConditionKind::Not,  ConditionKind::Leaf};
    const int depths[] = {0, 1, 1, 2, 2, 3};
    const ConditionOutcome outcomes[] = {ConditionOutcome::Unknown, ConditionOutcome::True,
                                         ConditionOutcome::Unknown, ConditionOutcome::Unknown,
                                         ConditionOutcome::False,   ConditionOutcome::True};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO("line " << i << ": " << lines[i].text.en);
        CHECK(lines[i].kind == kinds[i]);
        CHECK(lines[i].depth == depths[i]);
        CHECK(lines[i].outcome == outcomes[i]);
    }
    CHECK(lines[1].fact == "person.age");
    CHECK(lines[3].fact == "person.receives_ww");
    CHECK(lines[5].fact == "person.sector");
    CHECK(lines[0].fact.empty());
    CHECK(lines[1].text.nl == "uw leeftijd: 42, grens 18");
    CHECK(lines[1].text.en == "your age: 42, limit 18");
    CHECK(lines[0].text.nl.find("alle voorwaarden") != std::string::npos);
    CHECK(lines[2].text.en.find("At least one") != std::string::npos);

    // The root's outcome is the scheme's status: unknown here, so evaluate() says possible.
    const sw::Result r = sw::evaluate(*cat, k);
    REQUIRE(r.schemes.size() == 1);
    CHECK(r.schemes[0].status == sw::Status::Possible);
}

TEST_CASE("trace: a leaf's text is the text evaluate() gives as its reason") {
    auto s = scheme("a-young");
    s.condition = all({leaf(Fact::PersonAge, Op::Le, 30)});
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.age = 42;
    const auto lines = sw::condition_trace(*cat, k, "a-young");
    const sw::Result r = sw::evaluate(*cat, k);
    REQUIRE(lines.size() == 2);
    REQUIRE(r.schemes[0].reasons.size() == 1);
    CHECK(lines[1].outcome == ConditionOutcome::False);
    CHECK(lines[1].text.nl == r.schemes[0].reasons[0].text.nl);
    CHECK(lines[1].text.en == r.schemes[0].reasons[0].text.en);
}

TEST_CASE("trace: no conditions, unknown id, outside validity, invalid case") {
    auto open = scheme("a-open");  // no condition: an empty `all`
    auto old = scheme("b-old");
    old.valid_to = date("2020-12-31");
    auto cat = compile(catalogue({open, old}));
    auto k = blank_case();

    const auto lines = sw::condition_trace(*cat, k, "a-open");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].kind == ConditionKind::All);
    CHECK(lines[0].outcome == ConditionOutcome::True);
    CHECK(lines[0].text.en == "No conditions: everyone qualifies.");

    CHECK(sw::condition_trace(*cat, k, "no-such-scheme").empty());
    CHECK(sw::condition_trace(*cat, k, "b-old").empty());

    auto bad = k;
    bad.person.age = -5;  // check_case refuses it
    REQUIRE(sw::check_case(*cat, bad));
    CHECK(sw::condition_trace(*cat, bad, "a-open").empty());
}

TEST_CASE("trace: on the shipped catalogue the root outcome always matches the status") {
    std::vector<sw::Diagnostic> errors;  // the fragments: the signature is not what is tested here
    auto cat = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    REQUIRE(cat);
    auto nothing = blank_case();
    auto some = blank_case();
    some.person.age = 35;
    some.person.sector = "metaal-mkb";
    some.person.employment = "employee";
    some.course.topic = "technical";
    for (const sw::Case* k : {&nothing, &some}) {
        const sw::Result r = sw::evaluate(*cat, *k);
        REQUIRE_FALSE(r.schemes.empty());
        for (const sw::SchemeResult& s : r.schemes) {
            INFO(s.id);
            const auto lines = sw::condition_trace(*cat, *k, s.id);
            REQUIRE_FALSE(lines.empty());
            const ConditionOutcome root = lines[0].outcome;
            if (s.status == sw::Status::Ineligible) CHECK(root == ConditionOutcome::False);
            if (s.status == sw::Status::Eligible) CHECK(root == ConditionOutcome::True);
            if (s.status == sw::Status::Possible) CHECK(root != ConditionOutcome::False);
            for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].depth >= 1);
        }
    }
}
