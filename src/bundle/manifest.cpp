// manifest.json parsing and writing (see manifest.h).
#include "manifest.h"

#include <sodium.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "json/json_number.h"
#include "json/json_value.h"
#include "stapelwijzer/types.h"

namespace sw::manifest {
namespace {

// The manifest is read with the rules' own JSON tree (src/json): at the app's start nothing else
// parses with nlohmann, whose parser would be compiled for this one file (docs/benchmarks.md,
// round 4). Behaviour as with nlohmann's tree: objects are read in key order (nlohmann's sort them),
// integers by their literal; a key given twice is refused (nlohmann kept the last).
using json::Member;
using json::Value;

// An object's members sorted by key (as nlohmann iterated them): the first problem reported is
// the same whatever order the file has.
std::vector<const Member*> by_key(const Value& obj) {
    std::vector<const Member*> out;
    for (const Member& m : obj.members()) out.push_back(&m);
    std::sort(out.begin(), out.end(), [](const Member* a, const Member* b) { return a->key < b->key; });
    return out;
}

// A JSON integer literal in [lo, hi]; nothing otherwise. Written without a fraction or exponent,
// as nlohmann's integer types were ("1.0" and "1e3" are not, though json::literal_is_whole takes them).
std::optional<long long> integer(const Value& v, long long lo, long long hi) {
    std::int64_t n = 0;
    if (!v.is_number() || v.text().find_first_of(".eE") != std::string_view::npos ||
        !json::literal_is_whole(v.text(), n) || n < lo || n > hi)
        return std::nullopt;
    return n;
}

struct Reader {
    std::string& error;

    bool fail(const std::string& path, const std::string& why) {
        error = path + ": " + why;
        return false;
    }
    bool only_fields(const Value& obj, const std::string& path, std::initializer_list<const char*> allowed) {
        if (!obj.is_object()) return fail(path, "must be an object");
        for (const Member* item : by_key(obj)) {
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return item->key == a; })) {
                const std::string key(item->key);
                return fail(path.empty() ? key : path + "." + key, "unknown field");
            }
        }
        return true;
    }
    bool string(const Value& obj, const std::string& path, const char* key, std::string& out) {
        const std::string p = path.empty() ? key : path + "." + key;
        const Value* it = obj.find(key);
        if (!it) return fail(p, "required field is missing");
        if (!it->is_string()) return fail(p, "must be a string");
        out = std::string(it->text());
        if (out.empty()) return fail(p, "must not be empty");
        return true;
    }
    bool date(const Value& obj, const std::string& path, const char* key, std::string& out) {
        if (!string(obj, path, key, out)) return false;
        if (!parse_iso_date(out)) return fail(path.empty() ? key : path + "." + key, "must be a date YYYY-MM-DD, got '" + out + "'");
        return true;
    }
    bool version(const Value& obj, const std::string& path, const char* key, std::string& out) {
        if (!string(obj, path, key, out)) return false;
        if (!is_version(out)) {
            return fail(path.empty() ? key : path + "." + key, "must be a dotted version like 2026.11.1, got '" + out + "'");
        }
        return true;
    }
    bool string_list(const Value& obj, const std::string& path, const char* key, std::size_t max,
                     std::vector<std::string>& out) {
        const std::string p = path + "." + key;
        const Value* it = obj.find(key);
        if (!it) return fail(p, "required field is missing");
        if (!it->is_array() || it->items().empty()) return fail(p, "must be a non-empty list of strings");
        if (it->items().size() > max) return fail(p, "more than " + std::to_string(max) + " entries");
        for (std::size_t i = 0; i < it->items().size(); ++i) {
            const Value& v = it->items()[i];
            if (!v.is_string() || v.text().empty())
                return fail(p + "[" + std::to_string(i) + "]", "must be a non-empty string");
            out.emplace_back(v.text());
        }
        return true;
    }
};

