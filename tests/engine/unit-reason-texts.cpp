// Reason texts (docs/engine.md "Reasons"): {value} and {limit} show labels, never codes, and a
// list of several values quotes each one, so labels that contain commas stay readable.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;

namespace {

sw::Condition with_text(sw::Condition c, const char* nl, const char* en) {
    c.explain = {nl, en};
    return c;
}

const sw::Reason& only_reason(const sw::Result& r, const std::string& id) {
    const sw::SchemeResult* s = find(r, id);
    REQUIRE(s);
    REQUIRE(s->reasons.size() == 1);
    return s->reasons[0];
}

}  // namespace

TEST_CASE("reason texts: {value} of an enum or vocabulary fact shows its label in nl and en") {
    auto province = scheme("province");
    province.condition =
        all({with_text(leaf(Fact::PersonProvince, Op::Eq, "OV"), "U woont in {value}; nodig: {limit}.",
                       "You live in {value}; needed: {limit}.")});
    auto quality = scheme("quality");
    quality.condition =
        all({with_text(leaf_in(Fact::CourseQuality, {"ocw"}), "Keurmerk: {value}.", "Mark: {value}.")});
    auto sector = scheme("sector");
    sector.condition =
        all({with_text(leaf(Fact::PersonSector, Op::Eq, "horeca"), "Sector: {value}.", "Sector: {value}.")});
    auto topic = scheme("topic");
    topic.condition = all(
        {with_text(leaf(Fact::CourseTopic, Op::Eq, "technical"), "Onderwerp: {value}.", "Topic: {value}.")});
    auto spec = catalogue({province, quality, sector, topic});
    spec.sectors[1].name = {"Metaal en elektrotechniek", "Metal and electrical engineering"};
    auto cat = compile(spec);
    auto k = blank_case();
    k.person.province = "ZH";
    k.person.sector = "metalektro";
    k.course.quality = std::vector<std::string>{"nrto"};
    k.course.topic = "digital";
    const sw::Result r = sw::evaluate(*cat, k);

    CHECK(only_reason(r, "province").text.nl == "U woont in Zuid-Holland; nodig: Overijssel.");
    CHECK(only_reason(r, "province").text.en == "You live in South Holland; needed: Overijssel.");
    CHECK(only_reason(r, "quality").text.nl == "Keurmerk: NRTO-keurmerk.");
    CHECK(only_reason(r, "quality").text.en == "Mark: NRTO quality mark.");
    CHECK(only_reason(r, "sector").text.nl == "Sector: Metaal en elektrotechniek.");
    CHECK(only_reason(r, "sector").text.en == "Sector: Metal and electrical engineering.");
    CHECK(only_reason(r, "topic").text.nl == "Onderwerp: digitaal.");
    CHECK(only_reason(r, "topic").text.en == "Topic: digital.");
}

TEST_CASE("reason texts: several values are quoted one by one and joined with of/or, en/and") {
    auto sectors = scheme("sectors");
    sectors.condition = all({with_text(leaf_in(Fact::PersonSector, {"metaal-mkb", "metalektro", "bakkerij"}),
                                       "Alleen voor {limit}.", "Only for {limit}.")});
    auto marks = scheme("marks");
    marks.condition =
        all({with_text(leaf_in(Fact::CourseQuality, {"evc"}), "Keurmerken: {value}.", "Marks: {value}.")});
    auto two = scheme("two");
    two.condition = all({with_text(leaf_in(Fact::PersonSector, {"metaal-mkb", "bakkerij"}, Op::NotIn),
                                   "Niet voor {limit}.", "Not for {limit}.")});
    auto spec = catalogue({sectors, marks, two});
    spec.sectors[0].name = {"Techniek, bouw en energie", "Engineering, construction and energy"};
    spec.sectors[1].name = {"Metaal", "Metal"};
    spec.sectors[2].name = {"Bakkerij, brood en banket", "Bakery, bread and pastry"};
    auto cat = compile(spec);
    auto k = blank_case();
    k.person.sector = "horeca";
    k.course.quality = std::vector<std::string>{"ocw", "nrto", "branch"};
    const sw::Result r = sw::evaluate(*cat, k);

    CHECK(only_reason(r, "sectors").text.nl ==
          "Alleen voor ‘Techniek, bouw en energie’, ‘Metaal’ of ‘Bakkerij, brood en banket’.");
    CHECK(only_reason(r, "sectors").text.en ==
          "Only for ‘Engineering, construction and energy’, ‘Metal’ or ‘Bakery, bread and pastry’.");
    CHECK(only_reason(r, "marks").text.nl ==
          "Keurmerken: ‘erkend door OCW’, ‘NRTO-keurmerk’ en ‘erkend door de branche’.");
    CHECK(only_reason(r, "marks").text.en ==
          "Marks: ‘recognised by the ministry (OCW)’, ‘NRTO quality mark’ and ‘recognised by the industry’.");
    CHECK(only_reason(r, "two").text.nl ==
          "Niet voor ‘Techniek, bouw en energie’ of ‘Bakkerij, brood en banket’.");
    CHECK(only_reason(r, "two").text.en ==
          "Not for ‘Engineering, construction and energy’ or ‘Bakery, bread and pastry’.");
}

