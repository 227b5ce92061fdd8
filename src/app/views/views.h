// views.h: the screens and sections of the app, each in its own file, all reading the view-model
// (view_model.h) and changing it only through its functions.
#pragma once

#include <string>

namespace sw::app {
struct QuestionItem;  // view_model.h
}

namespace sw::app::views {

void header();      // header_view.cpp: title, language, person/employer, adviser toggle, privacy line, remember, clear
void expired_bar();  // states_view.cpp: warning when the rules are past their expiry date
void refused();      // states_view.cpp: the rules were refused: say why, calculate nothing
void course();      // course_view.cpp: step 1, the course and its costs
void course_fields();  // course_view.cpp: step 1 without its heading (the employer's course)
// course_view.cpp: the course types as choices (step 1, and step 2 while the type still matters).
void course_type_choices(const std::string& id_prefix);
void questions();   // questions_view.cpp: step 2, only the questions that matter
// keyed_questions.cpp: a question answered per scheme or course list (person.uses, ...).
void keyed_answer(const QuestionItem& q);
void result();      // result_view.cpp: step 3, the plan and the schemes
void plan_bar();    // plan_bar.cpp: the plan as a stacked bar with a legend
void scheme_card(const std::string& id);  // scheme_card.cpp: one scheme (and adviser details)
// scheme_card.cpp: "already used" of a scheme capped per year or per person (person.used); also
// drawn under the result's problem line while its text cannot be read, so it can be fixed there.
void used_field(const SchemeSpec& spec);
void adviser_rules();  // adviser_view.cpp: rules version, signers, expiry, bundle report
void adviser_scheme(const std::string& id);  // adviser_view.cpp: conditions and sources
void employer();  // employer_view.cpp: staff list, columns, course, compute, results
void export_buttons();  // export_view.cpp: download, print, copy
// sticky_line.cpp: the own payment in one line that stays in view (or why there is none yet).
std::string own_payment_line();
float sticky_line_height();
void sticky_line();

}  // namespace sw::app::views
