// manifest.json: the shape is checked field by field, with the JSON path in every message.
#include <catch2/catch.hpp>

#include "bundle/manifest.h"

namespace mf = sw::manifest;
using Catch::Matchers::Contains;

namespace {

const std::string kHash(64, 'a');

std::string manifest_with(const std::string& replace, const std::string& by) {
    std::string text = R"({
  "format": "stapelwijzer-manifest/1", "catalogue": "nl", "version": "2026.12.1",
  "issued": "2026-12-01", "expires": "2027-03-01", "min_app_version": "0.1.0",
  "delegations": { "oom": { "keys": ["RWQ"], "threshold": 1, "prefixes": ["oom-"] } },
  "fragments": [ { "file": "national.json", "size": 10, "blake2b-256": "HASH" },
                 { "file": "oom.json", "size": 20, "sha-256": "HASH", "fund": "oom" } ]
})";
    for (std::size_t p; (p = text.find("HASH")) != std::string::npos;) text.replace(p, 4, kHash);
    if (!replace.empty()) {
        const std::size_t p = text.find(replace);
        REQUIRE(p != std::string::npos);
        text.replace(p, replace.size(), by);
    }
    return text;
}

}  // namespace

TEST_CASE("a well-formed manifest parses, and writing it back parses to the same") {
    std::string error;
    const auto m = mf::parse(manifest_with("", ""), error);
    INFO(error);
    REQUIRE(m);
    CHECK(m->catalogue == "nl");
    CHECK(m->version == "2026.12.1");
    REQUIRE(m->fragments.size() == 2);
    CHECK(m->fragments[1].hash_algorithm == mf::HashAlgorithm::Sha256);
    CHECK(m->fragments[1].fund == "oom");
    CHECK(m->delegations.at(0).prefixes.at(0) == "oom-");
    const std::string text = mf::to_json(*m);
    const auto again = mf::parse(text, error);
    REQUIRE(again);
    CHECK(mf::to_json(*again) == text);
}

