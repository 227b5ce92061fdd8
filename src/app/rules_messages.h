// rules_messages.h: what the rules side (src/rules/bundle_verify.cpp) says in English about a bundle
// (why it was refused, who signed it, what was checked), in the app's language. The shapes of those
// sentences are matched and their parts ("oom.json", "2582") put into the string table's text.
#pragma once

#include <string>

#include "string_table.h"

namespace sw::app {

// "oom.json: 2582 bytes, manifest.json says 2581 (changed or swapped file)" -> Dutch or English.
// A reason of a shape not known here: a general sentence naming the file, never English in Dutch.
std::string refusal_text(const std::string& reason, Lang lang);
// "root key 1A2B…", "fund oom key 3C4D…" -> "hoofdsleutel 1A2B…", "oom-sleutel 3C4D…".
std::string signer_text(const std::string& signer, Lang lang);
// One line of the bundle check ("oom.json: 2581 bytes, sha-256 ok, covered by the root signatures").
std::string report_line_text(const std::string& line, Lang lang);

}  // namespace sw::app