TEST_CASE("reason texts: placeholders filled in one pass, unknown braces kept") {
    auto s = scheme("age");
    s.condition = all({with_text(leaf(Fact::PersonAge, Op::Le, 30), "{fact} {value} > {limit} {other} {value",
                                 "{fact} {value} > {limit} {other} {value")});
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.age = 42;
    const sw::Result r = sw::evaluate(*cat, k);
    CHECK(only_reason(r, "age").text.nl == "uw leeftijd 42 > 30 {other} {value");
    CHECK(only_reason(r, "age").text.en == "your age 42 > 30 {other} {value");
}

TEST_CASE("reason texts: a fact not known yet drops the sentences that show its value") {
    auto s = scheme("llo");
    s.condition = all({
        with_text(leaf(Fact::PersonAge, Op::Lt, 57),
                  "U bent {value} jaar. U moet jonger zijn dan {limit} jaar.",
                  "You are {value}. You must be younger than {limit}."),
        with_text(leaf(Fact::CourseNlqfLevel, Op::Le, 4), "De opleiding heeft NLQF-niveau {value}.",
                  "The course is at NLQF level {value}."),
        with_text(leaf_bool(Fact::PersonReceivesWw, true),
                  "Alleen met WW! Wie {value} zegt, valt af? Zo is het.", "Only with WW. {fact}: {value}."),
    });
    auto cat = compile(catalogue({s}));
    const sw::Result unknown = sw::evaluate(*cat, blank_case());
    const sw::SchemeResult* r = find(unknown, "llo");
    REQUIRE(r);
    REQUIRE(r->status == sw::Status::Possible);
    REQUIRE(r->reasons.size() == 4);  // "Dit hangt nog af van: …", then one per unknown leaf
    CHECK(r->reasons[1].text.nl == "U moet jonger zijn dan 57 jaar.");
    CHECK(r->reasons[1].text.en == "You must be younger than 57.");
    // Nothing is left of a text that only showed the value: which fact is still open, in words.
    CHECK(r->reasons[2].text.nl == "Nog niet bekend: het niveau van de opleiding.");
    CHECK(r->reasons[2].text.en == "Not known yet: the level of the course.");
    CHECK(r->reasons[3].text.nl == "Alleen met WW! Zo is het.");
    CHECK(r->reasons[3].text.en == "Only with WW.");
    for (const sw::Reason& reason : r->reasons) {
        CHECK(reason.text.nl.find("onbekend") == std::string::npos);
        CHECK(reason.text.en.find("unknown") == std::string::npos);
    }

    // Once known, the whole text again.
    auto k = blank_case();
    k.person.age = 60;
    const sw::Result known = sw::evaluate(*cat, k);
    const sw::SchemeResult* kr = find(known, "llo");
    REQUIRE(kr);
    REQUIRE(kr->status == sw::Status::Ineligible);
    CHECK(kr->reasons.at(0).text.nl == "U bent 60 jaar. U moet jonger zijn dan 57 jaar.");
}
