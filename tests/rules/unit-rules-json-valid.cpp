// The fixture fragment, the Dutch catalogue and the reference bundle load without any
// diagnostic, and what is read arrives in the spec (a parser that dropped fields would still
// "load").
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

TEST_CASE("rules json: the fixture fragment loads and its fields reach the spec") {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(fragment()), errors);
    INFO(all(errors));
    REQUIRE(c);
    const sw::CatalogueSpec& spec = c->spec();
    CHECK(spec.id == "t");
    CHECK(spec.version == "2026.1");
    REQUIRE(spec.sectors.size() == 2);
    CHECK(spec.sectors[1].code == "zorg");
    CHECK(spec.sets.at("regio") == std::vector<std::string>{"Almelo", "Borne"});
    REQUIRE(spec.parameters.size() == 1);
    CHECK(spec.parameters[0].periods.size() == 2);
    CHECK_FALSE(spec.parameters[0].periods[1].to.has_value());
    const sw::SchemeSpec* s = c->find_scheme("s-gift");
    REQUIRE(s);
    CHECK(s->fragment == "base");
    CHECK(s->name.en == "Scheme");
    CHECK(s->formula.type == sw::FormulaType::Percentage);
    REQUIRE(s->formula.cap.has_value());
    CHECK(std::get<double>(s->formula.cap->amount.cases.at(0).value.values.at(0)) == 800.0);
    REQUIRE(s->condition.children.size() == 2);
    CHECK(s->condition.children[0].operand.param == "max-age");
    CHECK(s->covers == std::vector<sw::Component>{sw::Component::Tuition, sw::Component::Exam});
    CHECK(s->sources.at(0).checked == *sw::parse_iso_date("2026-11-01"));
    REQUIRE(spec.notes.size() == 1);
    CHECK(spec.notes[0].when.type == sw::Condition::Type::SchemeStatus);
}

TEST_CASE("rules json: a set and a date window are read into values") {
    J f = fragment();
    f["schemes"][0]["condition"] = J{{"all", J::array({leaf("person.municipality", "in", J{{"set", "regio"}}),
                                                       leaf("course.start_date", "between", J::array({nullptr, "2025-12-31"}))})}};
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(f), errors);
    INFO(all(errors));
    REQUIRE(c);
    const auto& cond = c->find_scheme("s-gift")->condition;
    REQUIRE(cond.children[0].operand.values.size() == 2);
    CHECK(std::get<std::string>(cond.children[0].operand.values[1]) == "Borne");
    const auto& window = cond.children[1].operand.values;
    REQUIRE(window.size() == 2);
    CHECK(std::get<sw::Date>(window[0]) == sw::date_from_ymd(1, 1, 1));  // open start
    CHECK(std::get<sw::Date>(window[1]) == sw::date_from_ymd(2025, 12, 31));
}

TEST_CASE("rules json: the Dutch catalogue and the reference bundle in rules-data load cleanly") {
    // Every fragment of the bundle directory, in name order (as the built-in bundle is embedded):
    // the Dutch catalogue may add fragments; the frozen reference bundle has exactly its 18 schemes.
    for (const char* dir : {"/rules-data/nl/bundle", "/rules-data/reference/bundle"}) {
        INFO(dir);
        std::vector<std::filesystem::path> paths;
        for (const auto& e : std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + dir))
            if (e.path().extension() == ".json" && e.path().filename() != "manifest.json")
                paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        REQUIRE(paths.size() >= 8);
        std::vector<sw::RulesFile> f;
        for (const auto& p : paths) {
            std::ifstream in(p);
            std::stringstream ss;
            ss << in.rdbuf();
            f.push_back(sw::RulesFile{p.filename().string(), ss.str()});
        }
        std::vector<sw::Diagnostic> errors;
        auto c = sw::load_catalogue(f, errors);
        INFO(all(errors));
        REQUIRE(c);
        CHECK(c->spec().schemes.size() >= 18);
        if (std::string(dir).find("reference") != std::string::npos) {
            CHECK(c->spec().schemes.size() == 18);
            CHECK(c->find_scheme("oom-trainingstoelage"));
        }
    }
}
