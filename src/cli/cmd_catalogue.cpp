// stapelwijzer catalogue --markdown: the catalogue's coverage as Markdown (docs/coverage.md:
// sectors -> fund -> schemes -> in force or not -> confidence -> source, with counts), generated
// from the rules so it never goes stale. --check FILE compares instead of printing (CTest does,
// against the committed docs/coverage.md).
#include <cstdio>

#include "commands.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "search_notes.h"
#include "stapelwijzer/coverage.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer catalogue --markdown [--rules BUNDLE] [--date YYYY-MM-DD]\n"
    "                              [--searched FILE] [--output FILE | --check FILE] [--allow-expired]\n"
    "\n"
    "Writes the catalogue's coverage as Markdown: per sector the providers and their schemes,\n"
    "whether each is in force on the date, its confidence and its source; counts; the sectors\n"
    "that no scheme names yet. docs/coverage.md is this output for rules-data/nl on 2026-01-01.\n"
    "  --rules BUNDLE    a signed rules bundle (directory or its manifest.json);\n"
    "                    default: the Dutch catalogue built into this program\n"
    "  --date DATE       the date 'in force' and confidence are judged on (default 2026-01-01)\n"
    "  --searched FILE   what a search for newer sources found (rules-data/nl/searches.json):\n"
    "                    its texts go into the confirmation table, its funds are listed\n"
    "  --output FILE     write to FILE instead of standard output\n"
    "  --check FILE      compare with FILE: exit 0 if equal, 1 if FILE differs (it is stale)\n"
    "Exit codes: 0 ok, 1 --check found a difference, 2 bad arguments, 3 rules refused.\n"
    "\n"
    "Schrijft het overzicht van de regelingen per sector als Markdown (docs/coverage.md).\n";

}  // namespace

int sw::cli::cmd_catalogue(const Args& args) {
    const Command command{"catalogue", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--date", "--searched", "--output", "--check"},
                              {"--markdown", "--allow-expired"}, false, exit_code);
    if (!opts) return exit_code;
    if (!opts->has("--markdown"))
        return usage_error(command, "--markdown is required (the only format so far)");
    if (opts->get("--output") && opts->get("--check"))
        return usage_error(command, "give --output or --check, not both");
    Date as_of = date_from_ymd(2026, 1, 1);
    if (auto d = opts->get("--date")) {
        auto parsed = parse_iso_date(*d);
        if (!parsed)
            return usage_error(command, "--date: must be a real date as YYYY-MM-DD, got '" + *d + "'");
        as_of = *parsed;
    }
    LoadedRules rules;
    if (int code = load_rules(opts->get("--rules"), opts->has("--allow-expired"), "catalogue", rules))
        return code;
    std::string error;
    SearchNotes notes;
    if (auto searched = opts->get("--searched")) {
        std::string text;
        if (!read_all(*searched, text, error) ||
            !parse_search_notes(*searched, text, *rules.catalogue, notes, error)) {
            std::fprintf(stderr, "stapelwijzer catalogue: --searched: %s\n", error.c_str());
            return 2;
        }
    }
    const std::string md =
        coverage_markdown(*rules.catalogue, as_of, opts->get("--searched") ? &notes : nullptr);
    if (auto check = opts->get("--check")) {
        std::string committed;
        if (!read_all(*check, committed, error)) {
            std::fprintf(stderr, "stapelwijzer catalogue: --check: %s\n", error.c_str());
            return 2;
        }
        if (committed == md) return 0;
        std::fprintf(stderr,
                     "stapelwijzer catalogue: %s is not what the catalogue gives: regenerate it with\n"
                     "  stapelwijzer catalogue --markdown --rules rules-data/nl/bundle \\\n"
                     "    --searched rules-data/nl/searches.json --output %s\n",
                     check->c_str(), check->c_str());
        return 1;
    }
    if (!write_all(opts->get("--output").value_or("-"), md, error)) {
        std::fprintf(stderr, "stapelwijzer catalogue: %s\n", error.c_str());
        return 2;
    }
    return 0;
}
