// stapelwijzer lint: reads rules fragments, reports every error that would make loading refuse
// them, then (if they load) the extra checks of lint_catalogue(). Exit codes: docs/cli.md.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "io.h"
#include "options.h"
#include "stapelwijzer/rules.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer lint FILE|DIR...\n"
    "\n"
    "Checks rules fragments (docs/rules-format.md) as one catalogue and prints every problem as\n"
    "  error: FILE: JSON.PATH: reason      (loading would refuse the catalogue)\n"
    "  warning: FRAGMENT: JSON.PATH: reason (allowed, but probably a mistake)\n"
    "A directory stands for every *.json in it except manifest.json.\n"
    "Exit codes: 0 no findings, 1 warnings only, 2 errors (or a file cannot be read),\n"
    "70 internal error.\n"
    "\n"
    "Controleert regelbestanden en meldt alle fouten (error) en waarschuwingen (warning).\n";

void print(const char* severity, const sw::Diagnostic& d) {
    std::printf("%s: %s%s%s\n", severity, d.path.c_str(), d.path.empty() ? "" : ": ", d.message.c_str());
}

}  // namespace

int sw::cli::cmd_lint(const Args& args) {
    const Command command{"lint", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {}, {}, true, exit_code);
    if (!opts) return exit_code;
    if (opts->positional.empty()) return usage_error(command, "give at least one rules file");
    std::string error;
    namespace fs = std::filesystem;
    std::vector<std::string> paths;
    for (const std::string& p : opts->positional) {
        std::error_code ec;
        if (!fs::is_directory(p, ec)) {
            paths.push_back(p);
            continue;
        }
        std::vector<std::string> in_dir;
        for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".json" && it->path().filename() != "manifest.json")
                in_dir.push_back(it->path().string());
        std::sort(in_dir.begin(), in_dir.end());
        paths.insert(paths.end(), in_dir.begin(), in_dir.end());
    }
    std::vector<RulesFile> files;
    for (const std::string& p : paths) {
        RulesFile f;
        f.name = p;
        if (!read_all(p, f.text, error)) {
            std::fprintf(stderr, "stapelwijzer lint: %s\n", error.c_str());
            return 2;
        }
        files.push_back(std::move(f));
    }
    std::vector<Diagnostic> errors;
    auto catalogue = load_catalogue(files, errors);
    for (const Diagnostic& d : errors) print("error", d);
    std::vector<Diagnostic> warnings;
    if (catalogue) warnings = lint_catalogue(*catalogue);
    for (const Diagnostic& d : warnings) print("warning", d);
    std::fprintf(stderr, "stapelwijzer lint: %zu file(s), %zu error(s), %zu warning(s)\n", files.size(),
                 errors.size(), warnings.size());
    if (!catalogue) return 2;
    return warnings.empty() ? 0 : 1;
}
