// delegations.h: the delegations file that `sign --bundle` writes into the manifest and `lint`
// checks fragments against (rules-data/dev-keys/delegations.json): fund name -> { keys,
// threshold, prefixes, files }, docs/signing.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bundle/manifest.h"

namespace sw::cli {

struct Delegations {
    std::vector<manifest::Delegation> funds;     // as the manifest lists them
    std::map<std::string, std::string> fund_of;  // fragment file name -> fund
};

// Parses the file's text (`path` only names it in messages). False and `error` on a problem
// ("delegations.json: oom.files: oom.json is delegated twice").
bool parse_delegations(const std::string& path, const std::string& text, Delegations& out,
                       std::string& error);

}  // namespace sw::cli
