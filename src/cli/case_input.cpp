// case_input.cpp: see case_input.h.
#include "case_input.h"

#include <cstdio>

#include "io.h"
#include "stapelwijzer/rules.h"

int sw::cli::read_case_input(const Options& options, const std::string& input, const char* command,
                             LoadedRules& rules, std::optional<Case>& c) {
    std::string error, text;
    if (!read_all(input, text, error)) {
        std::fprintf(stderr, "stapelwijzer %s: --input: %s\n", command, error.c_str());
        return 2;
    }
    if (int code = load_rules(options.get("--rules"), options.has("--allow-expired"), command, rules))
        return code;
    Diagnostic bad;
    c = parse_case_json(text, *rules.catalogue, bad);
    if (!c) {
        std::fprintf(stderr, "stapelwijzer %s: bad input: %s%s%s\n", command, bad.path.c_str(),
                     bad.path.empty() ? "" : ": ", bad.message.c_str());
        return 2;
    }
    return 0;
}
