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
    bool help = false;  // --help or -h was given

    std::optional<std::string> get(const std::string& name) const;
    bool has(const std::string& flag) const { return flags.count(flag) != 0; }
};

// Parses `args`. `with_value`: options that take a value; `switches`: options without one.
// On error returns nullopt and sets `error` ("unknown option '--foo'").
std::optional<Options> parse_options(const Args& args, const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& switches, bool allow_positional,
                                     std::string& error);

// A subcommand as its messages name it: "stapelwijzer <name>: ..." and its help text.
struct Command {
    const char* name;  // "plan"
    const char* help;  // the --help text, also shown after a usage error
};

// Prints "stapelwijzer <name>: <message>", a blank line and the help to stderr; returns 2, the
// exit code of a usage error.
int usage_error(const Command& command, const std::string& message);

// parse_options() with the handling every subcommand shares: a usage error is printed with the
// help (exit 2), --help prints the help to stdout (exit 0). Returns the options only when the
// command should go on; otherwise `exit_code` holds what to return.
std::optional<Options> parse_command(const Command& command, const Args& args,
                                     const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& switches, bool allow_positional,
                                     int& exit_code);

// The value of an option the command cannot do without. Missing: prints "<option> is required"
// as a usage error and returns nullopt (the caller returns 2).
std::optional<std::string> require_option(const Command& command, const Options& options,
                                          const std::string& option);

}  // namespace sw::cli