bool is_hex(const std::string& s, std::size_t len) {
    return s.size() == len && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_fund_name(const std::string& s) {
    return !s.empty() && s.size() <= 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<std::vector<long>> version_parts(const std::string& v) {
    std::vector<long> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = v.find('.', start);
        const std::string part = v.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (part.empty() || part.size() > 9 || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
        parts.push_back(std::stol(part));
        if (parts.size() > 4) return std::nullopt;
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

}  // namespace

const char* hash_field(HashAlgorithm alg) { return alg == HashAlgorithm::Blake2b256 ? "blake2b-256" : "sha-256"; }

std::string hash_hex(HashAlgorithm alg, std::string_view bytes) {
    unsigned char digest[32];
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    if (alg == HashAlgorithm::Blake2b256) {
        crypto_generichash(digest, sizeof digest, in, bytes.size(), nullptr, 0);
    } else {
        crypto_hash_sha256(digest, in, bytes.size());
    }
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool is_version(const std::string& v) { return version_parts(v).has_value(); }

int compare_versions(const std::string& a, const std::string& b) {
    auto pa = version_parts(a).value_or(std::vector<long>{});
    auto pb = version_parts(b).value_or(std::vector<long>{});
    const std::size_t n = std::max(pa.size(), pb.size());
    pa.resize(n, 0);
    pb.resize(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (pa[i] != pb[i]) return pa[i] < pb[i] ? -1 : 1;
    }
    return 0;
}

bool is_fragment_name(const std::string& name) {
    if (name.size() < 6 || name.size() > 128 || name == kFileName) return false;
    if (name.compare(name.size() - 5, 5, ".json") != 0) return false;
    const char first = name[0];
    if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

std::optional<Manifest> parse(std::string_view text, std::string& error) {
    if (text.size() > kMaxManifestBytes) {
        error = "more than " + std::to_string(kMaxManifestBytes) + " bytes";
        return std::nullopt;
    }
    std::string why;
    const auto parsed = json::parse(std::string(text), why);
    if (!parsed) {
        error = "not valid JSON: " + why;
        return std::nullopt;
    }
    const Value& doc = parsed->root();
    Reader r{error};
    Manifest m;
    std::string format;
    if (!r.only_fields(doc, "", {"format", "catalogue", "version", "issued", "expires", "min_app_version", "delegations", "fragments"}) ||
        !r.string(doc, "", "format", format)) {
        return std::nullopt;
    }
    if (format != kFormat) {
        r.fail("format", std::string("must be \"") + kFormat + "\", got '" + format + "'");
        return std::nullopt;
    }
    if (!r.string(doc, "", "catalogue", m.catalogue) || !r.version(doc, "", "version", m.version) ||
        !r.date(doc, "", "issued", m.issued) || !r.date(doc, "", "expires", m.expires) ||
        !r.version(doc, "", "min_app_version", m.min_app_version)) {
        return std::nullopt;
    }
    if (*parse_iso_date(m.expires) < *parse_iso_date(m.issued)) {
        r.fail("expires", "is before issued (" + m.issued + ")");
        return std::nullopt;
    }

    if (const Value* it = doc.find("delegations")) {
        if (!it->is_object()) {
            r.fail("delegations", "must be an object of fund name -> delegation");
            return std::nullopt;
        }
        for (const Member* item : by_key(*it)) {
            const std::string path = "delegations." + std::string(item->key);
            Delegation d;
            d.fund = std::string(item->key);
            if (!is_fund_name(d.fund)) {
                r.fail(path, "a fund name is lower-case letters, digits and '-'");
                return std::nullopt;
            }
            const Value& v = item->value;
            if (!r.only_fields(v, path, {"keys", "threshold", "prefixes"}) ||
                !r.string_list(v, path, "keys", kMaxKeysPerDelegation, d.keys) ||
                !r.string_list(v, path, "prefixes", 16, d.prefixes)) {
                return std::nullopt;
            }
            const Value* th = v.find("threshold");
            if (!th) {
                r.fail(path + ".threshold", "required field is missing");
                return std::nullopt;
            }
            const auto threshold = integer(*th, 1, static_cast<long long>(d.keys.size()));
            if (!threshold) {
                r.fail(path + ".threshold", "must be a whole number from 1 to the number of keys (" + std::to_string(d.keys.size()) + ")");
                return std::nullopt;
            }
            d.threshold = static_cast<int>(*threshold);
            for (std::size_t i = 0; i < d.prefixes.size(); ++i) {
                const std::string& p = d.prefixes[i];
                if (p.size() < 2 || p.back() != '-' || !is_fund_name(p)) {
                    r.fail(path + ".prefixes[" + std::to_string(i) + "]", "must be lower-case letters, digits and '-', ending in '-' (like \"oom-\")");
                    return std::nullopt;
                }
            }
            m.delegations.push_back(std::move(d));
        }
    }

    const Value* frags = doc.find("fragments");
    if (!frags) {
        r.fail("fragments", "required field is missing");
        return std::nullopt;
    }
    if (!frags->is_array() || frags->items().empty()) {
        r.fail("fragments", "must be a non-empty list");
        return std::nullopt;
    }
    if (frags->items().size() > kMaxFragments) {
        r.fail("fragments", "more than " + std::to_string(kMaxFragments) + " fragments");
        return std::nullopt;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < frags->items().size(); ++i) {
        const std::string path = "fragments[" + std::to_string(i) + "]";
        const Value& v = frags->items()[i];
        Fragment f;
        if (!r.only_fields(v, path, {"file", "size", "blake2b-256", "sha-256", "fund", "version"}) || !r.string(v, path, "file", f.file)) {
            return std::nullopt;
        }
        if (!is_fragment_name(f.file)) {
            r.fail(path + ".file", "'" + f.file + "' is not a fragment file name ([a-z0-9][a-z0-9._-]*.json, not manifest.json)");
            return std::nullopt;
        }
        if (!seen.insert(f.file).second) {
            r.fail(path + ".file", "'" + f.file + "' is listed twice");
            return std::nullopt;
        }
        const Value* size_value = v.find("size");
        // nlohmann's unsigned: digits only ("1.0" and "1e3" are not; "-0" reads as 0, which the size
        // check against the file then refuses like any other wrong size)
        const auto size = size_value && !size_value->text().empty() && size_value->text()[0] != '-'
                              ? integer(*size_value, 0, static_cast<long long>(kMaxFragmentBytes))
                              : std::nullopt;
        if (!size) {
            r.fail(path + ".size", "must be a whole number of bytes up to " + std::to_string(kMaxFragmentBytes));
            return std::nullopt;
        }
        f.size = static_cast<std::uint64_t>(*size);
        const bool has_b2 = v.find("blake2b-256") != nullptr;
        const bool has_sha = v.find("sha-256") != nullptr;
        if (has_b2 == has_sha) {
            r.fail(path, "needs exactly one hash: \"blake2b-256\" or \"sha-256\"");
            return std::nullopt;
        }
        f.hash_algorithm = has_b2 ? HashAlgorithm::Blake2b256 : HashAlgorithm::Sha256;
        const char* field = hash_field(f.hash_algorithm);
        if (!r.string(v, path, field, f.hash)) return std::nullopt;
        if (!is_hex(f.hash, 64)) {
            r.fail(path + "." + field, "must be 64 lower-case hex digits");
            return std::nullopt;
        }
        if (v.find("version") && !r.version(v, path, "version", f.version)) return std::nullopt;
        if (v.find("fund")) {
            if (!r.string(v, path, "fund", f.fund)) return std::nullopt;
            if (std::none_of(m.delegations.begin(), m.delegations.end(), [&](const Delegation& d) { return d.fund == f.fund; })) {
                r.fail(path + ".fund", "'" + f.fund + "' has no entry in delegations");
                return std::nullopt;
            }
        }
        m.fragments.push_back(std::move(f));
    }
    return m;
}

std::string to_json(const Manifest& m) {
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["catalogue"] = m.catalogue;
    doc["version"] = m.version;
    doc["issued"] = m.issued;
    doc["expires"] = m.expires;
    doc["min_app_version"] = m.min_app_version;
    if (!m.delegations.empty()) {
        nlohmann::ordered_json dels = nlohmann::ordered_json::object();
        std::vector<Delegation> sorted = m.delegations;
        std::sort(sorted.begin(), sorted.end(), [](const Delegation& a, const Delegation& b) { return a.fund < b.fund; });
        for (const Delegation& d : sorted) {
            dels[d.fund] = {{"keys", d.keys}, {"threshold", d.threshold}, {"prefixes", d.prefixes}};
        }
        doc["delegations"] = dels;
    }
    nlohmann::ordered_json frags = nlohmann::ordered_json::array();
    for (const Fragment& f : m.fragments) {
        nlohmann::ordered_json e;
        e["file"] = f.file;
        e["size"] = f.size;
        e[hash_field(f.hash_algorithm)] = f.hash;
        if (!f.fund.empty()) e["fund"] = f.fund;
        if (!f.version.empty()) e["version"] = f.version;
        frags.push_back(e);
    }
    doc["fragments"] = frags;
    return doc.dump(2) + "\n";
}

}  // namespace sw::manifest
