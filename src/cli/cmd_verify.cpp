// stapelwijzer verify: checks a rules bundle the way plan and the app do (rules_source.h reads
// it; verify_bundle and load_catalogue judge it) and reports it for people: signers, version,
// dates, every file's status. Exit 0 verified, 3 refused (also when expired, unless
// --allow-expired), 2 bad arguments.
#include <cstdio>
#include <string>

#include "bundle/clock.h"
#include "bundle/root_keys.h"
#include "commands.h"
#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/bundle.h"

namespace {

const char* kUsage =
    "Usage: stapelwijzer verify [--rules BUNDLE] [--seen OLDER-BUNDLE] [--allow-expired]\n"
    "BUNDLE is the bundle's folder or its manifest.json; without --rules the bundle built into\n"
    "this binary is checked. Today's date is the UTC clock's (or STAPELWIJZER_TODAY=YYYY-MM-DD).\n"
    "No fragment may be older than the built-in bundle's version of it; --seen names a bundle\n"
    "published before (verified first): BUNDLE may not list any fragment, nor be, older than it.\n"
    "Exit codes: 0 verified, 2 bad arguments, 3 refused (or expired without --allow-expired).\n";

}  // namespace

int sw::cli::cmd_verify(const Args& args) {
    int exit_code = 0;
    const auto opts = parse_command(Command{"verify", kUsage}, args, {"--rules", "--seen"},
                                    {"--allow-expired"}, false, exit_code);
    if (!opts) return exit_code;
    std::string error;
    const auto rules = opts->get("--rules");
    std::vector<BundleFile> files;
    std::string too_large;
    if (rules) {
        if (!read_bundle_files(*rules, files, too_large, error)) {
            std::fprintf(stderr, "stapelwijzer verify: --rules: %s\n", error.c_str());
            return 2;
        }
    } else {
        for (auto& f : builtin_rules_files()) files.push_back({f.name, std::move(f.text)});
    }
    const auto today = clock_today(error);
    if (!today) {
        std::fprintf(stderr, "stapelwijzer verify: %s\n", error.c_str());
        return 2;
    }
    BundleCheck check;
    check.today = *today;
    check.allow_expired = opts->has("--allow-expired");
    if (rules) add_builtin_fragment_floor(check);
    if (const auto seen = opts->get("--seen")) {
        // The older snapshot must verify itself; its versions become the floor (per fragment and
        // of the manifest), as a client that had used it would remember them.
        std::vector<BundleFile> older;
        std::string older_too_large, why;
        if (!read_bundle_files(*seen, older, older_too_large, error)) {
            std::fprintf(stderr, "stapelwijzer verify: --seen: %s\n", error.c_str());
            return 2;
        }
        BundleCheck older_check = check;
        older_check.allow_expired = true;  // an old snapshot may have expired; it still sets the floor
        const auto before = verify_read_bundle(older, older_too_large, older_check, why);
        if (!before) {
            std::fprintf(stderr, "stapelwijzer verify: --seen: that bundle is refused: %s\n", why.c_str());
            return 3;
        }
        for (const auto& [file, version] : before->fragment_versions)
            check.seen_fragment_versions[file] = version;
        check.seen_catalogue = before->info.catalogue;
        check.highest_seen_version = before->info.version;
    }

    std::printf("rules bundle: %s (checked on %s)\n", rules ? rules->c_str() : "built into this binary",
                format_iso_date(*today).c_str());
    if (root_keys::development()) {
        std::printf(
            "root keys of this build: the DEVELOPMENT keys (rules-data/dev-keys), not for a release\n");
    }
    std::string reason;
    const auto bundle = verify_read_bundle(files, too_large, check, reason);
    if (!bundle) {
        if (reason.find("expired on") != std::string::npos) reason += "; --allow-expired accepts it anyway";
        std::printf("result: REFUSED\n");
        std::fprintf(stderr, "stapelwijzer verify: rules refused: %s\n", reason.c_str());
        return 3;
    }
    std::printf("catalogue %s, version %s\nissued %s, expires %s%s\nsigners:\n",
                bundle->info.catalogue.c_str(), bundle->info.version.c_str(), bundle->issued.c_str(),
                bundle->expires.c_str(), bundle->expired ? " (EXPIRED)" : "");
    for (const auto& s : bundle->info.signers) std::printf("  %s\n", s.c_str());
    std::printf("files:\n");
    for (const auto& line : bundle->report) std::printf("  %s\n", line.c_str());

    // Signed is not enough: the rules must also load, as plan would load them.
    std::vector<Diagnostic> problems;
    const auto catalogue = load_catalogue(bundle->fragments, problems);
    if (!catalogue) {
        std::printf("result: REFUSED\n");
        std::fprintf(stderr, "stapelwijzer verify: rules refused: the catalogue has %zu error(s):\n",
                     problems.size());
        for (const auto& d : problems) {
            std::fprintf(stderr, "  %s%s%s\n", d.path.c_str(), d.path.empty() ? "" : ": ", d.message.c_str());
        }
        return 3;
    }
    std::printf("catalogue: %zu schemes, %zu notes: loads\n", catalogue->spec().schemes.size(),
                catalogue->spec().notes.size());
    for (const auto& w : bundle->info.warnings) std::printf("warning: %s\n", w.en.c_str());
    std::printf("%s\n", bundle->expired ? "result: verified, but EXPIRED (accepted with --allow-expired)"
                                        : "result: verified");
    return 0;
}
