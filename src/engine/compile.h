// compile.h: the two halves of Catalogue::compile (engine-internal). validate_spec() never trusts
// its input and reports every problem with a JSON path; build_impl() assumes a valid spec.
#pragma once

#include <memory>
#include <vector>

#include "catalogue_impl.h"

namespace sw::engine {

void validate_spec(const CatalogueSpec& spec, std::vector<Diagnostic>& errors);
void build_impl(Catalogue::Impl& impl);  // impl.spec filled and valid

// Money in euro -> cents, when it is a whole number of cents (within floating-point noise).
bool euro_to_cents(double euro, Cents& cents);

}  // namespace sw::engine
