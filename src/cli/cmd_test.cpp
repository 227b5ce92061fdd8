// stapelwijzer test: runs the catalogue's own scenario tests (one *.json per scenario in a
// directory; format in docs/maintaining-rules.md) against the signed built-in bundle, a signed
// bundle (--rules), or unsigned fragments being edited (--fragments: a fund checks its change
// before it signs). One line per scenario, every difference below it, then "N passed, N failed".
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "fragment_files.h"
#include "io.h"
#include "options.h"
#include "rules/scenario.h"
#include "rules_source.h"
#include "stapelwijzer/rules.h"

namespace {

namespace fs = std::filesystem;

const char* kHelp =
    "Usage: stapelwijzer test DIR [--rules BUNDLE | --fragments DIR]\n"
    "\n"
    "Runs every scenario (*.json) in DIR and prints one line per scenario:\n"
    "  PASS name (file)\n"
    "  FAIL name (file)\n"
    "      - what differs: expected ..., got ...\n"
    "and finally \"N passed, N failed\".\n"
    "Rules: the signed catalogue built into this binary, or --rules BUNDLE (a signed bundle\n"
    "directory or its manifest.json), or --fragments DIR (unsigned rules fragments, every *.json\n"
    "except manifest.json: to test a change before signing it).\n"
    "Exit codes: 0 all passed, 1 a scenario failed, 2 bad usage or no scenarios,\n"
    "3 rules refused, 70 internal error.\n"
    "\n"
    "Voert de testgevallen van de regels uit en meldt per geval of het klopt.\n";

// Unsigned fragments straight from disk: loaded and validated like a bundle's, never verified.
int load_fragments(const std::string& dir, std::shared_ptr<const sw::Catalogue>& out) {
    std::string error;
    std::vector<sw::RulesFile> files;
    if (!sw::cli::read_fragment_dir(dir, files, error)) {
        std::fprintf(stderr, "stapelwijzer test: --fragments: %s\n", error.c_str());
        return 2;
    }
    std::vector<sw::Diagnostic> problems;
    out = sw::load_catalogue(files, problems);
    if (!out) {
        std::fprintf(stderr, "stapelwijzer test: rules refused: the fragments have %zu error(s):\n",
                     problems.size());
        for (const auto& d : problems) std::fprintf(stderr, "  %s: %s\n", d.path.c_str(), d.message.c_str());
        return 3;
    }
    std::fprintf(stderr, "stapelwijzer test: using %zu unsigned fragment(s) from %s\n", files.size(),
                 dir.c_str());
    return 0;
}

}  // namespace

int sw::cli::cmd_test(const Args& args) {
    const Command command{"test", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--fragments"}, {}, true, exit_code);
    if (!opts) return exit_code;
    if (opts->positional.size() != 1) return usage_error(command, "give exactly one directory of scenarios");
    if (opts->get("--rules") && opts->get("--fragments"))
        return usage_error(command, "give --rules or --fragments, not both");
    std::string error;
    std::vector<std::string> scenarios;
    if (!json_files(opts->positional[0], scenarios, error)) {
        std::fprintf(stderr, "stapelwijzer test: %s\n", error.c_str());
        return 2;
    }
    if (scenarios.empty()) {
        std::fprintf(stderr, "stapelwijzer test: no scenarios (*.json) in '%s'\n",
                     opts->positional[0].c_str());
        return 2;
    }

    std::shared_ptr<const Catalogue> catalogue;
    if (auto dir = opts->get("--fragments")) {
        if (int rc = load_fragments(*dir, catalogue)) return rc;
    } else {
        // Scenarios test the rules, not the bundle's freshness: an expired bundle still runs
        // (load_rules prints its warning).
        LoadedRules rules;
        if (int rc = load_rules(opts->get("--rules"), true, "test", rules)) return rc;
        catalogue = rules.catalogue;
    }

    int passed = 0, failed = 0;
    for (const std::string& path : scenarios) {
        const std::string file = fs::path(path).filename().string();
        std::string text;
        ScenarioOutcome outcome;
        if (!read_all(path, text, error))
            outcome.problems.push_back(error);
        else
            outcome = run_scenario(*catalogue, text);
        const std::string name = outcome.name.empty() ? "(unreadable scenario)" : outcome.name;
        std::printf("%s %s (%s)\n", outcome.passed ? "PASS" : "FAIL", name.c_str(), file.c_str());
        for (const std::string& p : outcome.problems) std::printf("    - %s\n", p.c_str());
        (outcome.passed ? passed : failed)++;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
