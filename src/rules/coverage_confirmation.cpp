// coverage_confirmation.cpp: coverage_confirmation_markdown() (stapelwijzer/coverage.h). Issue 20 asks
// for schemes in force "confirmed for 2025 or 2026 by a source of that year": a scheme counts when
// one of its sources has a `page_year` of the judged year or the year before and states its values
// (`scope` not "period"). `checked` alone does not count: it may be only the day the page was read.
#include <algorithm>
#include <sstream>

#include "markdown_cell.h"
#include "stapelwijzer/coverage.h"
#include "stapelwijzer/scheme_terms.h"

namespace sw {

namespace {

using markdown::cell;

enum class Confirmation { Yes, Partly, No };

struct Row {
    const SchemeSpec* scheme = nullptr;
    Confirmation status = Confirmation::No;
    const Source* newest = nullptr;  // the source with the latest page_year (values first on a tie)
};

int year_of_date(Date d) {
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    return y;
}

Row judge(const Catalogue& catalogue, const SchemeSpec& s, Date as_of) {
    const int year = year_of_date(as_of);
    Row row;
    row.scheme = &s;
    for (const Source* src : scheme_provenance(catalogue, s, as_of).sources) {
        if (!src->page_year) continue;
        const bool recent = *src->page_year >= year - 1 && *src->page_year <= year;
        if (recent && !src->period_only) row.status = Confirmation::Yes;
        if (recent && src->period_only && row.status == Confirmation::No) row.status = Confirmation::Partly;
        if (!row.newest || *src->page_year > *row.newest->page_year ||
            (*src->page_year == *row.newest->page_year && row.newest->period_only && !src->period_only))
            row.newest = src;
    }
    return row;
}

const char* status_text(Confirmation st) {
    switch (st) {
        case Confirmation::Yes:
            return "yes";
        case Confirmation::Partly:
            return "partly";
        case Confirmation::No:
            return "no";
    }
    return "no";
}

}  // namespace

std::string coverage_confirmation_markdown(const Catalogue& catalogue, Date as_of, const SearchNotes* notes) {
    const int year = year_of_date(as_of);
    const std::string years = std::to_string(year - 1) + " or " + std::to_string(year);
    const std::string date = format_iso_date(as_of);
    std::vector<Row> rows;
    for (const SchemeSpec& s : catalogue.spec().schemes)
        if (!(as_of < s.valid_from) && !(s.valid_to && *s.valid_to < as_of))
            rows.push_back(judge(catalogue, s, as_of));
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.status != b.status) return a.status < b.status;
        return a.scheme->id < b.scheme->id;
    });
    int yes = 0, yes_secondary = 0, partly = 0;
    for (const Row& r : rows) {
        if (r.status == Confirmation::Yes) {
            ++yes;
            if (r.scheme->confidence == Confidence::Unconfirmed) ++yes_secondary;
        }
        if (r.status == Confirmation::Partly) ++partly;
    }

    std::ostringstream md;
    md << "\n## Confirmed for " << year - 1 << " and " << year << "\n\n";
    md << "A scheme in force on " << date << " counts as confirmed when one of its sources is a page of "
       << years << " (its `page_year`) that states the scheme's amounts or conditions; `partly` when "
       << "such a page shows only that the scheme, its cao or its regulation runs (`scope`: `period`). "
          "The day a page was read (`checked`) does not count: an undated page may be older. "
          "Issue 20 asks for at least 40.\n\n";
    md << "| count | |\n| --- | --- |\n";
    md << "| schemes in force on " << date << " | " << rows.size() << " |\n";
    md << "| confirmed by a page of " << years << " | " << yes << " |\n";
    md << "| of which only by a secondary page (declared `unconfirmed`) | " << yes_secondary << " |\n";
    md << "| partly (a page of " << years << " shows only that it runs) | " << partly << " |\n";
    md << "| not confirmed by a page of " << years << " | " << rows.size() - yes - partly << " |\n";

    md << "\n| scheme | provider | confirmed for " << year - 1 << "/" << year
       << " | newest page | newest source | what was searched |\n";
    md << "| --- | --- | --- | --- | --- | --- |\n";
    for (const Row& r : rows) {
        md << "| `" << r.scheme->id << "` | " << cell(r.scheme->provider) << " | " << status_text(r.status)
           << " | ";
        if (r.newest) {
            md << *r.newest->page_year << (r.newest->period_only ? " (period only)" : "") << " | ["
               << cell(r.newest->title) << "](" << r.newest->url << ")";
        } else {
            md << "no dated page | —";
        }
        md << " | ";
        if (notes)
            if (auto it = notes->schemes.find(r.scheme->id); it != notes->schemes.end())
                md << cell(it->second);
        md << " |\n";
    }
    if (notes && !notes->funds.empty()) {
        md << "\n## Funds searched without a source of " << years << "\n\n";
        md << "Searched on " << notes->searched_on
           << " with the fund or cao name and the year; the newest page that states the scheme's values is "
              "named.\n\n";
        for (const std::string& f : notes->funds) md << "- " << f << "\n";
    }
    return md.str();
}

}  // namespace sw
