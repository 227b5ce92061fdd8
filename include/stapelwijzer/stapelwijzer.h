// stapelwijzer/stapelwijzer.h: the whole public C++ API in one include.
//
//   auto catalogue = sw::load_catalogue_json(...)   (stapelwijzer/rules.h, JSON side)
//   sw::Case c = ...;                                (stapelwijzer/case.h, or sw::parse_case_json)
//   if (auto bad = sw::check_case(*catalogue, c)) ...
//   sw::Result r = sw::evaluate(*catalogue, c);      (stapelwijzer/engine.h)
#pragma once

#include "stapelwijzer/budget.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/types.h"
