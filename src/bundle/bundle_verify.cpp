// verify_bundle(): the whole trust decision for a rules bundle (docs/signing.md). The order is
// deliberate: sizes before anything is parsed, the root signatures before the manifest is parsed,
// the manifest before any fragment is hashed, hashes before a fragment is parsed. Any failure
// except expiry (when allowed) refuses the whole bundle; nothing of a refused bundle is returned.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "manifest.h"
#include "manifest_scope.h"
#include "minisign.h"
#include "root_keys.h"
#include "stapelwijzer/bundle.h"

#ifndef SW_APP_VERSION
#error "SW_APP_VERSION must be defined by the build (cmake/version.cmake)"
#endif

namespace sw {
namespace {

namespace ms = minisign;

// Thrown inside this file only, caught by verify_bundle: the reason the bundle is refused.
struct Refused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void refuse(const std::string& why) {
    throw Refused(why);
}

struct NamedKey {
    ms::PublicKey key;
    std::string owner;  // "root" or the fund's name
};

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

// A minisign trusted comment is tab-separated "name:value" fields. If it names a file, it must be
// this one (a signature copied from another file is refused even before its bytes are checked).
void check_comment_file(const ms::Signature& sig, const std::string& sig_name, const std::string& file) {
    std::size_t start = 0;
    const std::string& tc = sig.trusted_comment;
    while (start <= tc.size()) {
        const std::size_t tab = tc.find('\t', start);
        const std::string field =
            tc.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
        if (field.rfind("file:", 0) == 0 && field.substr(5) != file) {
            refuse(sig_name + ": the trusted comment says the signature is for '" + field.substr(5) +
                   "', not " + file);
        }
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
}

std::vector<ms::Signature> parse_sig_file(const std::string& name, const std::string& text) {
    if (text.size() > manifest::kMaxSignatureBytes) {
        refuse(name + ": " + std::to_string(text.size()) + " bytes, more than the limit of " +
               std::to_string(manifest::kMaxSignatureBytes));
    }
    std::string error;
    auto sigs = ms::parse_signatures(text, manifest::kMaxSignatureBlocks, error);
    if (!sigs) refuse(name + ": " + error);
    std::set<std::string> ids;
    for (const auto& s : *sigs) {
        // Algorithm before any key lookup or cryptography (docs/signing.md: `Ed` only for old files).
        if (s.algorithm == ms::Algorithm::Legacy) {
            refuse(name + ": signature by key " + ms::key_id_hex(s.key_id) +
                   " uses minisign's legacy algorithm \"Ed\"; bundles must use \"ED\" (BLAKE2b-512 prehash)");
        }
        if (!ids.insert(ms::key_id_hex(s.key_id)).second) {
            refuse(name + ": key " + ms::key_id_hex(s.key_id) + " signs more than once");
        }
    }
    return *sigs;
}

std::vector<ms::PublicKey> parse_keys(const std::vector<std::string>& lines, const std::string& what) {
    std::vector<ms::PublicKey> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string error;
        auto k = ms::parse_public_key(lines[i], error);
        if (!k) refuse(what + " " + std::to_string(i + 1) + ": " + error);
        out.push_back(*k);
    }
    return out;
}

const ms::PublicKey* find_key(const std::vector<ms::PublicKey>& keys, const ms::KeyId& id) {
    for (const auto& k : keys) {
        if (k.id == id) return &k;
    }
    return nullptr;
}

// Verifies the root signatures on manifest.json; returns the key ids that signed.
std::vector<std::string> verify_root(const std::string& manifest_text, const std::string& sig_text,
                                     const BundleCheck& check) {
    const auto roots = parse_keys(check.root_keys.empty() ? root_keys::keys() : check.root_keys, "root key");
    const int threshold = check.root_threshold > 0 ? check.root_threshold : root_keys::threshold();
    if (roots.empty() || threshold > static_cast<int>(roots.size())) {
        refuse("this app trusts " + std::to_string(roots.size()) + " root key(s) but needs " +
               std::to_string(threshold) + " signatures: no bundle can verify");
    }
    const auto sigs = parse_sig_file(manifest::kSignatureName, sig_text);
    std::vector<std::string> signed_by, untrusted;
    for (const auto& s : sigs) {
        const ms::PublicKey* key = find_key(roots, s.key_id);
        if (!key) {
            untrusted.push_back(ms::key_id_hex(s.key_id));  // e.g. a key a newer app release dropped
            continue;
        }
        std::string error;
        if (!ms::verify(s, *key, manifest_text, false, error))
            refuse(std::string(manifest::kSignatureName) + ": " + error + " (manifest.json)");
        check_comment_file(s, manifest::kSignatureName, manifest::kFileName);
        signed_by.push_back(ms::key_id_hex(s.key_id));
    }
    if (static_cast<int>(signed_by.size()) < threshold) {
        std::string why = std::string(manifest::kFileName) + ": signed by " +
                          std::to_string(signed_by.size()) + " trusted root key(s), " +
                          std::to_string(threshold) + " needed";
        if (!untrusted.empty()) why += "; keys this app does not trust: " + join(untrusted);
        refuse(why);
    }
    return signed_by;
}

// A delegated fragment's own signatures: every one by a key of its fund, `threshold` of them.
// `check_bytes` false (BundleCheck::built_in_bytes): the signatures are read and their keys matched
// as always, only the cryptographic check of the fragment's bytes is left out.
std::vector<std::string> verify_fund(const manifest::Fragment& frag, const std::string& bytes,
                                     const std::string& sig_text, const manifest::Manifest& m,
                                     const std::vector<NamedKey>& all_fund_keys, bool check_bytes = true) {
    const std::string sig_name = frag.file + ".minisig";
    const manifest::Delegation& d = *std::find_if(m.delegations.begin(), m.delegations.end(),
                                                  [&](const auto& x) { return x.fund == frag.fund; });
    const auto keys = parse_keys(d.keys, "manifest.json: delegations." + d.fund + ".keys");
    std::vector<std::string> signed_by;
    for (const auto& s : parse_sig_file(sig_name, sig_text)) {
        const std::string id = ms::key_id_hex(s.key_id);
        const ms::PublicKey* key = find_key(keys, s.key_id);
        if (!key) {
            for (const auto& other : all_fund_keys) {
                if (other.key.id == s.key_id) {
                    refuse(sig_name + ": signed by " +
                           (other.owner == "root" ? "root key " : "fund " + other.owner + "'s key ") + id +
                           ", but " + frag.file + " is delegated to fund " + d.fund);
                }
            }
            refuse(sig_name + ": signed by key " + id + ", which is not a key of fund " + d.fund);
        }
        std::string error;
        if (check_bytes && !ms::verify(s, *key, bytes, false, error))
            refuse(sig_name + ": " + error + " (" + frag.file + ")");
        check_comment_file(s, sig_name, frag.file);
        signed_by.push_back(id);
    }
    if (static_cast<int>(signed_by.size()) < d.threshold) {
        refuse(sig_name + ": signed by " + std::to_string(signed_by.size()) + " key(s) of fund " + d.fund +
               ", " + std::to_string(d.threshold) + " needed");
    }
    return signed_by;
}

// A delegated fragment may only define things under its fund's prefixes (manifest_scope.h); every
// fragment must carry the catalogue and the version the manifest lists for it.
void check_scope(const manifest::Fragment& frag, const std::string& bytes, const manifest::Manifest& m) {
    const manifest::Delegation* d = nullptr;
    for (const auto& x : m.delegations)
        if (x.fund == frag.fund) d = &x;
    const std::string why = manifest::check_fragment_scope(
        bytes, frag.fund.empty() ? nullptr : d, m.catalogue, manifest::fragment_version(frag, m.version));
    if (!why.empty()) refuse(frag.file + ": " + why);
}

// Rollback of one fund's fragment: a manifest (snapshot) may never list a fragment at a lower
// version than one the caller has seen (the built-in bundle's, earlier snapshots it was given).
void check_fragment_rollback(const manifest::Manifest& m, const BundleCheck& check) {
    if (!check.seen_catalogue.empty() && check.seen_catalogue != m.catalogue) return;
    for (const auto& f : m.fragments) {
        auto seen = check.seen_fragment_versions.find(f.file);
        if (seen == check.seen_fragment_versions.end()) continue;
        const std::string& v = manifest::fragment_version(f, m.version);
        if (!manifest::is_version(seen->second))
            refuse("the remembered version '" + seen->second + "' of " + f.file + " is not a version");
        if (manifest::compare_versions(v, seen->second) < 0) {
            refuse("manifest.json: lists " + f.file + " at version " + v + ", older than version " +
                   seen->second + " already seen: a rolled-back fragment is refused");
        }
    }
}

Text expiry_warning(const std::string& expires) {
    return Text{"Deze regels zijn mogelijk verouderd sinds " + expires +
                    " (hun vervaldatum). Controleer of er een nieuwere versie van Stapelwijzer is.",
                "These rules may be out of date since " + expires +
                    " (their expiry date). Check whether a newer version of Stapelwijzer is available."};
}

VerifiedBundle verify(const std::vector<BundleFile>& files, const BundleCheck& check) {
    // 1. Names and sizes, before anything is parsed or hashed.
    std::map<std::string, const BundleFile*> by_name;
    std::size_t total = 0;
    for (const auto& f : files) {
        if (!by_name.emplace(f.name, &f).second) refuse(f.name + ": appears twice in the bundle");
        if (auto why = bundle_file_size_refusal(f.name, f.bytes.size()); !why.empty()) refuse(why);
        total += f.bytes.size();
    }
    if (auto why = bundle_total_size_refusal(total); !why.empty()) refuse(why);
    const auto manifest_it = by_name.find(manifest::kFileName);
    if (manifest_it == by_name.end()) refuse("manifest.json: missing from the bundle");
    const auto sig_it = by_name.find(manifest::kSignatureName);
    if (sig_it == by_name.end())
        refuse("manifest.json.minisig: missing (the manifest must carry the root signatures)");
    const std::string& manifest_text = manifest_it->second->bytes;

    // 2. Root signatures, then the manifest's content.
    const auto root_signers = verify_root(manifest_text, sig_it->second->bytes, check);
    std::string error;
    auto parsed = manifest::parse(manifest_text, error);
    if (!parsed) refuse(std::string("manifest.json: ") + error);
    const manifest::Manifest& m = *parsed;

    if (manifest::compare_versions(SW_APP_VERSION, m.min_app_version) < 0) {
        refuse("manifest.json: these rules need Stapelwijzer " + m.min_app_version +
               " or later; this is " SW_APP_VERSION);
    }
    if (manifest::compare_versions(m.version, root_keys::min_bundle_version()) < 0) {
        refuse("manifest.json: version " + m.version + " is older than the oldest this app accepts (" +
               root_keys::min_bundle_version() + "): a rolled-back bundle is refused");
    }
    if (!check.highest_seen_version.empty()) {
        if (!manifest::is_version(check.highest_seen_version)) {
            refuse("the remembered rules version '" + check.highest_seen_version + "' is not a version");
        }
        if (manifest::compare_versions(m.version, check.highest_seen_version) < 0) {
            refuse("manifest.json: version " + m.version + " is older than version " +
                   check.highest_seen_version +
                   " already used on this device: a rolled-back bundle is refused");
        }
    }
    check_fragment_rollback(m, check);
    // Expiry by the clock; "now" is never before the bundle's own issue date (a clock set back
    // does not make a stale bundle look fresh any more than the issue date allows).
    const Date issued = *parse_iso_date(m.issued);
    const Date expires = *parse_iso_date(m.expires);
    const Date now = std::max(check.today, issued);
    const bool expired = now > expires;
    if (expired && !check.allow_expired) {
        refuse("manifest.json: these rules expired on " + m.expires + " (today is " + format_iso_date(now) +
               ")");
    }

    // 3. Exactly the listed files.
    std::set<std::string> expected = {manifest::kFileName, manifest::kSignatureName};
    for (const auto& f : m.fragments) {
        expected.insert(f.file);
        if (!by_name.count(f.file)) refuse(f.file + ": listed in manifest.json but missing from the bundle");
        if (!f.fund.empty()) {
            expected.insert(f.file + ".minisig");
            if (!by_name.count(f.file + ".minisig")) {
                refuse(f.file + ".minisig: missing; " + f.file + " is delegated to fund " + f.fund +
                       " and must carry its signature");
            }
        }
    }
    for (const auto& [name, file] : by_name) {
        if (expected.count(name)) continue;
        const std::string base = name.size() > 8 ? name.substr(0, name.size() - 8) : "";
        if (name.size() > 8 && name.compare(name.size() - 8, 8, ".minisig") == 0 && expected.count(base)) {
            refuse(name + ": " + base +
                   " is not delegated to a fund, so it may not carry a signature of its own (extra file)");
        }
        refuse(name + ": not listed in manifest.json (extra file)");
    }

    // 4. Every fragment: size, hash, then (if delegated) the fund's signature and scope.
    std::vector<NamedKey> all_fund_keys;
    for (const auto& root :
         parse_keys(check.root_keys.empty() ? root_keys::keys() : check.root_keys, "root key")) {
        all_fund_keys.push_back({root, "root"});
    }
    for (const auto& d : m.delegations) {
        for (const auto& k : parse_keys(d.keys, "manifest.json: delegations." + d.fund + ".keys"))
            all_fund_keys.push_back({k, d.fund});
    }
    VerifiedBundle out;
    out.report.push_back("manifest.json: catalogue " + m.catalogue + ", version " + m.version + ", issued " +
                         m.issued + ", expires " + m.expires + ", needs app " + m.min_app_version + "+: ok");
    out.report.push_back("manifest.json.minisig: signed by root key(s) " + join(root_signers) + ": ok");
    std::vector<std::string> signers;
    for (const auto& id : root_signers) signers.push_back("root key " + id);
    // The bytes this binary carries and its tests verified in full (BundleCheck::built_in_bytes).
    const bool check_bytes = !(check.built_in_bytes && check.root_keys.empty() && check.root_threshold == 0);
    for (const auto& f : m.fragments) {
        const std::string& bytes = by_name.at(f.file)->bytes;
        if (bytes.size() != f.size) {
            refuse(f.file + ": " + std::to_string(bytes.size()) + " bytes, manifest.json says " +
                   std::to_string(f.size) + " (changed or swapped file)");
        }
        if (check_bytes && manifest::hash_hex(f.hash_algorithm, bytes) != f.hash) {
            refuse(f.file + ": " + manifest::hash_field(f.hash_algorithm) +
                   " hash differs from manifest.json (changed or swapped file)");
        }
        const std::string& version = manifest::fragment_version(f, m.version);
        std::string line = f.file + ": " + std::to_string(f.size) + " bytes, " +
                           manifest::hash_field(f.hash_algorithm) + " ok, version " + version;
        if (!f.fund.empty()) {
            const auto fund_signers =
                verify_fund(f, bytes, by_name.at(f.file + ".minisig")->bytes, m, all_fund_keys, check_bytes);
            if (check_bytes) check_scope(f, bytes, m);
            line += ", delegated to fund " + f.fund + ", signed by its key(s) " + join(fund_signers);
            for (const auto& id : fund_signers) {
                const std::string s = "fund " + f.fund + " key " + id;
                if (std::find(signers.begin(), signers.end(), s) == signers.end()) signers.push_back(s);
            }
        } else {
            if (check_bytes) check_scope(f, bytes, m);
            line += ", covered by the root signatures";
        }
        out.report.push_back(line);
        out.fragments.push_back(RulesFile{f.file, bytes});
        out.fragment_versions[f.file] = version;
    }

    out.info.catalogue = m.catalogue;
    out.info.version = m.version;
    out.info.valid_until = m.expires;
    out.info.signers = signers;
    out.issued = m.issued;
    out.expires = m.expires;
    out.expired = expired;
    if (expired) {
        out.info.warnings.push_back(expiry_warning(m.expires));
        out.report.push_back("EXPIRED: these rules may be out of date since " + m.expires);
    } else if (expires.days - now.days <= 30) {
        out.report.push_back("note: these rules expire in " + std::to_string(expires.days - now.days) +
                             " day(s), on " + m.expires);
    }
    return out;
}

}  // namespace

std::optional<VerifiedBundle> verify_bundle(const std::vector<BundleFile>& files, const BundleCheck& check,
                                            std::string& reason) {
    try {
        return verify(files, check);
    } catch (const Refused& r) {
        reason = r.what();
    } catch (const std::exception& e) {
        reason = std::string("the bundle could not be checked: ") + e.what();
    }
    return std::nullopt;
}

std::optional<std::vector<std::string>> verify_fund_fragment(const std::string& manifest_text,
                                                             const std::string& file,
                                                             const std::string& bytes,
                                                             const std::string& signature,
                                                             std::string& reason) {
    try {
        std::string error;
        const auto m = manifest::parse(manifest_text, error);
        if (!m) refuse(std::string("manifest.json: ") + error);
        const auto f = std::find_if(m->fragments.begin(), m->fragments.end(),
                                    [&](const auto& x) { return x.file == file; });
        if (f == m->fragments.end() || f->fund.empty())
            refuse(file + ": not delegated to a fund in manifest.json, so only the root keys sign it");
        if (auto why = bundle_file_size_refusal(file, bytes.size()); !why.empty()) refuse(why);
        std::vector<NamedKey> all_keys;
        for (const auto& root : parse_keys(root_keys::keys(), "root key")) all_keys.push_back({root, "root"});
        for (const auto& d : m->delegations)
            for (const auto& k : parse_keys(d.keys, "manifest.json: delegations." + d.fund + ".keys"))
                all_keys.push_back({k, d.fund});
        auto signers = verify_fund(*f, bytes, signature, *m, all_keys);
        // The scope with the fragment's own version: a new one is published with a higher version
        // than the manifest lists now, never a lower one (verify_bundle refuses that as a rollback).
        std::string version;
        try {
            version = nlohmann::json::parse(bytes).value("version", "");
        } catch (const std::exception&) {
            refuse(file + ": not valid JSON");
        }
        const std::string& listed = manifest::fragment_version(*f, m->version);
        if (manifest::is_version(version) && manifest::compare_versions(version, listed) < 0)
            refuse(file + ": version " + version + " is older than the published " + listed +
                   ": a rolled-back fragment is refused");
        const auto d = std::find_if(m->delegations.begin(), m->delegations.end(),
                                    [&](const auto& x) { return x.fund == f->fund; });
        const std::string why = manifest::check_fragment_scope(bytes, &*d, m->catalogue, version);
        if (!why.empty()) refuse(file + ": " + why);
        return signers;
    } catch (const Refused& r) {
        reason = r.what();
    } catch (const std::exception& e) {
        reason = std::string("the fragment could not be checked: ") + e.what();
    }
    return std::nullopt;
}

std::map<std::string, std::string> manifest_fragment_versions(const std::string& manifest_text,
                                                              std::string& catalogue) {
    std::string error;
    const auto m = manifest::parse(manifest_text, error);
    std::map<std::string, std::string> out;
    if (!m) return out;
    catalogue = m->catalogue;
    for (const auto& f : m->fragments) out[f.file] = manifest::fragment_version(f, m->version);
    return out;
}

std::string bundle_file_size_refusal(const std::string& name, std::uint64_t size) {
    const bool signature = name.size() > 8 && name.compare(name.size() - 8, 8, ".minisig") == 0;
    const std::size_t limit = name == manifest::kFileName ? manifest::kMaxManifestBytes
                              : signature                 ? manifest::kMaxSignatureBytes
                                                          : manifest::kMaxFragmentBytes;
    if (size <= limit) return "";
    return name + ": " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(limit) +
           " for this file";
}

std::string bundle_total_size_refusal(std::uint64_t total) {
    if (total <= manifest::kMaxBundleBytes) return "";
    return "the bundle is " + std::to_string(total) + " bytes, more than the limit of " +
           std::to_string(manifest::kMaxBundleBytes);
}

}  // namespace sw