TEST_CASE("each malformed manifest field is refused with its path and reason") {
    struct Case {
        const char* replace;
        const char* by;
        const char* message;
    };
    const Case cases[] = {
        {"\"format\": \"stapelwijzer-manifest/1\"", "\"format\": \"other/1\"",
         "format: must be \"stapelwijzer-manifest/1\""},
        {"\"catalogue\": \"nl\",", "", "catalogue: required field is missing"},
        {"\"catalogue\": \"nl\"", "\"catalogue\": 1", "catalogue: must be a string"},
        {"\"version\": \"2026.12.1\"", "\"version\": \"2026.12.x\"", "version: must be a dotted version"},
        {"\"issued\": \"2026-12-01\"", "\"issued\": \"2026-13-01\"", "issued: must be a date YYYY-MM-DD"},
        {"\"expires\": \"2027-03-01\"", "\"expires\": \"2026-11-30\"",
         "expires: is before issued (2026-12-01)"},
        {"\"min_app_version\": \"0.1.0\"", "\"min_app_version\": \"\"", "min_app_version: must not be empty"},
        {"\"catalogue\": \"nl\"", "\"catalogue\": \"nl\", \"signed_by\": \"me\"", "signed_by: unknown field"},
        {"\"threshold\": 1", "\"threshold\": 2",
         "delegations.oom.threshold: must be a whole number from 1 to the number of keys (1)"},
        {"\"threshold\": 1", "\"threshold\": 1.5", "delegations.oom.threshold"},
        {"\"prefixes\": [\"oom-\"]", "\"prefixes\": [\"oom\"]",
         "delegations.oom.prefixes[0]: must be lower-case"},
        {"\"prefixes\": [\"oom-\"]", "\"prefixes\": []",
         "delegations.oom.prefixes: must be a non-empty list"},
        {"\"oom\": {", "\"OOM\": {", "delegations.OOM: a fund name is lower-case"},
        {"\"keys\": [\"RWQ\"]", "\"keys\": [\"RWQ\"], \"files\": []", "delegations.oom.files: unknown field"},
        {"\"file\": \"national.json\"", "\"file\": \"../national.json\"",
         "fragments[0].file: '../national.json' is not a fragment file name"},
        {"\"file\": \"national.json\"", "\"file\": \"manifest.json\"",
         "fragments[0].file: 'manifest.json' is not a fragment file name"},
        {"\"file\": \"national.json\"", "\"file\": \"oom.json\"",
         "fragments[1].file: 'oom.json' is listed twice"},
        {"\"size\": 10", "\"size\": -1", "fragments[0].size: must be a whole number of bytes up to 8388608"},
        {"\"size\": 10", "\"size\": 99999999",
         "fragments[0].size: must be a whole number of bytes up to 8388608"},
        {"\"size\": 10, \"blake2b-256\"", "\"size\": 10, \"sha-256\": \"x\", \"blake2b-256\"",
         "fragments[0]: needs exactly one hash"},
        {"\"size\": 10, \"blake2b-256\": \"", "\"size\": 10, \"blake2b-256\": \"A",
         "fragments[0].blake2b-256: must be 64 lower-case hex digits"},
        {"\"fund\": \"oom\"", "\"fund\": \"colland\"",
         "fragments[1].fund: 'colland' has no entry in delegations"},
        {"\"fragments\": [", "\"fragments\": [ ], \"x\": [", "x: unknown field"},
        {"\"delegations\"", "\"delegations\": [], \"old\"", "old: unknown field"},
        {"{", "[", "not valid JSON"},
        // Whole numbers by their literal, as nlohmann's unsigned and integer types were.
        {"\"size\": 10", "\"size\": 10.0", "fragments[0].size: must be a whole number of bytes"},
        {"\"size\": 10", "\"size\": 1e1", "fragments[0].size: must be a whole number of bytes"},
        {"\"size\": 10", "\"size\": \"10\"", "fragments[0].size: must be a whole number of bytes"},
        {"\"size\": 10", "\"size\": 99999999999999999999999",
         "fragments[0].size: must be a whole number of bytes"},
        {"\"threshold\": 1", "\"threshold\": 1e0", "delegations.oom.threshold: must be a whole number"},
        {"\"threshold\": 1", "\"threshold\": -9223372036854775809",
         "delegations.oom.threshold: must be a whole number"},
        // A key given twice is refused, not read as its last value (a signed file means one thing).
        {"\"catalogue\": \"nl\"", "\"catalogue\": \"xx\", \"catalogue\": \"nl\"",
         "not valid JSON: catalogue: duplicate key"},
        // Several problems: the first in key order, whatever order the file has.
        {"\"catalogue\": \"nl\"", "\"catalogue\": \"nl\", \"zz\": 1, \"aa\": 1", "aa: unknown field"},
    };
    for (const auto& c : cases) {
        std::string error;
        INFO(c.message);
        CHECK_FALSE(mf::parse(manifest_with(c.replace, c.by), error));
        CHECK_THAT(error, Contains(c.message));
    }
    std::string error;
    CHECK_FALSE(mf::parse(std::string(mf::kMaxManifestBytes + 1, ' '), error));
    CHECK_THAT(error, Contains("more than"));
}

TEST_CASE("a manifest with escaped characters reads as the same text") {
    std::string error;
    const auto m = mf::parse(manifest_with("\"catalogue\": \"nl\"", "\"catalogue\": \"n\\u006c\""), error);
    INFO(error);
    REQUIRE(m);
    CHECK(m->catalogue == "nl");
}

TEST_CASE("delegations are read in fund-name order, whatever order the file has") {
    std::string error;
    const auto m = mf::parse(manifest_with("\"delegations\": {",
                                           "\"delegations\": { \"zorg\": { \"keys\": [\"RWQ\"], "
                                           "\"threshold\": 1, \"prefixes\": [\"zorg-\"] },"),
                             error);
    INFO(error);
    REQUIRE(m);
    REQUIRE(m->delegations.size() == 2);
    CHECK(m->delegations[0].fund == "oom");
    CHECK(m->delegations[1].fund == "zorg");
}

TEST_CASE("versions compare numerically part by part") {
    CHECK(mf::compare_versions("2026.11.1", "2026.9.9") > 0);
    CHECK(mf::compare_versions("2026.11", "2026.11.0") == 0);
    CHECK(mf::compare_versions("0.1.0", "0.10.0") < 0);
    CHECK(mf::is_version("1"));
    CHECK_FALSE(mf::is_version("1.2.3.4.5"));
    CHECK_FALSE(mf::is_version("1..2"));
    CHECK_FALSE(mf::is_version("v1.2"));
    CHECK_FALSE(mf::is_version("1234567890.1"));
}

TEST_CASE("hashes are those of libsodium, in lower-case hex") {
    // Known answers: BLAKE2b-256("abc") and SHA-256("abc").
    CHECK(mf::hash_hex(mf::HashAlgorithm::Blake2b256, "abc") == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
    CHECK(mf::hash_hex(mf::HashAlgorithm::Sha256, "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
