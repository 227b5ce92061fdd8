// result_lookup.h: small questions the views ask about the current result and catalogue.
#pragma once

#include <string>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"

namespace sw::app {

const SchemeSpec* scheme_spec(const std::string& id);
std::string scheme_name(const std::string& id);  // in the current language; the id if unknown
const SchemeResult* scheme_result(const std::string& id);
// What the plan gives from this scheme (contribution, loan or deduction), 0 if nothing.
Cents plan_amount(const std::string& id);
const char* kind_label(Kind kind);
const char* text_in_language(const Text& t);
// "At best you pay ...": the best case when it is better than the plan (empty otherwise), saying
// whether it needs a provider's yes; and which schemes pay in it, with their amounts. The summary
// on screen and the exported summary say the same.
std::string best_case_line();
std::string best_case_with();

}  // namespace sw::app
