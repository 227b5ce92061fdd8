// Regions (docs/rules-format.md "Regions"): a named, dated set of municipalities defined once in
// any fragment, used by a person.municipality leaf as { "region": id } and resolved at load into
// the same `in` list an inline list gives; loader errors name the path and the reason.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {

J region(const char* id, J municipalities, const char* from = "2019-01-01") {
    return J{
        {"id", id},
        {"name", text("Regio", "Region")},
        {"valid", J{{"from", from}, {"to", nullptr}}},
        {"municipalities", std::move(municipalities)},
        {"sources",
         J::array({J{{"url", "https://example.org/regio"}, {"title", "Regio"}, {"checked", "2026-12-03"}}})}};
}

// A fragment whose scheme s-gift asks for person.municipality `value` (second leaf).
J with_municipality_leaf(J value, const char* op = "in") {
    J f = fragment();
    f["schemes"][0]["condition"]["all"][1] = leaf("person.municipality", op, std::move(value));
    return f;
}

std::shared_ptr<const sw::Catalogue> load(const std::vector<sw::RulesFile>& f) {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(f, errors);
    INFO(all(errors));
    REQUIRE(c);
    return c;
}

}  // namespace

TEST_CASE("regions: a leaf's region becomes the same in-list as the inline list") {
    J f = with_municipality_leaf(J{{"region", "twente"}});
    f["regions"] = J::array({region("twente", J::array({"Almelo", "Borne"}))});
    auto c = load(files(f));
    const sw::Condition& leaf = c->spec().schemes[0].condition.children[1];
    CHECK(leaf.op == sw::Op::In);
    CHECK(leaf.operand.is_list);
    CHECK(leaf.operand.region == "twente");
    CHECK(leaf.operand.values == std::vector<sw::Scalar>{std::string("Almelo"), std::string("Borne")});
    REQUIRE(c->spec().regions.size() == 1);
    CHECK(c->spec().regions[0].fragment == "base");
    CHECK(c->spec().regions[0].name.nl == "Regio");

    // The same answers as the inline list, for a resident, a non-resident and an unknown municipality.
    auto inline_c = load(files(with_municipality_leaf(J::array({"Almelo", "Borne"}))));
    for (const char* place : {"Borne", "Zwolle", ""}) {
        std::string case_json = R"({"contract":1,"person":{"age":40,"sector":"metaal")";
        if (*place) case_json += std::string(R"(,"municipality":")") + place + "\"";
        case_json += R"(},"course":{"start_date":"2024-03-01","costs":{"tuition":1000}}})";
        sw::Diagnostic error;
        auto a = sw::parse_case_json(case_json, *c, error);
        INFO(error.path << ": " << error.message);
        REQUIRE(a);
        auto b = sw::parse_case_json(case_json, *inline_c, error);
        REQUIRE(b);
        const auto ra = sw::evaluate(*c, *a);
        const auto rb = sw::evaluate(*inline_c, *b);
        REQUIRE(ra.schemes.size() == rb.schemes.size());
        for (std::size_t i = 0; i < ra.schemes.size(); ++i)
            CHECK(ra.schemes[i].status == rb.schemes[i].status);
    }
}

TEST_CASE("regions: a region defined in a later fragment may be used by an earlier one") {
    J a = with_municipality_leaf(J{{"region", "twente"}});
    J b = fragment("regions");
    for (const char* k : {"sectors", "sets", "parameters", "schemes", "notes"}) b.erase(k);
    b["regions"] = J::array({region("twente", J::array({"Enschede"}))});
    auto c = load(files(a, b));
    CHECK(c->spec().schemes[0].condition.children[1].operand.values ==
          std::vector<sw::Scalar>{std::string("Enschede")});
    CHECK(c->spec().regions[0].fragment == "regions");
}

TEST_CASE("regions: loader errors name the path and the reason") {
    SECTION("unknown region, with the ones there are") {
        J f = with_municipality_leaf(J{{"region", "twnete"}});
        f["regions"] = J::array({region("twente", J::array({"Almelo"}))});
        REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.all[1].value.region",
                     "unknown region 'twnete' (regions: twente)");
    }
    SECTION("duplicate id across fragments") {
        J a = fragment();
        a["regions"] = J::array({region("twente", J::array({"Almelo"}))});
        J b = fragment("other");
        for (const char* k : {"sectors", "sets", "parameters", "schemes", "notes"}) b.erase(k);
        b["regions"] = J::array({region("twente", J::array({"Borne"}))});
        REQUIRE_DIAG(load_errors(files(a, b)), "b.json: regions[0].id",
                     "duplicate region id 'twente' (also in a.json: regions[0].id)");
    }
    SECTION("only with in / not_in, and only on person.municipality") {
        J f = with_municipality_leaf(J{{"region", "twente"}}, "=");
        f["regions"] = J::array({region("twente", J::array({"Almelo"}))});
        REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.all[1].value",
                     "a region can only be used with 'in' or 'not_in'");
        f["schemes"][0]["condition"]["all"][1] = leaf("person.employment", "in", J{{"region", "twente"}});
        REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.all[1].value",
                     "use it with person.municipality, not person.employment");
    }
    SECTION("the region's own fields") {
        J r = region("Twente", J::array({"Almelo", "Almelo"}), "2019-01-01");
        r["valid"]["to"] = "2018-01-01";
        r.erase("sources");
        r["extra"] = 1;
        J f = fragment();
        f["regions"] = J::array({r, region("leeg", J::array())});
        auto errors = load_errors(files(f));
        REQUIRE_DIAG(errors, "a.json: regions[0].extra", "unknown field");
        REQUIRE_DIAG(errors, "a.json: regions[0].id", "kebab-case");
        REQUIRE_DIAG(errors, "a.json: regions[0].valid.to", "is before valid.from");
        REQUIRE_DIAG(errors, "a.json: regions[0].municipalities[1]", "'Almelo' is listed twice");
        REQUIRE_DIAG(errors, "a.json: regions[0].sources", "required field is missing");
        REQUIRE_DIAG(errors, "a.json: regions[1].municipalities", "a non-empty list of municipality names");
    }
    SECTION("regions must be a list") {
        J f = fragment();
        f["regions"] = J{{"twente", J::array({"Almelo"})}};
        REQUIRE_DIAG(load_errors(files(f)), "a.json: regions", "a list");
    }
}
