// stapelwijzer/bundle.h: signed rules bundles (src/bundle/, libsodium). A bundle is a root-signed
// manifest plus the rules fragments it lists, each with size and hash; a fragment may also be
// signed by the fund the manifest delegates it to. Signatures are minisign's format. Nothing of a
// bundle is used before all of it verifies. Format and threats: docs/signing.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

// One rules fragment file as text (a catalogue is one or more fragments).
struct RulesFile {
    std::string name;  // file name, used in messages ("national.json: schemes[2].id: ...")
    std::string text;
};

// The signed Dutch bundle compiled into this build (rules-data/nl/bundle/), file by file. Empty in
// the web app, which links only the bundle's fingerprint (rules-data/CMakeLists.txt).
std::vector<RulesFile> builtin_rules_files();

// The fingerprint of the bundle this release ships (rules-data/nl/bundle/), in every build, also
// where its bytes are not compiled in: rules_digest() of its files, as 64 hex digits.
std::string builtin_rules_digest();

// The catalogue fragments among a bundle's files: the `.json` files other than the manifest (no
// signatures). For tests and benchmarks that use the rules without verifying them; the app and the
// CLI verify the bundle first (verify_bundle() below).
std::vector<RulesFile> rule_fragments(std::vector<RulesFile> bundle_files);

// Where the rules came from, for the "rules" block of every result.
struct RulesInfo {
    std::string catalogue;    // "nl"
    std::string version;      // "2026.11.1"
    std::string valid_until;  // ISO date the bundle expires, "" if none
    std::vector<std::string> signers;
    std::vector<Text> warnings;  // e.g. expired rules: shown with every result
};

// One file of a bundle as bytes, by its name in the bundle ("manifest.json", "oom.json.minisig").
struct BundleFile {
    std::string name;
    std::string bytes;
};

// A bundle's fingerprint: SHA-256 (hex) of one line "NAME SHA256-HEX-OF-BYTES\n" per file, the
// lines sorted by name (the same as cmake/embed_files.cmake writes at build time). Two sets of files
// have the same fingerprint only when they are the same names with the same bytes.
std::string rules_digest(const std::vector<BundleFile>& files);

struct BundleCheck {
    Date today;                        // the clock's date (expiry is judged by the clock, never a case)
    bool allow_expired = true;         // false: an expired bundle is refused (CLI without --allow-expired)
    std::string highest_seen_version;  // rollback floor remembered on this device ("" = none)
    // Per-fund versions (docs/signing.md): fragment file -> the highest version of it seen (the
    // built-in bundle's, earlier snapshots given to the verifier). A manifest listing a fragment at a
    // lower version is refused. Applies only to a bundle of `seen_catalogue` ("" = any catalogue).
    std::map<std::string, std::string> seen_fragment_versions;
    std::string seen_catalogue;
    // Root public keys (minisign public-key lines, "RWQ..."). Empty: the keys compiled into the app.
    std::vector<std::string> root_keys;
    // Distinct root keys that must sign the manifest. 0: the threshold compiled into the app.
    int root_threshold = 0;
    // The caller found `files` byte for byte equal to the bundle this release ships: the files
    // built into this binary, or files whose rules_digest() is builtin_rules_digest()
    // (session/planner.cpp). Everything is checked as always, the root signatures on the manifest
    // with this build's keys included, except what depends on the fragments' bytes alone: their
    // hashes, fund signatures and delegation scopes. Those bytes, or their fingerprint, are part of
    // the binary, and tests/signing/committed_bundle_test.cpp verifies them in full with the same
    // keys. Ignored unless root_keys and root_threshold are the built-in ones. The web app's start:
    // docs/signing.md, "The built-in bytes".
    bool built_in_bytes = false;
};

struct VerifiedBundle {
    std::vector<RulesFile> fragments;  // in manifest order, ready for load_catalogue()
    RulesInfo info;                    // catalogue, version, expires, signers, warnings (expiry)
    std::string issued;                // ISO date
    std::string expires;               // ISO date
    bool expired = false;
    std::map<std::string, std::string> fragment_versions;  // file -> version, for the next check's floor
    // Per-file report for `stapelwijzer verify` and the adviser view: "manifest.json: signed by ...".
    std::vector<std::string> report;
};

// Verifies everything (signatures, delegations, hashes, sizes, missing or extra files, minimum app
// version, rollback, expiry). On refusal returns nullopt and sets `reason` to a clear sentence.
std::optional<VerifiedBundle> verify_bundle(const std::vector<BundleFile>& files, const BundleCheck& check,
                                            std::string& reason);

// A fund's newly signed fragment, checked before it is published (the rules workbench,
// docs/workbench.md): its signature file by the keys the trusted manifest delegates `file` to (as
// many as the threshold, no other key) and its scope (ids under the fund's prefixes, the manifest's
// catalogue), as verify_bundle() checks them; its own version may be newer than the manifest lists,
// not older. Returns the key ids that signed; nullopt and `reason` (a clear sentence) when refused.
std::optional<std::vector<std::string>> verify_fund_fragment(const std::string& manifest_text,
                                                             const std::string& file,
                                                             const std::string& bytes,
                                                             const std::string& signature,
                                                             std::string& reason);

// The fragment versions a manifest lists (file -> version; a fragment without its own has the
// manifest's) and its catalogue, for BundleCheck::seen_fragment_versions. Only for a manifest
// trusted already (the built-in one, or one verify_bundle() accepted); empty if it does not parse.
std::map<std::string, std::string> manifest_fragment_versions(const std::string& manifest_text,
                                                              std::string& catalogue);

// The size limits verify_bundle() checks first, for readers that know a
// file's size before reading it: "" if within the limit, else the very refusal verify_bundle()
// gives, so a huge file can be refused without being read (docs/signing.md, "endless data").
std::string bundle_file_size_refusal(const std::string& name, std::uint64_t size);
std::string bundle_total_size_refusal(std::uint64_t total);

}  // namespace sw
