// A throw-away signed bundle for the signing tests: three root keys (two sign), two funds with
// their own keys, three small fragments. Tests change the parts, call files(), and tamper with
// the result. Keys are generated per fixture, never taken from rules-data/dev-keys.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "bundle/manifest.h"
#include "bundle/minisign.h"
#include "stapelwijzer/bundle.h"

namespace fixture {

struct Key {
    sw::minisign::SecretKey secret = sw::minisign::generate_secret_key();
    sw::minisign::PublicKey pub() const { return sw::minisign::public_key_of(secret); }
    std::string line() const { return sw::minisign::public_key_line(pub()); }
    std::string id() const { return sw::minisign::key_id_hex(secret.id); }
};

// The lines of a text file (a .minisig), without their newlines.
inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nl = text.find('\n', start);
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

inline std::string sign_text(const Key& k, const std::string& bytes, const std::string& file) {
    return sw::minisign::signature_file(
        sw::minisign::sign(k.secret, bytes, "file:" + file, "signature from test key"));
}

// A fragment with the given scheme ids (enough for the bundle checks; not a full catalogue).
inline std::string fragment(const std::string& name, const std::string& version,
                            const std::vector<std::string>& ids, const std::string& extra = "") {
    std::string schemes;
    for (const auto& id : ids)
        schemes += std::string(schemes.empty() ? "" : ", ") + "{ \"id\": \"" + id + "\" }";
    return "{\n  \"format\": \"stapelwijzer-rules/1\",\n  \"catalogue\": \"nl\",\n  \"version\": \"" +
           version + "\",\n  \"fragment\": \"" + name + "\",\n" + extra + "  \"schemes\": [" + schemes +
           "]\n}\n";
}

struct Bundle {
    Key root[3];
    Key oom, colland;
    std::string version = "2026.12.1";
    sw::manifest::Manifest manifest;
    std::map<std::string, std::string> fragments;  // file -> text
    std::vector<int> root_signers = {0, 1};
    // Which key signs each delegated fragment (default: its own fund's key).
    std::map<std::string, const Key*> fund_signer;
    // Per-fund versions: the version the manifest lists for a fragment (none: the manifest's).
    std::map<std::string, std::string> listed_version;

    Bundle() {
        fragments["national.json"] = fragment("national", version, {"stap-budget", "slim-scholingssubsidie"});
        fragments["oom.json"] = fragment("oom", version, {"oom-trainingstoelage"});
        fragments["colland.json"] = fragment("colland", version, {"colland-ontwikkelbudget"});
        manifest.catalogue = "nl";
        manifest.version = version;
        manifest.issued = "2026-12-01";
        manifest.expires = "2027-03-01";
        manifest.min_app_version = "0.1.0";
        manifest.delegations = {{"colland", {colland.line()}, 1, {"colland-"}},
                                {"oom", {oom.line()}, 1, {"oom-"}}};
        fund_signer["oom.json"] = &oom;
        fund_signer["colland.json"] = &colland;
    }

    // The manifest for the current fragments (sizes and hashes recomputed).
    std::string manifest_text() const {
        sw::manifest::Manifest m = manifest;
        m.fragments.clear();
        for (const char* f : {"national.json", "oom.json", "colland.json"}) {
            auto it = fragments.find(f);
            if (it == fragments.end()) continue;
            sw::manifest::Fragment e;
            e.file = f;
            e.size = it->second.size();
            e.hash = sw::manifest::hash_hex(e.hash_algorithm, it->second);
            e.fund =
                std::string(f) == "national.json" ? "" : std::string(f).substr(0, std::string(f).size() - 5);
            if (auto v = listed_version.find(f); v != listed_version.end()) e.version = v->second;
            m.fragments.push_back(e);
        }
        return sw::manifest::to_json(m);
    }

    std::string manifest_signatures(const std::string& text) const {
        std::string out;
        for (int i : root_signers) out += sign_text(root[i], text, "manifest.json");
        return out;
    }

    std::vector<sw::BundleFile> files() const {
        std::vector<sw::BundleFile> out;
        const std::string text = manifest_text();
        out.push_back({"manifest.json", text});
        out.push_back({"manifest.json.minisig", manifest_signatures(text)});
        for (const auto& [name, bytes] : fragments) {
            out.push_back({name, bytes});
            auto signer = fund_signer.find(name);
            if (signer != fund_signer.end())
                out.push_back({name + ".minisig", sign_text(*signer->second, bytes, name)});
        }
        return out;
    }

    sw::BundleCheck check() const {
        sw::BundleCheck c;
        c.today = *sw::parse_iso_date("2026-12-15");
        c.allow_expired = false;
        c.root_keys = {root[0].line(), root[1].line(), root[2].line()};
        c.root_threshold = 2;
        return c;
    }
};

inline sw::BundleFile& file(std::vector<sw::BundleFile>& files, const std::string& name) {
    return *std::find_if(files.begin(), files.end(), [&](const sw::BundleFile& f) { return f.name == name; });
}

inline void remove_file(std::vector<sw::BundleFile>& files, const std::string& name) {
    files.erase(
        std::remove_if(files.begin(), files.end(), [&](const sw::BundleFile& f) { return f.name == name; }),
        files.end());
}

// Verifies and returns the refusal reason ("" if it verified).
inline std::string refusal(const std::vector<sw::BundleFile>& files, const sw::BundleCheck& check) {
    std::string reason;
    const auto b = sw::verify_bundle(files, check, reason);
    return b ? "" : reason;
}

}  // namespace fixture
