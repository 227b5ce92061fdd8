// stapelwijzer plan: one case (contract "Input") -> one result (contract "Output") on stdout.
// A bad case never yields a result: exit 2 with the field and the reason on stderr.
#include <cstdio>

#include "case_input.h"
#include "commands.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer plan [--rules BUNDLE] --input CASE.json|- [--allow-expired] [--compact]\n"
    "\n"
    "Reads one case (JSON contract 1) and prints the result as JSON: which schemes apply, the\n"
    "plan with the lowest own payment, the best case, the questions that matter and notes.\n"
    "  --rules BUNDLE    a signed rules bundle (directory or its manifest.json);\n"
    "                    default: the Dutch catalogue built into this program\n"
    "  --input FILE      the case; '-' reads it from standard input\n"
    "  --allow-expired   use an expired bundle anyway (every result then carries a warning)\n"
    "  --compact         print the JSON on one line\n"
    "Exit codes: 0 ok, 2 bad input (stderr names the field), 3 rules refused, 70 internal error.\n"
    "\n"
    "Een situatie (JSON) in, het resultaat (JSON) uit. Foute invoer: code 2 en een melding welk\n"
    "veld fout is en waarom.\n";

}  // namespace

int sw::cli::cmd_plan(const Args& args) {
    const Command command{"plan", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--input"}, {"--allow-expired", "--compact"}, false,
                              exit_code);
    if (!opts) return exit_code;
    auto input = require_option(command, *opts, "--input");
    if (!input) return 2;
    LoadedRules rules;
    std::optional<Case> c;
    if (int code = read_case_input(*opts, *input, "plan", rules, c)) return code;
    const Result result = evaluate(*rules.catalogue, *c);
    const std::string out = result_to_json(result, rules.info, !opts->has("--compact")) + "\n";
    std::string error;
    if (!write_all("-", out, error)) return 70;
    return 0;
}
