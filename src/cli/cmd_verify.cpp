// stapelwijzer verify: checks a rules bundle the way plan and the app do, and reports it for
// people: signers, version, dates, every file's status. Exit 0 verified, 3 refused (also when
// expired, unless --allow-expired), 2 bad arguments.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../rules/manifest.h"
#include "../rules/root_keys.h"
#include "commands.h"
#include "stapelwijzer/bundle.h"

namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "Usage: stapelwijzer verify [--rules BUNDLE] [--allow-expired]\n"
    "BUNDLE is the bundle's folder or its manifest.json; without --rules the bundle built into\n"
    "this binary is checked. Today's date is the UTC clock's (or STAPELWIJZER_TODAY=YYYY-MM-DD).\n"
    "Exit codes: 0 verified, 2 bad arguments, 3 refused (or expired without --allow-expired).\n";

struct Failure {
    int code;
    std::string message;
};

std::optional<sw::Date> today() {
    if (const char* env = std::getenv("STAPELWIJZER_TODAY")) return sw::parse_iso_date(env);
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return sw::date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// The bundle's files: every *.json and *.minisig of the folder (what the build embeds, too).
std::vector<sw::BundleFile> read_bundle(const std::string& rules) {
    fs::path dir(rules);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        if (dir.filename() != sw::manifest::kFileName || !fs::is_regular_file(dir, ec)) {
            throw Failure{2, "--rules " + rules + ": not a bundle folder or its manifest.json"};
        }
        dir = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
    }
    std::vector<sw::BundleFile> files;
    std::uintmax_t total = 0;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const auto ext = e.path().extension();
        if (!e.is_regular_file() || (ext != ".json" && ext != ".minisig")) continue;
        const std::string name = e.path().filename().string();
        // Refuse oversized files before reading them (verify_bundle checks the exact limits).
        total += e.file_size();
        if (total > sw::manifest::kMaxBundleBytes) {
            throw Failure{3, name + ": the bundle is larger than the limit of " + std::to_string(sw::manifest::kMaxBundleBytes) + " bytes"};
        }
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        if (!in && !in.eof()) throw Failure{2, e.path().string() + ": cannot read"};
        files.push_back({name, ss.str()});
    }
    if (ec) throw Failure{2, "--rules " + rules + ": " + ec.message()};
    return files;
}

int run(const sw::cli::Args& args) {
    std::string rules;
    bool allow_expired = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (args[i] == "--rules" && i + 1 < args.size()) {
            rules = args[++i];
        } else if (args[i] == "--allow-expired") {
            allow_expired = true;
        } else {
            throw Failure{2, "unknown or incomplete argument '" + args[i] + "'\n" + kUsage};
        }
    }
    const auto day = today();
    if (!day) throw Failure{2, "STAPELWIJZER_TODAY: must be a date YYYY-MM-DD"};
    std::vector<sw::BundleFile> files;
    if (rules.empty()) {
        for (const auto& f : sw::builtin_rules_files()) files.push_back({f.name, f.text});
    } else {
        files = read_bundle(rules);
    }
    sw::BundleCheck check;
    check.today = *day;
    check.allow_expired = allow_expired;
    std::string reason;
    const auto bundle = sw::verify_bundle(files, check, reason);
    std::printf("rules bundle: %s (checked on %s)\n", rules.empty() ? "built into this binary" : rules.c_str(),
                sw::format_iso_date(*day).c_str());
    if (sw::root_keys::development()) {
        std::printf("root keys of this build: the DEVELOPMENT keys (rules-data/dev-keys), not for a release\n");
    }
    if (!bundle) {
        if (reason.find("expired on") != std::string::npos) reason += "; use --allow-expired to accept it anyway";
        throw Failure{3, "REFUSED: " + reason};
    }
    std::printf("catalogue %s, version %s\nissued %s, expires %s%s\nsigners:\n", bundle->info.catalogue.c_str(),
                bundle->info.version.c_str(), bundle->issued.c_str(), bundle->expires.c_str(), bundle->expired ? " (EXPIRED)" : "");
    for (const auto& s : bundle->info.signers) std::printf("  %s\n", s.c_str());
    std::printf("files:\n");
    for (const auto& line : bundle->report) std::printf("  %s\n", line.c_str());
    for (const auto& w : bundle->info.warnings) std::printf("warning: %s\n", w.en.c_str());
    std::printf("%s\n", bundle->expired ? "result: verified, but EXPIRED (accepted with --allow-expired)" : "result: verified");
    return 0;
}

}  // namespace

int sw::cli::cmd_verify(const Args& args) {
    try {
        return run(args);
    } catch (const Failure& f) {
        std::fprintf(stderr, "stapelwijzer verify: %s\n", f.message.c_str());
        return f.code;
    }
}
