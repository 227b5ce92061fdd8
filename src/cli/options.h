// options.h: the command line of one subcommand: `--name value` options, `--flag` switches and
// positional arguments. Anything unexpected is a usage error (exit 2) with a clear message.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "commands.h"

namespace sw::cli {

struct Options {
    std::map<std::string, std::string> values;  // "--rules" -> "bundle/"
    std::set<std::string> flags;                // "--allow-expired"
    std::vector<std::string> positional;
    bool help = false;                          // --help or -h was given

    std::optional<std::string> get(const std::string& name) const;
    bool has(const std::string& flag) const { return flags.count(flag) != 0; }
};

// Parses `args`. `with_value`: options that take a value; `switches`: options without one.
// On error returns nullopt and sets `error` ("unknown option '--foo'").
std::optional<Options> parse_options(const Args& args, const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& switches, bool allow_positional,
                                     std::string& error);

}  // namespace sw::cli
