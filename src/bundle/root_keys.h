// The root public keys compiled into this build, the number of them a manifest needs, and the
// oldest bundle version this build accepts (docs/signing.md, "Keys"). A release build passes its
// offline keys through the CMake cache (SW_ROOT_KEYS, SW_ROOT_THRESHOLD, SW_MIN_RULES_VERSION);
// without them the development keys of rules-data/dev-keys/ are used.
#pragma once

#include <string>
#include <vector>

namespace sw::root_keys {

std::vector<std::string> keys();  // minisign public-key lines ("RWQ...")
int threshold();                  // distinct root keys that must sign manifest.json
std::string min_bundle_version();  // rollback floor: older bundles are refused
bool development();               // true when keys() are the development keys

}  // namespace sw::root_keys
