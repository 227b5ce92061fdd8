// check_case_real.h: check_case() for the case fields added for real schemes (engine-internal).
#pragma once

#include <optional>

#include "catalogue_impl.h"
#include "stapelwijzer/case.h"

namespace sw::engine {

std::optional<Diagnostic> check_real_scheme_facts(const Catalogue::Impl& impl, const Case& c);

}  // namespace sw::engine
