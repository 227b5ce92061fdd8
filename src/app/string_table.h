// string_table.h: every text the app shows, in Dutch (B1) and English. Widgets never hold literals:
// they ask tr(S::...) (string_table.cpp) or the fact and value labels (string_table_facts.cpp).
// "{}" in a string is filled in by fmt().
#pragma once

#include <string>

namespace sw::app {

enum class Lang { Nl, En };
void set_language(Lang lang);
Lang language();
const char* lang_code();  // "nl" / "en"

enum class S {
#define SW_STRING(id, nl, en) id,
#include "string_table_ui.inc"
#undef SW_STRING
    Count_
};

const char* tr(S id);
const char* tr_in(S id, Lang lang);
// Replaces each "{}" in order.
std::string fmt(S id, const std::string& a, const std::string& b = {}, const std::string& c = {});

// Facts (contract JSON paths): the question asked, and a short label for summaries.
const char* fact_question(const std::string& path);
const char* fact_label(const std::string& path);
// A short help text for the question about a fact: what its words mean (string_table_help.cpp).
const char* fact_help(const std::string& path);
// Enumerated values of a fact ("person.employment", "employee") as shown to people.
const char* value_label(const std::string& path, const std::string& value);
// One line explaining a quality mark ("ocw", "nrto", ...).
const char* quality_explanation(const std::string& value);
// Cost components ("tuition", ...).
const char* component_label(const std::string& name);

}  // namespace sw::app
