// case_json_real.h: the case fields added for real schemes (issue 15; docs/contract.md "Facts
// for real schemes"), read into Person / Course. Internal to src/rules/.
#pragma once

#include "json/json_read.h"
#include "json/json_value.h"
#include "stapelwijzer/case.h"

namespace sw {

// `person` is the case's person object (already checked to be an object with known names).
void read_real_person_facts(const json::Value& person, Person& p, json::Errors& errors);
void read_real_course_facts(const json::Value& course, Course& c, json::Errors& errors);

}  // namespace sw
