// stapelwijzer explain: every condition of one scheme with its outcome for one case (the adviser's
// condition trace, stapelwijzer/trace.h), as indented text or as JSON (stapelwijzer/trace_json.h).
// A bad case or a scheme the catalogue does not have on the case's date: exit 2, nothing on stdout.
#include <cstdio>
#include <string>

#include "case_input.h"
#include "commands.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/trace.h"
#include "stapelwijzer/trace_json.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer explain [--rules BUNDLE] --input CASE.json|- --scheme ID\n"
    "                            [--format text|json] [--lang nl|en] [--allow-expired]\n"
    "\n"
    "Shows every condition of one scheme for one case, each with its outcome: the whole rule, not\n"
    "only the reasons that decided it.\n"
    "  --rules BUNDLE    a signed rules bundle (directory or its manifest.json);\n"
    "                    default: the Dutch catalogue built into this program\n"
    "  --input FILE      the case (JSON contract 1); '-' reads it from standard input\n"
    "  --scheme ID       the scheme's id, e.g. stap-budget\n"
    "  --format FORMAT   text (default): one line per condition, two spaces per level,\n"
    "                    [ja]/[nee]/[?] (nl) or [yes]/[no]/[?] (en), then the condition;\n"
    "                    json: {\"scheme\", \"reference_date\", \"conditions\": [...]}\n"
    "  --lang LANG       nl (default) or en: the language of the text format\n"
    "  --allow-expired   use an expired bundle anyway (stderr repeats the warning)\n"
    "Exit codes: 0 ok, 2 bad input (the field, or the unknown or not valid scheme id, on stderr),\n"
    "3 rules refused, 70 internal error.\n"
    "\n"
    "Alle voorwaarden van een regeling voor een situatie, elk met de uitkomst: ja, nee of ? (onbekend).\n";

const char* mark(sw::ConditionOutcome o, bool english) {
    switch (o) {
        case sw::ConditionOutcome::True:
            return english ? "[yes]" : "[ja]";
        case sw::ConditionOutcome::False:
            return english ? "[no]" : "[nee]";
        default:
            return "[?]";
    }
}

std::string as_text(const std::vector<sw::ConditionLine>& lines, bool english) {
    std::string out;
    for (const sw::ConditionLine& line : lines) {
        out.append(static_cast<std::size_t>(line.depth) * 2, ' ');
        out += mark(line.outcome, english);
        out += ' ';
        out += english ? line.text.en : line.text.nl;
        out += '\n';
    }
    return out;
}

}  // namespace

int sw::cli::cmd_explain(const Args& args) {
    const Command command{"explain", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--input", "--scheme", "--format", "--lang"},
                              {"--allow-expired"}, false, exit_code);
    if (!opts) return exit_code;
    auto input = require_option(command, *opts, "--input");
    if (!input) return 2;
    auto scheme = require_option(command, *opts, "--scheme");
    if (!scheme) return 2;
    const std::string format = opts->get("--format").value_or("text");
    if (format != "text" && format != "json")
        return usage_error(command, "--format must be 'text' or 'json', got '" + format + "'");
    const std::string lang = opts->get("--lang").value_or("nl");
    if (lang != "nl" && lang != "en")
        return usage_error(command, "--lang must be 'nl' or 'en', got '" + lang + "'");
    if (scheme->empty()) return usage_error(command, "--scheme must name a scheme id");

    LoadedRules rules;
    std::optional<Case> c;
    if (int code = read_case_input(*opts, *input, "explain", rules, c)) return code;
    const std::string refusal = trace_scheme_refusal(*rules.catalogue, *c, *scheme);
    if (!refusal.empty()) {
        std::fprintf(stderr, "stapelwijzer explain: --scheme: %s\n", refusal.c_str());
        return 2;
    }
    const std::vector<ConditionLine> lines = condition_trace(*rules.catalogue, *c, *scheme);
    if (lines.empty()) {
        std::fprintf(stderr, "stapelwijzer explain: internal error: no conditions for scheme '%s'\n",
                     scheme->c_str());
        return 70;
    }
    const std::string out = format == "json" ? trace_to_json(*scheme, c->reference_date, lines) + "\n"
                                             : as_text(lines, lang == "en");
    std::string error;
    if (!write_all("-", out, error)) return 70;
    return 0;
}
