// rules_files.h: the signed rules bundle the page fetched next to the app (web/boot.js loads
// rules/manifest.json and the files it lists before the app starts). Empty when there was none
// to fetch (e.g. opened offline): the app then uses the bundle compiled into it. Either way the
// planner verifies every byte before using it.
#pragma once

#include <vector>

#include "stapelwijzer/bundle.h"

namespace sw::app::rules_files {

std::vector<BundleFile> fetched();

}  // namespace sw::app::rules_files
