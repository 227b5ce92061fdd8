// rules_source.cpp: see rules_source.h.
#include "rules_source.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "bundle/clock.h"
#include "io.h"

namespace sw::cli {

namespace fs = std::filesystem;

namespace {

// A bundle is its *.json and *.minisig files, as the built-in bundle is embedded
// (cmake/embed_files.cmake); other files in the folder (.keep, README) are not part of it.
bool is_bundle_file(const fs::path& p) {
    const std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') return false;
    return p.extension() == ".json" || p.extension() == ".minisig";
}

}  // namespace

bool read_bundle_files(const std::string& path, std::vector<BundleFile>& files, std::string& refusal,
                       std::string& error) {
    std::error_code ec;
    fs::path dir = path;
    if (!fs::is_directory(dir, ec)) {
        if (!fs::is_regular_file(dir, ec)) {
            error = "cannot read '" + path + "': no such file or directory";
            return false;
        }
        dir = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    }
    std::vector<fs::path> paths;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_bundle_file(it->path())) paths.push_back(it->path());
    if (ec) {
        error = "cannot list '" + dir.string() + "': " + ec.message();
        return false;
    }
    std::sort(paths.begin(), paths.end());
    // The limits before any byte is read (a sparse 1 TB file must not be read to be refused), in
    // verify_bundle()'s order: each file in name order, then the total.
    std::uint64_t total = 0;
    for (const fs::path& p : paths) {
        const std::uint64_t size = fs::file_size(p, ec);
        if (ec) {
            error = "cannot read '" + p.string() + "': " + ec.message();
            return false;
        }
        refusal = bundle_file_size_refusal(p.filename().string(), size);
        if (!refusal.empty()) return true;
        total += size;
    }
    refusal = bundle_total_size_refusal(total);
    if (!refusal.empty()) return true;
    for (const fs::path& p : paths) {
        BundleFile f;
        f.name = p.filename().string();
        if (!read_all(p.string(), f.bytes, error)) return false;
        files.push_back(std::move(f));
    }
    return true;
}

void add_builtin_fragment_floor(BundleCheck& check) {
    for (const RulesFile& f : builtin_rules_files()) {
        if (f.name != "manifest.json") continue;
        check.seen_fragment_versions = manifest_fragment_versions(f.text, check.seen_catalogue);
    }
}

std::optional<VerifiedBundle> verify_read_bundle(const std::vector<BundleFile>& files,
                                                 const std::string& refusal, const BundleCheck& check,
                                                 std::string& reason) {
    if (!refusal.empty()) {
        reason = refusal;
        return std::nullopt;
    }
    return verify_bundle(files, check, reason);
}

int load_rules(const std::optional<std::string>& rules_path, bool allow_expired, const char* command,
               LoadedRules& out) {
    std::string error, too_large;
    std::vector<BundleFile> files;
    if (rules_path) {
        if (!read_bundle_files(*rules_path, files, too_large, error)) {
            std::fprintf(stderr, "stapelwijzer %s: --rules: %s\n", command, error.c_str());
            return 2;
        }
    } else {
        for (RulesFile& f : builtin_rules_files()) files.push_back(BundleFile{f.name, std::move(f.text)});
    }
    auto today = clock_today(error);
    if (!today) {
        std::fprintf(stderr, "stapelwijzer %s: %s\n", command, error.c_str());
        return 2;
    }
    BundleCheck check;
    check.today = *today;
    check.allow_expired = allow_expired;
    if (rules_path) add_builtin_fragment_floor(check);
    std::string reason;
    auto bundle = verify_read_bundle(files, too_large, check, reason);
    if (!bundle) {
        std::fprintf(stderr, "stapelwijzer %s: rules refused: %s\n", command, reason.c_str());
        return 3;
    }
    std::vector<Diagnostic> problems;
    out.catalogue = load_catalogue(bundle->fragments, problems);
    if (!out.catalogue) {
        std::fprintf(stderr, "stapelwijzer %s: rules refused: the catalogue has %zu error(s):\n", command,
                     problems.size());
        for (const Diagnostic& d : problems)
            std::fprintf(stderr, "  %s%s%s\n", d.path.c_str(), d.path.empty() ? "" : ": ", d.message.c_str());
        return 3;
    }
    out.info = bundle->info;
    for (const Text& w : out.info.warnings)
        std::fprintf(stderr, "stapelwijzer %s: warning: %s\n", command, w.en.c_str());
    return 0;
}

}  // namespace sw::cli
