// lint_provenance.h: lint checks of a scheme's provenance (internal to src/rules/): a source must be
// the scheme's own page or legal text, not a site's home page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/catalogue.h"

namespace sw::lint {

// True when `url` has no path beyond "/" ("https://www.oom.nl", "https://www.oom.nl/?a=b").
bool is_home_page(std::string_view url);

// Warnings for the sources of scheme `s` (named `path`), and of a parameter's periods.
void check_provenance(const SchemeSpec& s, const std::string& path, std::vector<Diagnostic>& out);
void check_provenance(const Parameter& p, std::vector<Diagnostic>& out);

}  // namespace sw::lint
