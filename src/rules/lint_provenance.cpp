// lint_provenance.cpp: see lint_provenance.h. A home page proves nothing about a scheme's amounts
// or conditions (issue "Rules format for real schemes", item 8), so lint warns about it.
#include "lint_provenance.h"

namespace sw::lint {

bool is_home_page(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return false;
    const std::string_view rest = url.substr(scheme_end + 3);
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos) return true;  // "https://host" or "https://host?x"
    std::string_view path = rest.substr(slash);
    path = path.substr(0, path.find_first_of("?#"));
    return path == "/";
}

namespace {

void source_warning(const Source& s, const std::string& path, std::vector<Diagnostic>& out) {
    if (is_home_page(s.url))
        out.push_back({path + ".url",
                       "'" + s.url + "' is a site's home page: link the scheme's own page or legal text"});
}

}  // namespace

void check_provenance(const SchemeSpec& s, const std::string& path, std::vector<Diagnostic>& out) {
    for (std::size_t i = 0; i < s.sources.size(); ++i)
        source_warning(s.sources[i], path + ".sources[" + std::to_string(i) + "]", out);
}

void check_provenance(const Parameter& p, std::vector<Diagnostic>& out) {
    for (std::size_t i = 0; i < p.periods.size(); ++i)
        if (p.periods[i].source)
            source_warning(*p.periods[i].source,
                           "parameters." + p.name + "[" + std::to_string(i) + "].source", out);
}

}  // namespace sw::lint
