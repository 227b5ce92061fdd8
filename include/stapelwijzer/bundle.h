// stapelwijzer/bundle.h: signed rules bundles (src/rules/, libsodium). A bundle is a root-signed
// manifest plus the rules fragments it lists, each with size and hash; a fragment may also be
// signed by the fund the manifest delegates it to. Signatures are minisign's format. Nothing of a
// bundle is used before all of it verifies. Format and threats: docs/signing.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/rules.h"
#include "stapelwijzer/types.h"

namespace sw {

// One file of a bundle as bytes, by its name in the bundle ("manifest.json", "oom.json.minisig").
struct BundleFile {
    std::string name;
    std::string bytes;
};

struct BundleCheck {
    Date today;                 // the clock's date (expiry is judged by the clock, never a case)
    bool allow_expired = true;  // false: an expired bundle is refused (CLI without --allow-expired)
    std::string highest_seen_version;  // rollback floor remembered on this device ("" = none)
    // Root public keys (minisign public-key lines, "RWQ..."). Empty: the keys compiled into the app.
    std::vector<std::string> root_keys;
    // Distinct root keys that must sign the manifest. 0: the threshold compiled into the app.
    int root_threshold = 0;
};

struct VerifiedBundle {
    std::vector<RulesFile> fragments;  // in manifest order, ready for load_catalogue()
    RulesInfo info;                    // catalogue, version, expires, signers, warnings (expiry)
    std::string issued;                // ISO date
    std::string expires;               // ISO date
    bool expired = false;
    // Per-file report for `stapelwijzer verify` and the adviser view: "manifest.json: signed by ...".
    std::vector<std::string> report;
};

// Verifies everything (signatures, delegations, hashes, sizes, missing or extra files, minimum app
// version, rollback, expiry). On refusal returns nullopt and sets `reason` to a clear sentence.
std::optional<VerifiedBundle> verify_bundle(const std::vector<BundleFile>& files, const BundleCheck& check,
                                            std::string& reason);

}  // namespace sw
