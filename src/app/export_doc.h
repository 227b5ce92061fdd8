// export_doc.h: the summary a person takes away: the inputs, the plan, every scheme with its
// reasons, the notes and the rules version. As a self-contained HTML page (no scripts, no
// external files, prints well) and as plain text (copy and paste into an e-mail).
#pragma once

#include <string>
#include <vector>

namespace sw::app {

// A document as sections of lines, rendered as HTML or as text. Level 0 is a main line; deeper
// levels are details under it (reasons, links, an adviser's condition lines). The person's
// summary and the employer's (employer_export.cpp) are both written this way.
struct DocLine {
    DocLine(std::string t, int l = 0) : text(std::move(t)), level(l) {}
    DocLine(const char* t, int l = 0) : text(t), level(l) {}
    std::string text;
    int level = 0;
};
struct DocSection {
    std::string title;
    std::vector<DocLine> lines;
};
inline constexpr int kMaxDocLevel = 8;  // deeper lines are shown at this indent (doc_html's CSS)
std::string doc_html(const std::string& title, const std::vector<DocSection>& sections);
std::string doc_text(const std::string& title, const std::vector<DocSection>& sections);

std::string export_html();
std::string export_text();
std::string export_filename();  // "stapelwijzer-2026-11-23.html"

}  // namespace sw::app
