// stapelwijzer sign: minisign-format signatures (algorithm "ED") for files, and the signed
// manifest of a rules bundle (docs/signing.md, "Signing a bundle").
//   sign --key K.key FILE...           FILE.minisig for each file (a fund signs its fragment)
//   sign --bundle DIR --key ROOT.key [--key ROOT2.key ...] --expires DATE [options]
//                                      DIR/manifest.json (+ .minisig) listing DIR's fragments
// Signatures are deterministic (Ed25519, and a trusted comment without a timestamp), so signing
// unchanged files again rewrites identical bytes.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "bundle/clock.h"
#include "bundle/manifest.h"
#include "bundle/minisign.h"
#include "commands.h"
#include "delegations.h"
#include "io.h"
#include "stapelwijzer/bundle.h"

namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "Usage:\n"
    "  stapelwijzer sign --key KEY.key [--trusted-comment TEXT] FILE...\n"
    "      writes FILE.minisig for each FILE (minisign format, algorithm ED)\n"
    "  stapelwijzer sign --bundle DIR --key ROOT.key [--key ROOT2.key ...] --expires YYYY-MM-DD\n"
    "                    [--issued YYYY-MM-DD] [--version V] [--min-app-version V] [--delegations FILE]\n"
    "      writes DIR/manifest.json for every fragment DIR/*.json (kept in the order of the old\n"
    "      manifest, new files by name) and DIR/manifest.json.minisig signed by every --key.\n"
    "      --issued defaults to today (UTC, or STAPELWIJZER_TODAY); --version (the snapshot's) to\n"
    "      the highest fragment version, not below the old manifest's; each fragment is listed\n"
    "      with its own version, never below the one the old manifest lists (rollback);\n"
    "      --min-app-version to this app's version. --delegations: a JSON object\n"
    "      { FUND: { \"keys\": [PUBKEY...], \"threshold\": N, \"prefixes\": [\"fund-\"], \"files\": "
    "[\"fund.json\"] } };\n"
    "      those fragments must already carry FILE.minisig by their fund's keys.\n"
    "  Then the bundle is verified with the public halves of the --key files.\n";

// Thrown to leave the command with an exit code and a message (caught in cmd_sign).
struct Failure {
    int code;
    std::string message;
};

[[noreturn]] void fail(int code, const std::string& msg) {
    throw Failure{code, msg};
}

// The file helpers of src/cli/io.h, failing the command with their message.
std::string read_file(const fs::path& p, std::uint64_t limit) {
    std::string bytes, error;
    if (!sw::cli::read_all(p.string(), bytes, error, limit)) fail(2, error);
    return bytes;
}

void write_file(const fs::path& p, const std::string& text) {
    std::string error;
    if (!sw::cli::write_all(p.string(), text, error)) fail(2, error);
}

sw::minisign::SecretKey load_key(const std::string& path) {
    std::string error;
    auto key = sw::minisign::parse_secret_key(read_file(path, 4096), error);
    if (!key) fail(2, path + ": " + error);
    return *key;
}

std::string today_iso() {
    std::string error;
    const auto today = sw::clock_today(error);
    if (!today) fail(2, error);
    return sw::format_iso_date(*today);
}

int sign_files(const std::vector<std::string>& keys, const std::string& trusted,
               const std::vector<std::string>& files) {
    if (keys.size() != 1) fail(2, "signing files takes exactly one --key");
    if (files.empty()) fail(2, std::string("nothing to sign\n") + kUsage);
    const auto key = load_key(keys[0]);
    for (const auto& f : files) {
        const std::string name = fs::path(f).filename().string();
        const std::string comment = trusted.empty() ? "file:" + name : trusted;
        const std::string bad = sw::minisign::check_comment(comment, 17);
        if (!bad.empty()) fail(2, "--trusted-comment: " + bad);
        const std::string bytes = read_file(f, sw::manifest::kMaxFragmentBytes);
        const auto sig = sw::minisign::sign(
            key, bytes, comment, "signature from stapelwijzer key " + sw::minisign::key_id_hex(key.id));
        write_file(f + ".minisig", sw::minisign::signature_file(sig));
        std::printf("%s.minisig: signed by key %s\n", f.c_str(), sw::minisign::key_id_hex(key.id).c_str());
    }
    return 0;
}

struct BundleOptions {
    std::string dir, expires, issued, version, min_app_version, delegations;
};

