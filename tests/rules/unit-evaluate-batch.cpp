// evaluate_batch() (stapelwijzer/batch.h) against evaluate(), field for field: on every scenario
// case (rules-data/nl/tests on the built-in catalogue, rules-data/reference/tests on the reference
// bundle, tests/scenarios/<feature>/tests on their own fragments) and on thousands of random cases
// made by mixing the scenarios' facts (each field kept, dropped, or taken from another scenario,
// reference dates included, so one block of 64 holds schemes valid for some lanes only and input
// the contract refuses). Issue 17 item 2: "exactly the statuses, plans and questions".
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "reference_bundle.h"
#include "rules/scenario.h"
#include "stapelwijzer/batch.h"
#include "stapelwijzer/rules.h"

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::filesystem::path> json_files(const std::string& dir) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The scenario cases of a directory that the catalogue reads (a scenario about refused input has
// no case to compare).
std::vector<sw::Case> scenario_cases(const sw::Catalogue& catalogue, const std::string& dir) {
    std::vector<sw::Case> cases;
    for (const auto& p : json_files(dir)) {
        std::string error;
        const auto scenario = sw::parse_scenario(read_file(p), error);
        if (!scenario) continue;
        sw::Diagnostic d;
        if (auto c = sw::parse_case_json(scenario->input_json, catalogue, d)) cases.push_back(std::move(*c));
    }
    return cases;
}

std::shared_ptr<const sw::Catalogue> fragments_catalogue(const std::string& dir) {
    std::vector<sw::RulesFile> files;
    for (const auto& p : json_files(dir)) files.push_back({p.filename().string(), read_file(p)});
    std::vector<sw::Diagnostic> errors;
    return sw::load_catalogue(files, errors);
}

bool same_text(const sw::Text& a, const sw::Text& b) {
    return a.nl == b.nl && a.en == b.en;
}

bool same_contributions(const std::vector<sw::Contribution>& a, const std::vector<sw::Contribution>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].scheme != b[i].scheme || a[i].amount != b[i].amount || a[i].components != b[i].components ||
            a[i].applicant != b[i].applicant || a[i].apply_url != b[i].apply_url || a[i].kind != b[i].kind)
            return false;
    }
    return true;
}

// Every field of a plan; the first that differs, or "".
std::string plan_difference(const sw::Plan& a, const sw::Plan& b) {
    if (a.total_cost != b.total_cost) return "total_cost";
    if (!same_contributions(a.contributions, b.contributions)) return "contributions";
    if (a.own_payment != b.own_payment) return "own_payment";
    if (!same_contributions(a.loans, b.loans) || a.loan != b.loan) return "loans";
    if (!same_contributions(a.deductions, b.deductions) || a.deduction != b.deduction) return "deductions";
    if (a.gift_schemes != b.gift_schemes) return "gift_schemes";
    if (a.explanation.size() != b.explanation.size() ||
        !std::equal(a.explanation.begin(), a.explanation.end(), b.explanation.begin(), same_text))
        return "explanation";
    if (a.tie_break_proven != b.tie_break_proven || a.optimal != b.optimal ||
        a.own_payment_lower_bound != b.own_payment_lower_bound)
        return "work budget";
    return "";
}

// Every field of a result; the first that differs, or "".
std::string difference(const sw::Result& a, const sw::Result& b) {
    if (a.reference_date.days != b.reference_date.days || a.course_start != b.course_start ||
        a.catalogue != b.catalogue)
        return "reference_date/course_start/catalogue";
    if (a.schemes.size() != b.schemes.size()) return "number of schemes";
    for (std::size_t i = 0; i < a.schemes.size(); ++i) {
        const sw::SchemeResult &x = a.schemes[i], &y = b.schemes[i];
        const std::string at = "schemes[" + std::string(x.id) + "].";
        if (x.id != y.id) return at + "id";
        if (x.status != y.status) return at + "status";
        if (x.kind != y.kind || x.applicant != y.applicant) return at + "kind/applicant";
        if (x.deciding_facts != y.deciding_facts) return at + "deciding_facts";
        if (x.reasons.size() != y.reasons.size()) return at + "reasons";
        for (std::size_t r = 0; r < x.reasons.size(); ++r)
            if (!same_text(x.reasons[r].text, y.reasons[r].text) || x.reasons[r].facts != y.reasons[r].facts)
                return at + "reasons";
    }
    if (auto d = plan_difference(a.plan, b.plan); !d.empty()) return "plan." + d;
    if (auto d = plan_difference(a.best_case_plan, b.best_case_plan); !d.empty())
        return "best_case_plan." + d;
    if (a.questions.size() != b.questions.size()) return "questions";
    for (std::size_t i = 0; i < a.questions.size(); ++i)
        if (a.questions[i].fact != b.questions[i].fact ||
            a.questions[i].at_stake != b.questions[i].at_stake ||
            a.questions[i].schemes != b.questions[i].schemes)
            return "questions";
    if (a.notes.size() != b.notes.size()) return "notes";
    for (std::size_t i = 0; i < a.notes.size(); ++i)
        if (a.notes[i].id != b.notes[i].id || !same_text(a.notes[i].text, b.notes[i].text)) return "notes";
    return "";
}

