// stapelwijzer lint: reads rules fragments, reports every error that would make loading refuse
// them, then (if they load) the extra checks of lint_catalogue() and the municipality names of
// lint_municipalities(). Exit codes: docs/cli.md.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "bundle/manifest_scope.h"
#include "commands.h"
#include "delegations.h"
#include "io.h"
#include "options.h"
#include "stapelwijzer/rules.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer lint [--delegations FILE] FILE|DIR...\n"
    "\n"
    "Checks rules fragments (docs/rules-format.md) as one catalogue and prints every problem as\n"
    "  error: FILE: JSON.PATH: reason      (loading would refuse the catalogue)\n"
    "  warning: FRAGMENT: JSON.PATH: reason (allowed, but probably a mistake)\n"
    "A directory stands for every *.json in it except manifest.json.\n"
    "  --delegations FILE  the funds' delegations, as `sign --bundle` takes them: each fund's\n"
    "                      fragment must stay inside its prefixes, or signing would refuse it\n"
    "Exit codes: 0 no findings, 1 warnings only, 2 errors (or a file cannot be read),\n"
    "70 internal error.\n"
    "\n"
    "Controleert regelbestanden en meldt alle fouten (error) en waarschuwingen (warning). Met\n"
    "--delegations ook of elk fondsbestand binnen de voorvoegsels (prefixes) van zijn fonds blijft.\n";

void print(const char* severity, const sw::Diagnostic& d) {
    std::printf("%s: %s%s%s\n", severity, d.path.c_str(), d.path.empty() ? "" : ": ", d.message.c_str());
}

// The delegation scope signing applies (manifest_scope.h) to each fund's fragment: ids outside the
// fund's prefixes, sectors, excludes of other owners' schemes. One finding per fragment at most.
std::vector<sw::Diagnostic> scope_errors(const std::vector<sw::RulesFile>& files,
                                         const sw::cli::Delegations& delegations) {
    std::vector<sw::Diagnostic> out;
    for (const sw::RulesFile& f : files) {
        const auto fund = delegations.fund_of.find(std::filesystem::path(f.name).filename().string());
        if (fund == delegations.fund_of.end()) continue;
        const auto d = std::find_if(delegations.funds.begin(), delegations.funds.end(),
                                    [&](const auto& x) { return x.fund == fund->second; });
        // Catalogue and version are checked against the manifest when signing; here against the
        // fragment itself (each fund's fragment has its own version).
        const auto doc = nlohmann::json::parse(f.text, nullptr, false);
        if (doc.is_discarded() || !doc.is_object()) continue;  // loading reports it
        const std::string catalogue = doc.value("catalogue", ""), version = doc.value("version", "");
        const std::string why = sw::manifest::check_fragment_scope(f.text, &*d, catalogue, version);
        if (!why.empty()) out.push_back({f.name, why + " (signing would refuse this fragment)"});
    }
    return out;
}

// lint_municipalities() names a place as "FRAGMENT: path"; its findings are errors, and errors name
// the file as given on the command line (docs/cli.md), so a fund with several files knows where.
void name_files(const std::vector<sw::RulesFile>& files, std::vector<sw::Diagnostic>& found) {
    std::map<std::string, std::string> file_of;
    for (const sw::RulesFile& f : files) {
        const auto doc = nlohmann::json::parse(f.text, nullptr, false);
        if (doc.is_object() && doc.contains("fragment") && doc["fragment"].is_string())
            file_of.emplace(doc["fragment"].get<std::string>(), f.name);
    }
    for (sw::Diagnostic& d : found) {
        const std::size_t colon = d.path.find(": ");
        if (colon == std::string::npos) continue;
        auto it = file_of.find(d.path.substr(0, colon));
        if (it != file_of.end()) d.path = it->second + d.path.substr(colon);
    }
}

}  // namespace

int sw::cli::cmd_lint(const Args& args) {
    const Command command{"lint", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--delegations"}, {}, true, exit_code);
    if (!opts) return exit_code;
    if (opts->positional.empty()) return usage_error(command, "give at least one rules file");
    std::string error;
    Delegations delegations;
    if (auto path = opts->get("--delegations")) {
        std::string text;
        if (!read_all(*path, text, error) || !parse_delegations(*path, text, delegations, error)) {
            std::fprintf(stderr, "stapelwijzer lint: --delegations: %s\n", error.c_str());
            return 2;
        }
    }
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
    for (Diagnostic& d : scope_errors(files, delegations)) errors.push_back(std::move(d));
    std::vector<Diagnostic> warnings;
    if (catalogue) {
        warnings = lint_catalogue(*catalogue);
        std::vector<Diagnostic> municipality_errors;
        lint_municipalities(*catalogue, municipality_errors, warnings);
        name_files(files, municipality_errors);
        errors.insert(errors.end(), municipality_errors.begin(), municipality_errors.end());
    }
    for (const Diagnostic& d : errors) print("error", d);
    for (const Diagnostic& d : warnings) print("warning", d);
    std::fprintf(stderr, "stapelwijzer lint: %zu file(s), %zu error(s), %zu warning(s)\n", files.size(),
                 errors.size(), warnings.size());
    if (!catalogue || !errors.empty()) return 2;
    return warnings.empty() ? 0 : 1;
}