// Reads the delegations file: the manifest's delegations plus which files each fund signs.
std::vector<sw::manifest::Delegation> read_delegations(const std::string& path,
                                                       std::map<std::string, std::string>& fund_of) {
    sw::cli::Delegations d;
    std::string error;
    if (!sw::cli::parse_delegations(path, read_file(path, sw::manifest::kMaxManifestBytes), d, error))
        fail(2, error);
    fund_of = std::move(d.fund_of);
    return std::move(d.funds);
}

int sign_bundle(const BundleOptions& o, const std::vector<std::string>& key_paths) {
    if (key_paths.empty()) fail(2, "--bundle needs at least one --key (a root key)");
    if (o.expires.empty()) fail(2, "--bundle needs --expires YYYY-MM-DD");
    const fs::path dir(o.dir);
    if (!fs::is_directory(dir)) fail(2, o.dir + ": not a directory");
    std::vector<sw::minisign::SecretKey> keys;
    for (const auto& p : key_paths) keys.push_back(load_key(p));

    // Fragments present, in the old manifest's order, then new ones by name.
    std::set<std::string> present;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (!e.is_regular_file() || e.path().extension() != ".json" || name == sw::manifest::kFileName)
            continue;
        if (!sw::manifest::is_fragment_name(name))
            fail(2, name + ": not a fragment file name ([a-z0-9][a-z0-9._-]*.json)");
        present.insert(name);
    }
    if (present.empty()) fail(2, o.dir + ": no fragment files (*.json) to list");
    std::vector<std::string> order;
    const fs::path old_manifest = dir / sw::manifest::kFileName;
    std::string old_text, old_catalogue, old_version;
    if (fs::exists(old_manifest)) {
        try {
            old_text = read_file(old_manifest, sw::manifest::kMaxManifestBytes);
            const auto old = nlohmann::json::parse(old_text);
            old_version = old.value("version", "");
            for (const auto& f : old.at("fragments")) {
                const std::string name = f.at("file").get<std::string>();
                if (present.count(name) && std::find(order.begin(), order.end(), name) == order.end())
                    order.push_back(name);
            }
        } catch (const nlohmann::json::exception&) {
            std::fprintf(stderr,
                         "stapelwijzer sign: note: the old %s is unreadable; fragments are listed by name\n",
                         old_manifest.string().c_str());
        }
    }
    for (const auto& name : present) {
        if (std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
    }

    sw::manifest::Manifest m;
    m.issued = o.issued.empty() ? today_iso() : o.issued;
    m.expires = o.expires;
    m.min_app_version = o.min_app_version.empty() ? SW_APP_VERSION : o.min_app_version;
    std::map<std::string, std::string> fund_of;
    if (!o.delegations.empty()) m.delegations = read_delegations(o.delegations, fund_of);
    for (const auto& [file, fund] : fund_of) {
        if (!present.count(file))
            fail(2, o.delegations + ": " + fund + ".files: " + file + " is not in " + o.dir);
    }
    std::vector<sw::BundleFile> files;
    for (const auto& name : order) {
        const std::string bytes = read_file(dir / name, sw::manifest::kMaxFragmentBytes);
        // The fragments say which catalogue and version they belong to; all must agree.
        std::string catalogue, version;
        try {
            const auto doc = nlohmann::json::parse(bytes);
            catalogue = doc.at("catalogue").get<std::string>();
            version = doc.at("version").get<std::string>();
        } catch (const nlohmann::json::exception& e) {
            fail(2, name + ": needs string fields catalogue and version: " + e.what());
        }
        if (m.catalogue.empty()) m.catalogue = catalogue;
        if (catalogue != m.catalogue)
            fail(2, name + ": catalogue '" + catalogue + "' differs from '" + m.catalogue + "'");
        // Each fragment has its own version (per-fund versions): the manifest pins it.
        if (!sw::manifest::is_version(version))
            fail(2, name + ": version must be a dotted version like 2026.11.1, got '" + version + "'");
        if (m.version.empty() || sw::manifest::compare_versions(version, m.version) > 0) m.version = version;
        sw::manifest::Fragment f;
        f.file = name;
        f.size = bytes.size();
        f.hash_algorithm = sw::manifest::HashAlgorithm::Blake2b256;
        f.hash = sw::manifest::hash_hex(f.hash_algorithm, bytes);
        f.version = version;
        if (auto it = fund_of.find(name); it != fund_of.end()) {
            f.fund = it->second;
            const fs::path sig = dir / (name + ".minisig");
            if (!fs::exists(sig))
                fail(2, sig.string() + ": missing; sign " + name + " with fund " + f.fund + "'s key first");
            files.push_back({name + ".minisig", read_file(sig, sw::manifest::kMaxSignatureBytes)});
        }
        m.fragments.push_back(f);
        files.push_back({name, bytes});
    }
    // The snapshot's version: --version, else the highest fragment version, but never below the
    // manifest it replaces (a new snapshot of the same release keeps its number).
    if (!o.version.empty()) {
        m.version = o.version;
    } else if (sw::manifest::is_version(old_version) &&
               sw::manifest::compare_versions(old_version, m.version) > 0) {
        m.version = old_version;
    }

    const std::string text = sw::manifest::to_json(m);
    std::string error;
    if (!sw::manifest::parse(text, error)) fail(2, "the manifest would be invalid: " + error);  // bad options
    std::string sigs;
    std::vector<std::string> publics;
    for (const auto& k : keys) {
        const auto sig = sw::minisign::sign(
            k, text, "file:manifest.json\tcatalogue:" + m.catalogue + "\tversion:" + m.version,
            "signature from stapelwijzer key " + sw::minisign::key_id_hex(k.id));
        sigs += sw::minisign::signature_file(sig);
        publics.push_back(sw::minisign::public_key_line(sw::minisign::public_key_of(k)));
    }
    files.push_back({sw::manifest::kFileName, text});
    files.push_back({sw::manifest::kSignatureName, sigs});

    // Check the result before writing it, as the app will, with the signing keys as root keys.
    sw::BundleCheck check;
    check.today = *sw::parse_iso_date(m.issued);
    check.root_keys = publics;
    check.root_threshold = static_cast<int>(publics.size());
    check.highest_seen_version = "";
    // No fragment may go back to a lower version than the manifest it replaces lists (rollback).
    if (!old_text.empty())
        check.seen_fragment_versions = sw::manifest_fragment_versions(old_text, old_catalogue);
    check.seen_catalogue = old_catalogue;
    const auto verified = sw::verify_bundle(files, check, error);
    if (!verified) fail(3, "the signed bundle would not verify: " + error);
    // Any other *.minisig in the folder would make the bundle refuse itself (extra file).
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() == ".minisig" && name != sw::manifest::kSignatureName &&
            !fund_of.count(name.substr(0, name.size() - 8))) {
            fail(3, name + ": " + name.substr(0, name.size() - 8) +
                        " is not delegated to a fund; delete this signature");
        }
    }
    write_file(dir / sw::manifest::kFileName, text);
    write_file(dir / sw::manifest::kSignatureName, sigs);
    for (const auto& line : verified->report) std::printf("%s\n", line.c_str());
    return 0;
}

}  // namespace

