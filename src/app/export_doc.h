// export_doc.h: the summary a person takes away: the inputs, the plan, every scheme with its
// reasons, the notes and the rules version. As a self-contained HTML page (no scripts, no
// external files, prints well) and as plain text (copy and paste into an e-mail).
#pragma once

#include <string>

namespace sw::app {

std::string export_html();
std::string export_text();
std::string export_filename();  // "stapelwijzer-2026-11-23.html"

}  // namespace sw::app
