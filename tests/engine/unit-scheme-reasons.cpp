// scheme_reasons(): one scheme's reason texts on demand are exactly what evaluate() with texts
// gives, for every scheme of the built-in catalogue, for every catalogue scenario's case and for
// generated cases (every status, every kind of leaf). Also: evaluate() without texts differs
// from evaluate() with texts only in the texts.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/spec_builders.h"
#include "stapelwijzer/rules.h"

namespace {

std::shared_ptr<const sw::Catalogue> builtin() {
    std::vector<sw::Diagnostic> errors;
    auto cat = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    REQUIRE(cat);
    return cat;
}

// The "input" of every scenario in rules-data/nl/tests, as cases.
std::vector<sw::Case> scenario_cases(const sw::Catalogue& cat) {
    std::vector<std::filesystem::path> paths;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + "/rules-data/nl/tests"))
        if (e.path().extension() == ".json") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<sw::Case> out;
    for (const auto& p : paths) {
        std::ifstream in(p);
        std::stringstream text;
        text << in.rdbuf();
        const auto doc = nlohmann::json::parse(text.str());
        if (!doc.contains("input")) continue;
        sw::Diagnostic error;
        auto k = sw::parse_case_json(doc["input"].dump(), cat, error);
        INFO(p.string() << ": " << error.path << ": " << error.message);
        REQUIRE(k);
        out.push_back(*k);
    }
    return out;
}

// Cases that reach every status of many schemes: nothing known, then facts filled in one by one.
std::vector<sw::Case> generated_cases() {
    std::vector<sw::Case> out;
    sw::Case k;
    k.reference_date = spec::date("2026-09-01");
    k.course.start_date = k.reference_date;
    k.course.costs = {240000, 15000, 10000, 0, 0, 0};
    out.push_back(k);
    k.person.age = 42;
    out.push_back(k);
    k.person.employment = "employee";
    k.person.sector = "metalektro";
    out.push_back(k);
    k.person.province = "OV";
    k.person.municipality = "Enschede";
    k.course.quality = std::vector<std::string>{"nrto", "ocw"};
    k.course.topic = "digital";
    out.push_back(k);
    k.person.years_of_service = 3;
    k.person.hours_per_week = 32;
    k.person.education_level = 3;
    k.course.nlqf_level = 4;
    k.course.type = "diploma";
    k.course.aim = "current_job";
    k.person.contract_type = "temporary";
    k.person.receives_ww = false;
    k.person.dismissal = "threatened";
    k.person.employer_size = 30;
    out.push_back(k);
    k.person.employment = "jobseeker";
    k.person.age = 61;
    k.person.receives_ww = true;
    out.push_back(k);
    return out;
}

void check_every_scheme(const sw::Catalogue& cat, const sw::Case& k) {
    REQUIRE_FALSE(sw::check_case(cat, k));
    const sw::Result with = sw::evaluate(cat, k);
    sw::EvaluateOptions off;
    off.reasons = false;
    const sw::Result without = sw::evaluate(cat, k, off);
    REQUIRE(with.schemes.size() == without.schemes.size());
    for (std::size_t i = 0; i < with.schemes.size(); ++i) {
        const sw::SchemeResult& s = with.schemes[i];
        INFO(s.id);
        const std::vector<sw::Reason> lazy = sw::scheme_reasons(cat, k, s.id);
        REQUIRE(lazy.size() == s.reasons.size());
        CHECK_FALSE(lazy.empty());
        for (std::size_t r = 0; r < lazy.size(); ++r) {
            CHECK(lazy[r].text.nl == s.reasons[r].text.nl);
            CHECK(lazy[r].text.en == s.reasons[r].text.en);
            CHECK(lazy[r].facts == s.reasons[r].facts);
        }
        CHECK(without.schemes[i].id == s.id);
        CHECK(without.schemes[i].status == s.status);
        CHECK(without.schemes[i].deciding_facts == s.deciding_facts);
        CHECK(without.schemes[i].reasons.empty());
    }
    CHECK(with.plan.own_payment == without.plan.own_payment);
    CHECK(with.plan.gift_schemes == without.plan.gift_schemes);
    CHECK(with.best_case_plan.own_payment == without.best_case_plan.own_payment);
    CHECK(with.questions.size() == without.questions.size());
    CHECK(with.notes.size() == without.notes.size());
}

}  // namespace

TEST_CASE("scheme_reasons equals evaluate()'s reasons for every scheme of every catalogue scenario") {
    const auto cat = builtin();
    const auto cases = scenario_cases(*cat);
    REQUIRE(cases.size() >= 10);
    for (const sw::Case& k : cases) check_every_scheme(*cat, k);
}

TEST_CASE("scheme_reasons equals evaluate()'s reasons for generated cases of every status") {
    const auto cat = builtin();
    std::size_t statuses[3] = {0, 0, 0};
    for (const sw::Case& k : generated_cases()) {
        check_every_scheme(*cat, k);
        for (const auto& s : sw::evaluate(*cat, k).schemes) ++statuses[static_cast<int>(s.status)];
    }
    // The cases reach every status, so every kind of reason (deciding leaves, depends-on) is compared.
    CHECK(statuses[0] > 0);
    CHECK(statuses[1] > 0);
    CHECK(statuses[2] > 0);
}

TEST_CASE("scheme_reasons: unknown scheme or not valid at the date gives nothing") {
    using namespace spec;
    auto old = scheme("old-scheme");
    old.valid_to = date("2020-12-31");
    auto current = scheme("current-scheme");
    current.condition = all({leaf(sw::Fact::PersonAge, sw::Op::Ge, 18)});
    auto cat = compile(catalogue({old, current}));
    auto k = blank_case();
    k.person.age = 42;
    CHECK(sw::scheme_reasons(*cat, k, "no-such-scheme").empty());
    CHECK(sw::scheme_reasons(*cat, k, "old-scheme").empty());
    const auto reasons = sw::scheme_reasons(*cat, k, "current-scheme");
    REQUIRE(reasons.size() == 1);
    CHECK(reasons[0].text.nl == "uw leeftijd: 42, grens 18");
    CHECK(reasons[0].facts == std::vector<std::string>{"person.age"});
}
