// stapelwijzer/scheme_terms.h: a scheme's provenance and terms for one reference date and course
// start (src/engine/scheme_terms.cpp): which sources back it, how sure that is on this date
// ("last confirmed in 2019"), and its deadlines as dates with texts in Dutch and English
// ("Vraag uiterlijk 1 februari 2026 aan."). Deterministic: "today" is the reference date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/catalogue.h"

namespace sw {

struct Provenance {
    Confidence declared = Confidence::Confirmed;  // as the catalogue states it
    // On the reference date: `unconfirmed` when the newest year a source confirms is earlier
    // than the reference date's year (stale), else `declared`.
    Confidence at_date = Confidence::Confirmed;
    std::optional<Date> last_confirmed;  // the newest `checked` of the sources below
    // The newest year a source states the scheme's values for: its `page_year`, else the year of
    // its `checked`; sources with `scope: period` do not count.
    std::optional<int> last_confirmed_year;
    bool stale = false;
    Text last_confirmed_text;  // "Laatst bevestigd in 2019." when stale, else empty
    // The scheme's own sources, then the sources of the parameter periods it uses that are in
    // force on the reference date (each once). Pointers into the Catalogue.
    std::vector<const Source*> sources;
};
Provenance scheme_provenance(const Catalogue& catalogue, const SchemeSpec& scheme, Date reference);

enum class TermKind : std::uint8_t {
    ApplyBefore,
    ClaimBy,
    ClaimAfterEnd,
    PaidAfterPassing,
    PaidAfterInvoice,
    Repayment
};
const char* term_kind_name(TermKind k);  // apply_before, claim_by, claim_after_end, paid_after_passing,
                                         // paid_after_invoice, repayment

struct SchemeTerm {
    TermKind kind = TermKind::ApplyBefore;
    std::optional<Date> date;  // the last day, when it can be computed (apply_before, claim_by)
    int number = 0;            // the weeks or months of the rule (0 when it has none)
    // The date is before the reference date; for apply_before only when the reference date is
    // not the course start (a case without a reference date of its own says nothing about today).
    bool passed = false;
    Text text;     // the term as a sentence
    Text warning;  // apply_before whose date has passed: why the scheme may be lost
};

// The terms of `scheme` in a fixed order (apply, claim, payment, repayment). `course_start`
// unknown: the texts say "N weeks before the start" without a date.
std::vector<SchemeTerm> scheme_terms(const SchemeSpec& scheme, std::optional<Date> course_start,
                                     Date reference);

// "1 februari 2026" / "1 February 2026".
Text date_in_words(Date d);

}  // namespace sw