namespace {
int run_sign(const sw::cli::Args& args) {
    std::vector<std::string> keys, files;
    std::string trusted;
    BundleOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) fail(2, a + " needs a value\n" + kUsage);
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == "--key") {
            keys.push_back(value());
        } else if (a == "--trusted-comment") {
            trusted = value();
        } else if (a == "--bundle") {
            o.dir = value();
        } else if (a == "--expires" || a == "--issued") {
            std::string& out = a == "--expires" ? o.expires : o.issued;
            out = value();
            if (!sw::parse_iso_date(out)) fail(2, a + ": must be a date YYYY-MM-DD, got '" + out + "'");
        } else if (a == "--version" || a == "--min-app-version") {
            std::string& out = a == "--version" ? o.version : o.min_app_version;
            out = value();
            if (!sw::manifest::is_version(out))
                fail(2, a + ": must be a dotted version like 2026.11.1, got '" + out + "'");
        } else if (a == "--delegations") {
            o.delegations = value();
        } else if (!a.empty() && a[0] == '-') {
            fail(2, "unknown option '" + a + "'\n" + kUsage);
        } else {
            files.push_back(a);
        }
    }
    if (!o.dir.empty()) {
        if (!files.empty()) fail(2, "--bundle signs a folder; give no file names");
        if (!trusted.empty()) fail(2, "--trusted-comment is for signing files, not --bundle");
        return sign_bundle(o, keys);
    }
    return sign_files(keys, trusted, files);
}
}  // namespace

int sw::cli::cmd_sign(const Args& args) {
    try {
        return run_sign(args);
    } catch (const Failure& f) {
        std::fprintf(stderr, "stapelwijzer sign: %s\n", f.message.c_str());
        return f.code;
    }
}
