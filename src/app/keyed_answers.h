// keyed_answers.h: answers that belong to one scheme or one course list rather than to the person
// or the course as a whole (docs/contract.md "Facts for real schemes"):
//   person.uses.<scheme>.times | .times_this_year | .last_granted   (a scheme with a use limit)
//   person.budget_left.<scheme>                                      (a scheme with a company budget)
//   course.on_course_list.<list code>                                ("only courses on our list")
// The form keeps them as typed text in Form::answers under these full paths; this file reads them
// into the engine's Case, so the app asks the questions the engine raises for them
// (src/app/views/keyed_questions.cpp) instead of leaving the scheme on "misschien".
#pragma once

#include <string>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"

namespace sw::app {

// The fact paths whose answers are keyed: person.uses, person.budget_left, course.on_course_list.
bool is_keyed_fact(const std::string& fact);
// A form answer's path under one of them ("person.uses.oom-x.times"); its fact is `fact_out`.
bool is_keyed_answer(const std::string& path, std::string* fact_out = nullptr);

// Reads one keyed answer into `c`. "" when it was read (or is empty: unknown), else the message
// for its field, naming it ("Laatst gekregen: vul een datum in, zoals 01-03-2024.").
std::string put_keyed_answer(const std::string& path, const std::string& text, Case& c);

// The course list codes a scheme's condition asks about, in the order they appear.
std::vector<std::string> course_list_codes(const SchemeSpec& scheme);

// Form paths.
std::string uses_path(const std::string& scheme_id,
                      const char* member);  // member: times, times_this_year, last_granted
std::string budget_left_path(const std::string& scheme_id);
std::string course_list_path(const std::string& code);

}  // namespace sw::app
