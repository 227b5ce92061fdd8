// lint_provenance.cpp: see lint_provenance.h. A home page proves nothing about a scheme's amounts
// or conditions (issue "Rules format for real schemes", item 8), so lint warns about it.
#include "lint_provenance.h"

namespace sw::lint {

namespace {

// A query that names a page (`https://site.nl/?p=666`, a WordPress post) is that page, not the home
// page; tracking parameters (`utm...`, `fbclid`, `gclid`) name nothing.
bool query_names_a_page(std::string_view query) {
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view param = query.substr(0, amp);
        const std::string_view key = param.substr(0, param.find('='));
        if (!key.empty() && key.substr(0, 3) != "utm" && key != "fbclid" && key != "gclid") return true;
        if (amp == std::string_view::npos) break;
        query = query.substr(amp + 1);
    }
    return false;
}

}  // namespace

bool is_home_page(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return false;
    std::string_view rest = url.substr(scheme_end + 3);
    rest = rest.substr(0, rest.find('#'));
    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    const auto slash = rest.find('/');
    const std::string_view path =
        slash == std::string_view::npos ? std::string_view("/") : rest.substr(slash);
    return path == "/" && !query_names_a_page(query);
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