// Checks evaluate_batch(cases) == evaluate(case) for each; returns how many schemes were eligible
// or possible over all results (so a test can see that its cases are not all trivially ineligible).
std::size_t check_batch(const sw::Catalogue& catalogue, const std::vector<sw::Case>& cases,
                        const sw::EvaluateOptions& options) {
    const std::vector<sw::Result> batch = sw::evaluate_batch(catalogue, cases, options);
    REQUIRE(batch.size() == cases.size());
    std::size_t open = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const sw::Result single = sw::evaluate(catalogue, cases[i], options);
        const std::string d = difference(single, batch[i]);
        INFO("case " << i << ": " << sw::case_to_json(cases[i], false));
        REQUIRE(d == "");
        for (const sw::SchemeResult& s : single.schemes) open += s.status != sw::Status::Ineligible;
    }
    return open;
}

// Random cases from scenario cases: each field of each case kept, dropped (unknown) or taken from
// another case. Seeded, so every run checks the same cases.
std::vector<sw::Case> mixed_cases(const std::vector<sw::Case>& pool, std::size_t count, unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    using Field = std::function<void(sw::Case&, const sw::Case*)>;  // donor null: drop the field
#define SW_FIELD(path)                   \
    [](sw::Case& c, const sw::Case* d) { \
        if (d)                           \
            c.path = d->path;            \
        else                             \
            c.path = {};                 \
    }
    const std::vector<Field> fields = {SW_FIELD(person.age),
                                       SW_FIELD(person.birth_date),
                                       SW_FIELD(person.employment),
                                       SW_FIELD(person.sector),
                                       SW_FIELD(person.province),
                                       SW_FIELD(person.municipality),
                                       SW_FIELD(person.years_of_service),
                                       SW_FIELD(person.hours_per_week),
                                       SW_FIELD(person.education_level),
                                       SW_FIELD(person.contract_type),
                                       SW_FIELD(person.receives_student_finance),
                                       SW_FIELD(person.receives_ww),
                                       SW_FIELD(person.dismissal),
                                       SW_FIELD(person.employer_size),
                                       SW_FIELD(person.used),
                                       SW_FIELD(person.benefits),
                                       SW_FIELD(person.years_in_sector),
                                       SW_FIELD(person.years_at_employer),
                                       SW_FIELD(person.weeks_in_sector),
                                       SW_FIELD(person.employer_wage_bill),
                                       SW_FIELD(person.uses),
                                       SW_FIELD(person.budget_left),
                                       SW_FIELD(course.start_date),
                                       SW_FIELD(course.costs),
                                       SW_FIELD(course.type),
                                       SW_FIELD(course.quality),
                                       SW_FIELD(course.nlqf_level),
                                       SW_FIELD(course.track),
                                       SW_FIELD(course.hours),
                                       SW_FIELD(course.topic),
                                       SW_FIELD(course.ontwikkelpad),
                                       SW_FIELD(course.aim),
                                       SW_FIELD(course.category),
                                       SW_FIELD(course.on_course_list)};
#undef SW_FIELD
    std::vector<sw::Case> out;
    for (std::size_t n = 0; n < count; ++n) {
        sw::Case c = pool[pick(pool.size())];
        for (const Field& f : fields) {
            const std::size_t what = pick(6);                   // 0: drop, 1-2: another case's, else keep
            if (what == 0 && &f != &fields[23]) f(c, nullptr);  // costs are never unknown
            if (what == 1 || what == 2) f(c, &pool[pick(pool.size())]);
        }
        if (pick(4) == 0) c.reference_date = pool[pick(pool.size())].reference_date;
        out.push_back(std::move(c));
    }
    return out;
}

std::shared_ptr<const sw::Catalogue> nl_catalogue() {
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    REQUIRE(catalogue);
    return catalogue;
}

}  // namespace

TEST_CASE("evaluate_batch equals evaluate on every scenario of the Dutch catalogue") {
    const auto catalogue = nl_catalogue();
    const auto cases = scenario_cases(*catalogue, std::string(SW_SOURCE_DIR) + "/rules-data/nl/tests");
    REQUIRE(cases.size() > 600);
    CHECK(check_batch(*catalogue, cases, sw::EvaluateOptions{}) > 0);
    check_batch(*catalogue, cases, sw::EvaluateOptions{false, false, false});
}

