// options.cpp: see options.h.
#include "options.h"

#include <algorithm>
#include <cstdio>

namespace sw::cli {

std::optional<std::string> Options::get(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::optional<Options> parse_options(const Args& args, const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& switches, bool allow_positional,
                                     std::string& error) {
    Options o;
    auto known = [](const std::vector<std::string>& list, const std::string& s) {
        return std::find(list.begin(), list.end(), s) != list.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        if (a == "--help" || a == "-h") {
            o.help = true;
            continue;
        }
        // "-" alone is a positional (stdin); "--name=value" is the same as "--name value".
        if (a.size() > 1 && a[0] == '-') {
            std::optional<std::string> inline_value;
            if (auto eq = a.find('='); eq != std::string::npos) {
                inline_value = a.substr(eq + 1);
                a = a.substr(0, eq);
            }
            if (known(with_value, a)) {
                if (!inline_value && i + 1 >= args.size()) {
                    error = a + " needs a value";
                    return std::nullopt;
                }
                if (o.values.count(a)) {
                    error = a + " is given twice";
                    return std::nullopt;
                }
                o.values[a] = inline_value ? *inline_value : args[++i];
            } else if (known(switches, a) && !inline_value) {
                o.flags.insert(a);
            } else {
                error = "unknown option '" + a + "'";
                return std::nullopt;
            }
            continue;
        }
        if (!allow_positional) {
            error = "unexpected argument '" + a + "'";
            return std::nullopt;
        }
        o.positional.push_back(a);
    }
    return o;
}

int usage_error(const Command& command, const std::string& message) {
    std::fprintf(stderr, "stapelwijzer %s: %s\n\n%s", command.name, message.c_str(), command.help);
    return 2;
}

std::optional<Options> parse_command(const Command& command, const Args& args,
                                     const std::vector<std::string>& with_value,
                                     const std::vector<std::string>& switches, bool allow_positional,
                                     int& exit_code) {
    std::string error;
    auto opts = parse_options(args, with_value, switches, allow_positional, error);
    if (!opts) {
        exit_code = usage_error(command, error);
        return std::nullopt;
    }
    if (opts->help) {
        std::fputs(command.help, stdout);
        exit_code = 0;
        return std::nullopt;
    }
    return opts;
}

std::optional<std::string> require_option(const Command& command, const Options& options,
                                          const std::string& option) {
    auto value = options.get(option);
    if (!value) usage_error(command, option + " is required");
    return value;
}

}  // namespace sw::cli
