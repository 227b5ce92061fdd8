// case_input.h: the start that `plan` and `explain` share: read the case named by --input (a file
// or '-' for stdin), load the rules (--rules, --allow-expired), and parse the case strictly
// against them (JSON contract 1).
#pragma once

#include <optional>
#include <string>

#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/case.h"

namespace sw::cli {

// Exit code 0 with `rules` and `c` filled, or the exit code to return after a message on stderr
// that starts with "stapelwijzer COMMAND:" (2: the input cannot be read or the case is bad, naming
// the field; 3: rules refused).
int read_case_input(const Options& options, const std::string& input, const char* command, LoadedRules& rules,
                    std::optional<Case>& c);

}  // namespace sw::cli
