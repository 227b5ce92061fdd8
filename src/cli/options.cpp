// options.cpp: see options.h.
#include "options.h"

#include <algorithm>

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

}  // namespace sw::cli
