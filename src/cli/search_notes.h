// search_notes.h: reads rules-data/nl/searches.json (what a search for newer sources found where
// the catalogue has none) for `stapelwijzer catalogue --searched` (docs/maintaining-rules.md).
#pragma once

#include <string>

#include "stapelwijzer/coverage.h"

namespace sw::cli {

// `{ "searched_on": "YYYY-MM-DD", "schemes": { "<scheme id>": "text" }, "funds": ["text", ...] }`.
// Every scheme id must be in `catalogue`; false with `error` naming the file and the place.
bool parse_search_notes(const std::string& path, const std::string& text, const Catalogue& catalogue,
                        SearchNotes& out, std::string& error);

}  // namespace sw::cli
