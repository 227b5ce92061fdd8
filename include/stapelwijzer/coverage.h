// stapelwijzer/coverage.h: the catalogue's coverage as Markdown (docs/coverage.md), generated so it
// never goes stale: sectors -> fund -> schemes -> in force on a date or not -> confidence -> source,
// with counts and the sectors that no scheme names yet (src/rules/coverage_markdown.cpp).
#pragma once

#include <string>

#include "stapelwijzer/catalogue.h"

namespace sw {

// `as_of`: the date "in force" and the confidence are judged on (docs/coverage.md uses 2026-01-01).
std::string coverage_markdown(const Catalogue& catalogue, Date as_of);

}  // namespace sw