TEST_CASE("evaluate_batch equals evaluate on the reference and feature scenarios") {
    std::vector<sw::Diagnostic> errors;
    const auto reference = sw_test::load_reference_catalogue(errors);
    REQUIRE(reference);
    const auto cases = scenario_cases(*reference, std::string(SW_SOURCE_DIR) + "/rules-data/reference/tests");
    REQUIRE(cases.size() > 20);
    CHECK(check_batch(*reference, cases, sw::EvaluateOptions{}) > 0);
    check_batch(*reference, mixed_cases(cases, 2000, 17), sw::EvaluateOptions{});
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + "/tests/scenarios")) {
        if (!e.is_directory()) continue;
        INFO(e.path().filename().string());
        const auto catalogue = fragments_catalogue((e.path() / "fragments").string());
        REQUIRE(catalogue);
        const auto feature = scenario_cases(*catalogue, (e.path() / "tests").string());
        REQUIRE(!feature.empty());
        check_batch(*catalogue, feature, sw::EvaluateOptions{});
        check_batch(*catalogue, mixed_cases(feature, 500, 23), sw::EvaluateOptions{});
    }
}

TEST_CASE("evaluate_batch equals evaluate on random cases mixed from the Dutch scenarios") {
    const auto catalogue = nl_catalogue();
    const auto pool = scenario_cases(*catalogue, std::string(SW_SOURCE_DIR) + "/rules-data/nl/tests");
    // Questions and texts on all of them; the best case (the costly part) on a share.
    CHECK(check_batch(*catalogue, mixed_cases(pool, 3000, 2026), sw::EvaluateOptions{false, true, true}) > 0);
    check_batch(*catalogue, mixed_cases(pool, 300, 1204), sw::EvaluateOptions{});
}

TEST_CASE("evaluate_batch over a part of a list equals evaluate on each of its cases") {
    // The web app's employer view evaluates 64 rows of its list at a time, in place.
    const auto catalogue = nl_catalogue();
    const auto pool = scenario_cases(*catalogue, std::string(SW_SOURCE_DIR) + "/rules-data/nl/tests");
    const std::vector<sw::Case> cases = mixed_cases(pool, 300, 77);
    const sw::EvaluateOptions options{false, false, false};
    for (const auto& range :
         std::vector<std::pair<std::size_t, std::size_t>>{{0, 64}, {37, 100}, {299, 1}, {5, 0}}) {
        const std::size_t first = range.first, count = range.second;
        INFO("cases " << first << " + " << count);
        std::vector<std::size_t> seen;
        sw::evaluate_batch(
            *catalogue, cases.data() + first, count, options, [&](std::size_t i, sw::Result&& r) {
                REQUIRE(i < count);
                REQUIRE(difference(sw::evaluate(*catalogue, cases[first + i], options), r) == "");
                seen.push_back(i);
            });
        REQUIRE(seen.size() == count);
        for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    }
}

TEST_CASE("evaluate_batch_cases streams the rows in order, bad rows in their place, as one by one") {
    std::vector<sw::Diagnostic> errors;
    const auto reference = sw_test::load_reference_catalogue(errors);
    REQUIRE(reference);
    const auto cases = scenario_cases(*reference, std::string(SW_SOURCE_DIR) + "/rules-data/reference/tests");
    std::vector<sw::BatchCase> rows;
    for (std::size_t i = 0; i < 150; ++i) {
        const int row = static_cast<int>(i) + 1;
        if (i % 7 == 3)
            rows.push_back({row, "{\"person\": {\"agee\": 3}}", ""});  // refused by the parser
        else if (i % 11 == 5)
            rows.push_back({row, "", "column 'Leeftijd': not a number"});  // refused before
        else
            rows.push_back({row, sw::case_to_json(cases[i % cases.size()], false), ""});
    }
    std::vector<sw::BatchRow> streamed;
    sw::evaluate_batch_cases(*reference, rows, sw::EvaluateOptions{},
                             [&](sw::BatchRow&& r) { streamed.push_back(std::move(r)); });
    REQUIRE(streamed.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const sw::BatchRow one = sw::evaluate_batch_case(*reference, rows[i]);
        INFO("row " << rows[i].row);
        CHECK(streamed[i].row == rows[i].row);
        CHECK(streamed[i].error == one.error);
        if (one.error.empty()) CHECK(difference(one.result, streamed[i].result) == "");
    }
}
