// rules_source.h: where a command's rules come from. `--rules` names a bundle directory or its
// manifest.json (the files next to it form the bundle); without it the signed bundle built into
// the binary is used. Every bundle is verified (signatures, hashes, expiry) before it is loaded.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/bundle.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/rules.h"

namespace sw::cli {

struct LoadedRules {
    std::shared_ptr<const Catalogue> catalogue;
    RulesInfo info;
};

// Reads the bundle at `path` (a directory, or a file such as manifest.json whose directory is the
// bundle): its *.json and *.minisig files, sorted by name, as the built-in bundle is embedded. False and
// `error` if it cannot be read. Sizes are checked on disk first: a file over verify_bundle()'s limits is not
// read, `files` is left empty and `refusal` holds the reason verify_bundle() would give (the caller refuses
// with it).
bool read_bundle_files(const std::string& path, std::vector<BundleFile>& files, std::string& refusal,
                       std::string& error);

// Per-fund rollback floor (docs/signing.md, "Per-fund versions"): no fragment of a bundle of the
// built-in catalogue may be older than the built-in bundle's version of it.
void add_builtin_fragment_floor(BundleCheck& check);

// verify_bundle(), or the size refusal read_bundle_files() already found.
std::optional<VerifiedBundle> verify_read_bundle(const std::vector<BundleFile>& files,
                                                 const std::string& refusal, const BundleCheck& check,
                                                 std::string& reason);

// Loads the rules for a command: exit code 0 and `out` filled, or the exit code to return after
// a message on stderr (2: --rules or STAPELWIJZER_TODAY unusable; 3: bundle or catalogue refused).
int load_rules(const std::optional<std::string>& rules_path, bool allow_expired, const char* command,
               LoadedRules& out);

}  // namespace sw::cli
