// scheme_meta_lines.h: a scheme's provenance and terms as the lines the adviser view and the
// export show (scheme_terms.h does the work; this only picks the language and "today").
#pragma once

#include <string>
#include <vector>

#include "stapelwijzer/catalogue.h"

namespace sw::app {

// "Zekerheid: indicatief ... Laatst bevestigd in 2019." on the result's reference date.
std::string confidence_line(const SchemeSpec& scheme);
// The deadlines and payment terms, dates computed from the course start; an application
// deadline that passed before the device's today comes with its warning ("Let op: ...").
std::vector<std::string> term_lines(const SchemeSpec& scheme);
// The scheme's sources and those of the parameter periods it uses on the reference date.
std::vector<const Source*> scheme_sources(const SchemeSpec& scheme);
// "• title — url (gecontroleerd op 16 november 2026)"
std::string source_line(const Source& s);

}  // namespace sw::app
