// The bundle manifest (manifest.json, format "stapelwijzer-manifest/1", docs/signing.md): what a
// root key signs. Lists the catalogue, its version and dates, the minimum app version, the funds a
// fragment may be delegated to, and every fragment with its size and hash. This file only parses
// and writes the JSON; bundle_verify.cpp decides what it means.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::manifest {

constexpr const char* kFormat = "stapelwijzer-manifest/1";
constexpr const char* kFileName = "manifest.json";
constexpr const char* kSignatureName = "manifest.json.minisig";

// Size limits, checked before anything is parsed or hashed (the "endless data" threat).
constexpr std::size_t kMaxManifestBytes = 256 * 1024;
constexpr std::size_t kMaxSignatureBytes = 16 * 1024;  // a few 4-line blocks of <= 1 KiB comments
constexpr std::size_t kMaxFragmentBytes = 8 * 1024 * 1024;
constexpr std::size_t kMaxBundleBytes = 32 * 1024 * 1024;
constexpr std::size_t kMaxFragments = 256;
constexpr std::size_t kMaxSignatureBlocks = 8;
constexpr std::size_t kMaxKeysPerDelegation = 8;

enum class HashAlgorithm { Blake2b256, Sha256 };
const char* hash_field(HashAlgorithm alg);  // "blake2b-256", "sha-256": the manifest's field names
// Lower-case hex of the hash of `bytes` (libsodium).
std::string hash_hex(HashAlgorithm alg, std::string_view bytes);

struct Delegation {
    std::string fund;                   // "oom"
    std::vector<std::string> keys;      // minisign public-key lines ("RWQ...")
    int threshold = 1;                  // how many distinct keys of the fund must sign
    std::vector<std::string> prefixes;  // scheme ids (and other ids) must start with one of them
};

struct Fragment {
    std::string file;  // "oom.json"
    std::uint64_t size = 0;
    HashAlgorithm hash_algorithm = HashAlgorithm::Blake2b256;
    std::string hash;  // lower-case hex
    std::string fund;  // "" = signed by the root keys only; else the delegation's fund
    // The fragment's own version (its "version" field must say the same). "" in manifests written
    // before per-fund versions: then the fragment's version is the manifest's.
    std::string version;
};

// The version a fragment must carry: its own, or (older manifests) the manifest's.
inline const std::string& fragment_version(const Fragment& f, const std::string& manifest_version) {
    return f.version.empty() ? manifest_version : f.version;
}

// The manifest is the snapshot (TUF's term, docs/signing.md "Per-fund versions"): `version` grows
// with every publication, each fragment entry pins one version of one fragment.
struct Manifest {
    std::string catalogue;
    std::string version;
    std::string issued;   // ISO date
    std::string expires;  // ISO date
    std::string min_app_version;
    std::vector<Delegation> delegations;  // sorted by fund
    std::vector<Fragment> fragments;      // bundle order (the catalogue's order)
};

// Parses and validates the shape: required fields, no unknown fields, real dates, issued <=
// expires, dotted versions, file names, unique files and funds, every fragment's fund delegated.
// On error returns nullopt and sets `error` to "<json path>: <reason>".
std::optional<Manifest> parse(std::string_view text, std::string& error);

// Canonical JSON (2-space indent, fixed key order, final newline): what `stapelwijzer sign` writes.
std::string to_json(const Manifest& m);

// Dotted numeric versions ("2026.11.1", "0.1.0"): 1 to 4 parts of at most 9 digits each.
bool is_version(const std::string& v);
// <0, 0, >0 like strcmp; missing parts count as 0 ("1.2" == "1.2.0"). Both must pass is_version.
int compare_versions(const std::string& a, const std::string& b);

// A fragment file name: [a-z0-9][a-z0-9._-]*.json, not manifest.json.
bool is_fragment_name(const std::string& name);

}  // namespace sw::manifest
