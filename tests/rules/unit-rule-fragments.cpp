// rule_fragments(): a bundle's catalogue fragments, without the manifest and the signatures.
#include <catch2/catch.hpp>
#include <filesystem>

#include "stapelwijzer/rules.h"

TEST_CASE("rule_fragments keeps the .json fragments in order, drops manifest and signatures") {
    const std::vector<sw::RulesFile> bundle = {
        {"manifest.json", "{}"},
        {"oom.json", "{\"a\":1}"},
        {"oom.json.minisig", "sig"},
        {"manifest.json.minisig", "sig"},
        {"national.json", "{}"},
        {"README", "text"},
        {".json", "{}"},
    };
    const auto fragments = sw::rule_fragments(bundle);
    REQUIRE(fragments.size() == 2);
    CHECK(fragments[0].name == "oom.json");
    CHECK(fragments[0].text == "{\"a\":1}");
    CHECK(fragments[1].name == "national.json");
}

TEST_CASE("rule_fragments of the built-in bundle loads as the Dutch catalogue") {
    const auto fragments = sw::rule_fragments(sw::builtin_rules_files());
    std::size_t on_disk = 0;  // the committed bundle's fragments
    for (const auto& e : std::filesystem::directory_iterator(SW_SOURCE_DIR "/rules-data/nl/bundle")) {
        on_disk += e.path().extension() == ".json" && e.path().filename() != "manifest.json";
    }
    CHECK(on_disk >= 1);
    CHECK(fragments.size() == on_disk);
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw::load_catalogue(fragments, errors);
    CHECK(errors.empty());
    REQUIRE(catalogue);
    CHECK(catalogue->spec().id == "nl");
}
