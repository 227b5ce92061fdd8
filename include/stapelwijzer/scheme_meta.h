// stapelwijzer/scheme_meta.h: what a scheme says besides who gets how much: how sure we are of it
// (confidence), and its deadlines and payment terms. Plain data, part of SchemeSpec (catalogue.h);
// what they mean for one case (the dates, the warnings, "last confirmed in 2019") is computed by
// scheme_terms.h. Format: docs/rules-format.md "Provenance" and "Deadlines and payment".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

// How sure the catalogue is of a scheme: `confirmed` (the provider's own page or legal text says
// so), `indicative` (the gist is sure, a detail is not: users are told to check with the
// provider), `unconfirmed` (only a secondary source says it, or the newest source is old).
enum class Confidence : std::uint8_t { Confirmed, Indicative, Unconfirmed };
const char* confidence_name(Confidence c);  // "confirmed", "indicative", "unconfirmed"
std::optional<Confidence> confidence_from_name(std::string_view name);

// When the money is paid out (not a condition: shown with the scheme).
enum class PaidAfter : std::uint8_t { Passing, InvoicePaid };
const char* paid_after_name(PaidAfter p);  // "passing", "invoice_paid"
std::optional<PaidAfter> paid_after_from_name(std::string_view name);

// A scheme's deadlines and payment terms. Not conditions: the engine does not know when the
// person applies; they are shown with the scheme and in the plan, with dates computed from the
// course start where they can be.
struct SchemeDeadlines {
    std::optional<int> apply_weeks_before_start;        // apply at least N weeks before the start
    std::optional<Date> claim_by;                       // claim on or before this date
    std::optional<int> claim_months_after_end;          // claim within N months after the course ends
    std::vector<PaidAfter> paid_after;                  // paid only after passing / the invoice is paid
    std::optional<int> repay_if_leaving_within_months;  // repayment if the person leaves within N months
    bool empty() const {
        return !apply_weeks_before_start && !claim_by && !claim_months_after_end && paid_after.empty() &&
               !repay_if_leaving_within_months;
    }
};

}  // namespace sw
