// stapelwijzer/stapelwijzer.h: the whole public C++ API in one include. The engine's headers
// (sw_engine, std only) and those of the JSON side (sw_rules, sw_bundle: nlohmann, libsodium):
//
//   std::vector<sw::Diagnostic> errors;
//   auto catalogue = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
//                                                   (rules.h; verify first: sw::verify_bundle, bundle.h)
//   std::optional<sw::Case> c = sw::parse_case_json(text, *catalogue, error);   (rules.h; or build a
//                                                   sw::Case, case.h, and call sw::check_case, engine.h)
//   sw::Result r = sw::evaluate(*catalogue, *c);     (engine.h)
//   std::string json = sw::result_to_json(r, info);  (rules.h)
//   auto lines = sw::condition_trace(*catalogue, *c, "scheme-id");   (trace.h; as JSON: trace_json.h)
#pragma once

#include "stapelwijzer/bundle.h"
#include "stapelwijzer/budget.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/trace.h"
#include "stapelwijzer/trace_json.h"
#include "stapelwijzer/types.h"
