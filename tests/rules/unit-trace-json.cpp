// trace_to_json() and trace_scheme_refusal(): the bytes `stapelwijzer explain --format json` and the
// JavaScript API's trace() give (keys in order, "fact" only on leaves, UTF-8 kept), and the refusal
// for unknown and out-of-date scheme ids.
#include "rules/unit-rules-json-fixture.h"
#include "stapelwijzer/trace_json.h"

namespace {

std::vector<sw::ConditionLine> sample() {
    sw::ConditionLine group;
    group.depth = 0;
    group.kind = sw::ConditionKind::All;
    group.outcome = sw::ConditionOutcome::Unknown;
    group.text = {"Alle voorwaarden hieronder", "All conditions below"};
    sw::ConditionLine age;
    age.depth = 1;
    age.kind = sw::ConditionKind::Leaf;
    age.outcome = sw::ConditionOutcome::True;
    age.text = {"U bent 42 jaar \"oud\" (€).", "You are 42."};
    age.fact = "person.age";
    sw::ConditionLine sector = age;
    sector.outcome = sw::ConditionOutcome::Unknown;
    sector.text = {"Sector?", "Sector?"};
    sector.fact = "person.sector";
    sw::ConditionLine no;
    no.depth = 1;
    no.kind = sw::ConditionKind::Not;
    no.outcome = sw::ConditionOutcome::False;
    no.text = {"Niet:", "Not:"};
    return {group, age, sector, no};
}

}  // namespace

TEST_CASE("trace json: compact output, golden bytes") {
    const std::string want =
        R"({"scheme":"s-gift","reference_date":"2026-09-01","conditions":[)"
        R"({"depth":0,"kind":"all","outcome":"unknown","text":{"nl":"Alle voorwaarden hieronder","en":"All conditions below"}},)"
        R"({"depth":1,"kind":"leaf","outcome":"true","text":{"nl":"U bent 42 jaar \"oud\" (€).","en":"You are 42."},"fact":"person.age"},)"
        R"({"depth":1,"kind":"leaf","outcome":"unknown","text":{"nl":"Sector?","en":"Sector?"},"fact":"person.sector"},)"
        R"({"depth":1,"kind":"not","outcome":"false","text":{"nl":"Niet:","en":"Not:"}}]})";
    CHECK(sw::trace_to_json("s-gift", *sw::parse_iso_date("2026-09-01"), sample(), false) == want);
}

TEST_CASE("trace json: pretty output is the same document with 2-space indent") {
    const std::string pretty = sw::trace_to_json("s-gift", *sw::parse_iso_date("2026-09-01"), sample(), true);
    CHECK(pretty.rfind(
              "{\n  \"scheme\": \"s-gift\",\n  \"reference_date\": \"2026-09-01\",\n  \"conditions\": [\n",
              0) == 0);
    CHECK(pretty.back() == '}');
    CHECK(rulesio_test::J::parse(pretty) ==
          rulesio_test::J::parse(
              sw::trace_to_json("s-gift", *sw::parse_iso_date("2026-09-01"), sample(), false)));
}

TEST_CASE("trace json: no lines gives an empty list, invalid UTF-8 is replaced") {
    CHECK(sw::trace_to_json("x", *sw::parse_iso_date("2027-01-31"), {}, false) ==
          R"({"scheme":"x","reference_date":"2027-01-31","conditions":[]})");
    sw::ConditionLine bad;
    bad.text = {"a\xff", "b"};
    bad.fact = "person.age";
    CHECK(sw::trace_to_json("x", *sw::parse_iso_date("2027-01-31"), {bad}, false).find("a\xef\xbf\xbd") !=
          std::string::npos);
}

TEST_CASE("trace json: kind names") {
    CHECK(std::string(sw::condition_kind_name(sw::ConditionKind::All)) == "all");
    CHECK(std::string(sw::condition_kind_name(sw::ConditionKind::Any)) == "any");
    CHECK(std::string(sw::condition_kind_name(sw::ConditionKind::Not)) == "not");
    CHECK(std::string(sw::condition_kind_name(sw::ConditionKind::Leaf)) == "leaf");
}

TEST_CASE("trace scheme refusal: unknown id, before and after the validity window, inside it") {
    using namespace rulesio_test;
    J frag = fragment();
    frag["schemes"][0]["valid"] = J{{"from", "2021-01-01"}, {"to", "2023-12-31"}};
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw::load_catalogue(files(frag), errors);
    REQUIRE(catalogue);
    sw::Case c;
    c.reference_date = *sw::parse_iso_date("2023-12-31");
    CHECK(sw::trace_scheme_refusal(*catalogue, c, "s-gift").empty());
    CHECK(sw::trace_scheme_refusal(*catalogue, c, "s-nope") ==
          "unknown scheme 's-nope' (not in catalogue t)");
    c.reference_date = *sw::parse_iso_date("2024-01-01");
    CHECK(sw::trace_scheme_refusal(*catalogue, c, "s-gift") ==
          "scheme 's-gift' is not valid on 2024-01-01 (valid 2021-01-01 to 2023-12-31)");
    c.reference_date = *sw::parse_iso_date("2020-12-31");
    CHECK(sw::trace_scheme_refusal(*catalogue, c, "s-gift").find("not valid on 2020-12-31") !=
          std::string::npos);
    frag["schemes"][0]["valid"] = J{{"from", "2021-01-01"}, {"to", nullptr}};
    catalogue = sw::load_catalogue(files(frag), errors);
    REQUIRE(catalogue);
    CHECK(sw::trace_scheme_refusal(*catalogue, c, "s-gift") ==
          "scheme 's-gift' is not valid on 2020-12-31 (valid 2021-01-01 onwards)");
}
