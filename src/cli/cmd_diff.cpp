// stapelwijzer diff OLD NEW: what changed between two versions of the rules, and which scenario
// outcomes change (docs/cli.md). Reads and checks both sides here; the comparison and the report
// are src/rules/catalogue_diff*.cpp (stapelwijzer/catalogue_diff.h).
#include <cstdio>
#include <filesystem>

#include "bundle/clock.h"
#include "commands.h"
#include "fragment_files.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/catalogue_diff.h"
#include "stapelwijzer/rules.h"

namespace {

namespace fs = std::filesystem;
using namespace sw;
using namespace sw::cli;

const char* kHelp =
    "Usage: stapelwijzer diff OLD NEW [--unsigned] [--rules BUNDLE] [--tests DIR]\n"
    "                         [--format text|json] [--lang nl|en]\n"
    "\n"
    "Compares two versions of the rules: schemes added, removed, ended or changed (each changed\n"
    "value: amounts, percentages, periods, conditions, texts, sources), and with --tests DIR every\n"
    "scenario in DIR whose outcome differs (status per scheme, own payment, plan), named with the\n"
    "fund whose test it is.\n"
    "OLD and NEW: a signed bundle (a folder with manifest.json, or that file), verified first.\n"
    "With --unsigned also: a folder of rules fragments (every *.json but manifest.json), or one\n"
    "fragment FILE.json, which takes the place of the fragment with the same file name in the\n"
    "built-in bundle (or in --rules BUNDLE).\n"
    "--format json: the report as JSON for tools. --lang: the text's language (default nl).\n"
    "Exit codes: 0 no differences, 1 differences, 2 bad input (a side that cannot be read, does\n"
    "not parse or does not load; a bad scenario), 3 a signed bundle refused, 70 internal error.\n"
    "\n"
    "Vergelijkt twee versies van de regels: wat is er veranderd, en welke testgevallen krijgen\n"
    "een andere uitkomst.\n";

// A message in both languages: "stapelwijzer diff: <en>" and the Dutch line below it.
void say(const std::string& en, const std::string& nl) {
    std::fprintf(stderr, "stapelwijzer diff: %s\nstapelwijzer diff: %s\n", en.c_str(), nl.c_str());
}

struct Side {
    const char* en;  // "OLD"
    const char* nl;  // "OUD"
    std::string label;
    std::vector<RulesFile> files;
    std::shared_ptr<const Catalogue> catalogue;
};

// A signed bundle at `path`, verified (expired is allowed: a diff is about content, not freshness).
int read_signed(const std::string& path, Side& side) {
    std::vector<BundleFile> files;
    std::string error, too_large, reason;
    if (!read_bundle_files(path, files, too_large, error)) {
        say(std::string(side.en) + ": " + error, std::string(side.nl) + ": kan niet lezen: " + error);
        return 2;
    }
    BundleCheck check;
    const auto today = clock_today(error);
    if (!today) {
        say(error, error);
        return 2;
    }
    check.today = *today;
    const auto bundle = verify_read_bundle(files, too_large, check, reason);
    if (!bundle) {
        say(std::string(side.en) + ": rules refused: " + reason,
            std::string(side.nl) + ": regels geweigerd (handtekening of manifest klopt niet): " + reason);
        return 3;
    }
    side.files = bundle->fragments;
    side.label = path + " (" + bundle->info.catalogue + " " + bundle->info.version + ", signed)";
    return 0;
}

// The built-in bundle or --rules, with `file` in place of the fragment of the same name.
int read_fragment_over_base(const std::string& path, const std::optional<std::string>& base, Side& side) {
    RulesFile f;
    f.name = fs::path(path).filename().string();
    std::string error;
    if (!read_all(path, f.text, error)) {
        say(std::string(side.en) + ": " + error, std::string(side.nl) + ": kan niet lezen: " + error);
        return 2;
    }
    std::string base_label = "the built-in rules";
    if (base) {
        if (int rc = read_signed(*base, side)) return rc;
        base_label = side.label;
    } else {
        std::vector<BundleFile> files;
        for (RulesFile& b : builtin_rules_files()) files.push_back(BundleFile{b.name, std::move(b.text)});
        BundleCheck check;
        check.today = Date{0};
        std::string reason;
        const auto bundle = verify_bundle(files, check, reason);
        if (!bundle) {
            say("the built-in rules are refused: " + reason,
                "de ingebouwde regels worden geweigerd: " + reason);
            return 3;
        }
        side.files = bundle->fragments;
    }
    bool replaced = false;
    for (RulesFile& existing : side.files) {
        if (existing.name == f.name) {
            existing.text = f.text;
            replaced = true;
        }
    }
    if (!replaced) side.files.push_back(f);
    side.label =
        path + (replaced ? " in place of " : " added to ") + f.name + " in " + base_label + " (unsigned)";
    return 0;
}

int read_side(const std::string& path, const Options& o, Side& side) {
    std::error_code ec;
    const bool unsigned_ok = o.has("--unsigned");
    if (!fs::exists(path, ec)) {
        say(std::string(side.en) + ": '" + path + "': no such file or folder",
            std::string(side.nl) + ": '" + path + "': bestand of map bestaat niet");
        return 2;
    }
    const bool dir = fs::is_directory(path, ec);
    const bool bundle =
        dir ? fs::exists(fs::path(path) / "manifest.json", ec) : fs::path(path).filename() == "manifest.json";
    if (bundle && !unsigned_ok) return read_signed(path, side);
    if (!unsigned_ok) {
        say(std::string(side.en) + ": '" + path +
                "' is not a signed bundle (no manifest.json); give --unsigned to compare unsigned fragments",
            std::string(side.nl) + ": '" + path +
                "' is geen ondertekende bundel (geen manifest.json); geef --unsigned om niet-ondertekende "
                "regels "
                "te vergelijken");
        return 2;
    }
    if (!dir) return read_fragment_over_base(path, o.get("--rules"), side);
    std::string error;
    if (!read_fragment_dir(path, side.files, error)) {
        say(std::string(side.en) + ": " + error, std::string(side.nl) + ": kan niet lezen: " + error);
        return 2;
    }
    if (side.files.empty()) {
        say(std::string(side.en) + ": '" + path + "' holds no rules fragments (*.json)",
            std::string(side.nl) + ": '" + path + "' bevat geen regelbestanden (*.json)");
        return 2;
    }
    side.label = path + " (" + std::to_string(side.files.size()) + " unsigned fragment(s))";
    return 0;
}

int load_side(const std::string& path, const Options& o, Side& side) {
    if (int rc = read_side(path, o, side)) return rc;
    std::vector<Diagnostic> problems;
    side.catalogue = load_catalogue(side.files, problems);
    if (side.catalogue) return 0;
    std::string list;
    for (const Diagnostic& d : problems) list += "\n  " + d.path + (d.path.empty() ? "" : ": ") + d.message;
    say(std::string(side.en) + ": the rules in '" + path + "' do not load (" +
            std::to_string(problems.size()) + " error(s)):" + list,
        std::string(side.nl) + ": de regels in '" + path + "' laden niet (" +
            std::to_string(problems.size()) + " fout(en), zie hierboven)");
    return 2;
}

int read_scenarios(const std::string& dir, std::vector<ScenarioFile>& out) {
    std::vector<std::string> paths;
    std::string error;
    if (!json_files(dir, paths, error)) {
        say("--tests: " + error, "--tests: " + error + " (geen map)");
        return 2;
    }
    for (const std::string& p : paths) {
        ScenarioFile f{fs::path(p).filename().string(), ""};
        if (!read_all(p, f.text, error)) {
            say("--tests: " + error, "--tests: kan niet lezen: " + error);
            return 2;
        }
        out.push_back(std::move(f));
    }
    return 0;
}

}  // namespace

