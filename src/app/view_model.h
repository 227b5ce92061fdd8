// view_model.h: the app's state in plain data, and the one path from that state to a result:
// form -> the engine's Case -> the session's planner (src/session/planner.h: check_case and
// evaluate, once) -> result. No JSON on the way: contract JSON is written only on demand
// (case_json(), result_json(): the test hook, exports). Views read the state and change it only
// through these functions; every change recomputes the result at once.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "session/planner.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/types.h"

namespace sw::app {

// What the person entered. Text as typed (so a half-typed amount stays on screen); an empty
// answer is an unknown fact.
struct Form {
    std::string course_name;
    std::array<std::string, kComponentCount> costs;  // by Component, as typed
    std::string type;                                // course.type or ""
    std::vector<std::string> quality;                // course.quality values ticked
    bool quality_none = false;                       // "none of these": quality is [] (known), not unknown
    std::string start_date;                          // ISO or ""
    std::map<std::string, std::string> answers;      // fact path -> value ("" = unknown); answers per
                                                     // scheme or list under their full path
                                                     // (keyed_answers.h: "person.uses.<id>.times")
    std::map<std::string, std::string> used;         // scheme id -> amount already used, as typed
    std::vector<std::string> asked;                  // facts in the order they were first asked
};

struct ViewModel {
    std::shared_ptr<const session::Planner> planner;  // the session's (src/session/session.h)
    std::string today;                                // ISO, the device's date
    Form form;
    bool adviser = false;
    bool remember = false;
    bool show_ineligible = false;
    std::string notice;             // short confirmation ("Copied.") shown under the export buttons
    bool scroll_to_result = false;  // phone: the summary's button asks the result to come into view

    // Derived by recompute().
    Case computed_case;         // the form as the engine reads it
    std::string input_problem;  // our own check of the form (amount or date not readable)
    Cents total_cost = 0;
    session::PlanOutcome outcome;  // result of computed_case (outcome.json stays empty)
    unsigned long revision = 0;  // bumps on every recompute (tests wait for it)
};

ViewModel& vm();

void start(std::vector<BundleFile> fetched_rules);  // fetched empty: the built-in bundle
void recompute();

// Contract JSON, written only when asked: the computed case (what `stapelwijzer plan` would read)
// and its result (byte for byte what it would print; "" when the case was refused).
std::string case_json();
std::string result_json();

// Changes (each recomputes and, if asked, remembers).
void set_cost(int component, const std::string& text);
void set_answer(const std::string& fact, const std::string& value);
// An answer per scheme or list (keyed_answers.h): `path` under `fact`, e.g. fact "person.uses",
// path "person.uses.oom-x.times". Other members of the same key listed in `clear` are emptied
// ("never had it" replaces a date typed before).
void set_keyed_answer(const std::string& fact, const std::string& path, const std::string& value,
                      const std::vector<std::string>& clear = {});
std::string keyed_problem(const std::string& path);  // the message for its field; "" when readable
void set_course_type(const std::string& type);
void toggle_quality(const std::string& mark);  // also clears "none of these"
void toggle_quality_none();                    // on: no marks (a known empty list); off: unknown
void set_start_date(const std::string& iso);
void set_course_name(const std::string& name);
void set_remember(bool on);
void clear_all();
void switch_language();

// Validity of what is typed (for messages under the fields).
bool cost_ok(int component);
std::string cost_problem(int component);  // the message for the field, naming it; "" when readable
bool date_ok();
bool answer_ok(const std::string& fact);

// "Already used" of a scheme whose cap runs per year or per person (person.used in the contract):
// that period (none for a cap per course: each course starts anew), the text typed, and the
// message when it is not an amount.
std::optional<CapPeriod> used_period(const SchemeSpec& scheme);
void set_used(const std::string& scheme_id, const std::string& text);
std::string used_problem(const std::string& scheme_id);

// The answer text of a ticked list (person.benefits) with nothing ticked: the known empty list.
inline constexpr const char* kNoneTicked = "none";
// The course has an NLQF level, so it has the `nlqf` quality mark (added to the case).
bool nlqf_implied();
// Whether the person gave an answer for this fact (course.quality and course.type included).
bool fact_answered(const std::string& fact);
void forget_answer(const std::string& fact);  // "Weet ik niet": back to unknown

// The questions to show: open ones as the result ranks them, then the ones already answered.
struct QuestionItem {
    std::string fact;
    Cents at_stake = 0;
    bool answered = false;
    // A fact answered per scheme or course list (keyed_answers.h): the scheme ids (person.uses,
    // person.budget_left) or list codes (course.on_course_list) to ask it for.
    std::vector<std::string> keys;
};
std::vector<QuestionItem> questions();

}  // namespace sw::app