int sw::cli::cmd_diff(const Args& args) {
    const Command command{"diff", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--tests", "--format", "--lang"}, {"--unsigned"},
                              true, exit_code);
    if (!opts) return exit_code;
    if (opts->positional.size() != 2) return usage_error(command, "give two versions of the rules: OLD NEW");
    const std::string format = opts->get("--format").value_or("text");
    const std::string lang = opts->get("--lang").value_or("nl");
    if (format != "text" && format != "json") return usage_error(command, "--format must be text or json");
    if (lang != "nl" && lang != "en") return usage_error(command, "--lang must be nl or en");

    Side old_side{"OLD", "OUD", "", {}, nullptr}, new_side{"NEW", "NIEUW", "", {}, nullptr};
    if (int rc = load_side(opts->positional[0], *opts, old_side)) return rc;
    if (int rc = load_side(opts->positional[1], *opts, new_side)) return rc;

    CatalogueDiff diff;
    diff.old_label = old_side.label;
    diff.new_label = new_side.label;
    std::string error;
    auto definitions = diff_rules(old_side.files, new_side.files, error);
    if (!definitions) {
        say(error, error);
        return 2;
    }
    diff.definitions = std::move(*definitions);
    if (auto dir = opts->get("--tests")) {
        std::vector<ScenarioFile> scenarios;
        if (int rc = read_scenarios(*dir, scenarios)) return rc;
        auto outcomes = diff_outcomes(*old_side.catalogue, *new_side.catalogue, new_side.files,
                                      old_side.files, scenarios, error);
        if (!outcomes) {
            say("--tests: " + error, "--tests: geen geldig testgeval: " + error);
            return 2;
        }
        diff.tests_run = true;
        diff.test_count = scenarios.size();
        diff.outcomes = std::move(*outcomes);
    }
    const std::string report = format == "json" ? catalogue_diff_json(diff) : catalogue_diff_text(diff, lang);
    std::fputs(report.c_str(), stdout);
    return diff.empty() ? 0 : 1;
}
