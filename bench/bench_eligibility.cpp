// bench_eligibility: the eligibility engine's speed (build with the release preset).
//   1. Catalogue::compile of a generated 1,000-scheme catalogue.
//   2. evaluate() of one case against it: with every reason text, then with the texts on demand
//      (EvaluateOptions::reasons = false, then scheme_reasons() for the one scheme a user opens:
//      the issue #3 target, < 50 us native, < 150 us in wasm), then with questions; and once more
//      with two of the 25 eligible gift schemes excluding each other (the optimiser's search instead
//      of the closed form for plain gift schemes).
//   3. evaluate() with the best case on the built-in Dutch catalogue for people about whom
//      (almost) nothing is known: the search the best case needs. Target: < 20 ms.
// Each figure is the median of many runs, in microseconds. Run: bench_eligibility [runs].
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "stapelwijzer/batch.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"
// Engine internals, only to time the status evaluation on its own (no texts, no plan), and the
// best-case search on its own, with and without issue 21's unsound bound (best_case.h).
#include "engine/best_case.h"
#include "engine/fact_values.h"

namespace {

using Clock = std::chrono::steady_clock;

// The machine is shared: the minimum shows the cost without interference, the median what a
// user may see. Both are reported; the median is the figure of record.
double g_last_min = 0;
double median_us(int runs, const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    g_last_min = t.front();
    return t[t.size() / 2];
}

sw::Condition leaf(sw::Fact fact, sw::Op op, std::vector<sw::Scalar> values) {
    sw::Condition c;
    c.type = sw::Condition::Type::Leaf;
    c.fact = fact;
    c.op = op;
    c.operand.is_list = op == sw::Op::In || op == sw::Op::NotIn;
    c.operand.values = std::move(values);
    c.explain = {"Uw waarde: {value}. Grens: {limit}.", "Your value: {value}. Limit: {limit}."};
    return c;
}

sw::Amount amount(double v) {
    sw::Amount a;
    a.cases.push_back({std::nullopt, sw::Operand{{v}, false, "", ""}});
    return a;
}

// 1,000 schemes over 40 sectors, each with 5 to 7 leaves on different facts.
sw::CatalogueSpec generated(int n) {
    sw::CatalogueSpec c;
    c.id = "bench";
    c.version = "1";
    for (int s = 0; s < 40; ++s) c.sectors.push_back({"sector-" + std::to_string(s), {"Sector", "Sector"}});
    const char* topics[] = {"digital", "technical", "language", "care", "management", "other"};
    for (int i = 0; i < n; ++i) {
        sw::SchemeSpec s;
        s.id = "fonds" + std::to_string(i % 10) + "-regeling-" + std::to_string(i);
        s.name = {"Regeling", "Scheme"};
        s.description = {"Beschrijving.", "Description."};
        s.provider = "Fonds";
        s.apply_url = "https://example.org/";
        s.valid_from = sw::Date{16000 + i % 400};
        s.covers = {sw::Component::Tuition, sw::Component::Exam};
        s.priority = 100 + i % 3 * 100;
        s.condition.type = sw::Condition::Type::All;
        s.condition.children.push_back(
            leaf(sw::Fact::PersonEmployment, sw::Op::Eq, {std::string("employee")}));
        s.condition.children.push_back(leaf(sw::Fact::PersonSector, sw::Op::In,
                                            {std::string("sector-" + std::to_string(i % 40)),
                                             std::string("sector-" + std::to_string((i * 7 + 3) % 40))}));
        s.condition.children.push_back(leaf(sw::Fact::PersonAge, sw::Op::Le, {55.0 + i % 12}));
        sw::Condition any;
        any.type = sw::Condition::Type::Any;
        any.children.push_back(leaf(sw::Fact::CourseTopic, sw::Op::Eq, {std::string(topics[i % 6])}));
        any.children.push_back(leaf(sw::Fact::CourseNlqfLevel, sw::Op::Le, {2.0 + i % 3}));
        s.condition.children.push_back(any);
        s.condition.children.push_back(
            leaf(sw::Fact::PersonYearsOfService, sw::Op::Ge, {static_cast<double>(i % 4)}));
        if (i % 3 == 0) {
            s.formula.type = sw::FormulaType::Percentage;
            s.formula.percent = amount(50 + i % 40);
            s.formula.cap = sw::Cap{amount(500 + i), sw::CapPeriod::Course};
        } else {
            s.formula.type = sw::FormulaType::Fixed;
            s.formula.amount = amount(100 + i % 900);
            s.formula.fixed_per = sw::CapPeriod::Year;
        }
        c.schemes.push_back(std::move(s));
    }
    return c;
}

sw::Case known_case() {
    sw::Case k;
    k.reference_date = *sw::parse_iso_date("2026-09-01");
    k.course.start_date = k.reference_date;
    k.course.costs = {240000, 15000, 10000, 0, 0, 0};
    k.person.age = 42;
    k.person.employment = "employee";
    k.person.sector = "sector-3";
    k.person.years_of_service = 2;
    k.course.topic = "technical";
    k.course.nlqf_level = 2;
    return k;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 200;
    const sw::CatalogueSpec spec = generated(1000);
    std::vector<sw::Diagnostic> errors;
    // compile() takes the spec by value: copy it outside the timed part.
    std::vector<double> compile_times;
    for (int i = 0; i < std::max(5, runs / 10); ++i) {
        sw::CatalogueSpec copy = spec;
        std::vector<sw::Diagnostic> e;
        const auto a = Clock::now();
        auto c = sw::Catalogue::compile(std::move(copy), e);
        compile_times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
        if (!c) std::abort();
    }
    std::sort(compile_times.begin(), compile_times.end());
    const double compile_us = compile_times[compile_times.size() / 2];
    const double compile_min = compile_times.front();
    auto cat = sw::Catalogue::compile(spec, errors);
    if (!cat) {
        std::fprintf(stderr, "generated catalogue refused: %s: %s\n", errors[0].path.c_str(),
                     errors[0].message.c_str());
        return 1;
    }
    const sw::Case known = known_case();
    const sw::Case partly_copy = known;
    sw::Case partly = partly_copy;
    partly.course.nlqf_level.reset();  // many schemes become possible
    const sw::Case& partly_ref = partly;
    for (const sw::Case* k : {&known, &partly_ref}) {
        if (auto bad = sw::check_case(*cat, *k)) {
            std::fprintf(stderr, "bad case: %s\n", bad->message.c_str());
            return 1;
        }
    }
    sw::EvaluateOptions statuses_only;
    statuses_only.best_case = false;
    statuses_only.questions = false;
    sw::EvaluateOptions with_questions = statuses_only;
    with_questions.questions = true;
    sw::EvaluateOptions on_demand = statuses_only;
    on_demand.reasons = false;
    const sw::Catalogue::Impl& impl = cat->impl();
    const double core_us = median_us(runs, [&] {
        const sw::engine::FactValues facts = sw::engine::fact_values(impl, known);
        sw::engine::EvalContext ctx;
        ctx.impl = &impl;
        ctx.reference = known.reference_date;
        ctx.period = sw::engine::periods_at(impl, known.reference_date);
        ctx.facts = &facts;
        int eligible = 0;
        for (const auto& s : impl.schemes) {
            if (known.reference_date.days < s.valid_from || known.reference_date.days > s.valid_to) continue;
            eligible += sw::engine::eval_node(ctx, s.root) == sw::engine::Tri::True;
        }
        if (eligible < 0) std::abort();
    });
    std::printf("generated catalogue: 1000 schemes\n");
    const double core_min = g_last_min;
    std::printf("figures: median (min) in microseconds\n");
    std::printf("compile 1000 schemes:                     %9.1f (%.1f), %zu runs\n", compile_us, compile_min,
                compile_times.size());
    const double check_us = median_us(runs, [&] { (void)sw::check_case(*cat, known); });
    std::printf("check_case:                               %9.1f (%.1f)\n", check_us, g_last_min);
    std::printf("statuses of 1000 schemes (core only):     %9.1f (%.1f), %d runs\n", core_us, core_min, runs);
    for (const sw::Case* k : {&known, &partly_ref}) {
        std::size_t eligible = 0, possible = 0;
        for (const auto& s : sw::evaluate(*cat, *k, statuses_only).schemes) {
            eligible += s.status == sw::Status::Eligible;
            possible += s.status == sw::Status::Possible;
        }
        std::printf("evaluate, %zu eligible, %zu possible:\n", eligible, possible);
        const double plain = median_us(runs, [&] { sw::evaluate(*cat, *k, statuses_only); });
        std::printf("  statuses, reasons, plan:                %9.1f (%.1f)\n", plain, g_last_min);
        const double lazy = median_us(runs, [&] { sw::evaluate(*cat, *k, on_demand); });
        std::printf("  evaluate, reason texts on demand:       %9.1f (%.1f)\n", lazy, g_last_min);
        const std::string opened(sw::evaluate(*cat, *k, on_demand).schemes[3].id);
        const double one = median_us(runs, [&] { sw::scheme_reasons(*cat, *k, opened); });
        std::printf("  ... then scheme_reasons for one scheme: %9.1f (%.1f)\n", one, g_last_min);
        const double asked = median_us(runs, [&] { sw::evaluate(*cat, *k, with_questions); });
        std::printf("  ... and questions:                      %9.1f (%.1f)\n", asked, g_last_min);
    }

    // The same 25 eligible gift schemes, but two of them exclude each other: no longer "plain"
    // (stacking.cpp plain_optimum), so the plan comes from the optimiser's search.
    {
        std::vector<std::string> eligible_ids;
        for (const auto& s : sw::evaluate(*cat, known, on_demand).schemes) {
            if (s.status == sw::Status::Eligible) eligible_ids.emplace_back(s.id);
        }
        sw::CatalogueSpec interacting = spec;
        for (auto& s : interacting.schemes) {
            if (s.id == eligible_ids.at(0)) s.interactions.excludes.push_back(eligible_ids.at(1));
        }
        std::vector<sw::Diagnostic> e;
        auto icat = sw::Catalogue::compile(std::move(interacting), e);
        if (!icat) std::abort();
        const double us = median_us(runs, [&] { sw::evaluate(*icat, known, on_demand); });
        std::printf("evaluate, 25 eligible, one pair excluding each other (optimiser search):\n");
        std::printf("  evaluate, reason texts on demand:       %9.1f (%.1f)\n", us, g_last_min);
    }

    // Scaling of the best-case search: the generated catalogue, nothing known about the person.
    {
        // Issue 17 item 2: the same 64 cases (known and partly known, alternating) one by one and
        // through evaluate_batch (stapelwijzer/batch.h), without texts; per case.
        std::vector<sw::Case> cases;
        for (int i = 0; i < 64; ++i) cases.push_back(i % 2 ? known : partly);
        const double single = median_us(runs / 4 + 1, [&] {
            for (const sw::Case& k : cases) sw::evaluate(*cat, k, on_demand);
        });
        const double single_min = g_last_min;
        const double batch = median_us(runs / 4 + 1, [&] { sw::evaluate_batch(*cat, cases, on_demand); });
        std::printf("64 cases, no texts, per case: evaluate   %9.1f (%.1f)\n", single / 64, single_min / 64);
        std::printf("64 cases, no texts, per case: batch      %9.1f (%.1f)\n", batch / 64, g_last_min / 64);
    }
    for (int n : {50, 200, 1000}) {
        std::vector<sw::Diagnostic> e;
        auto generated_cat = sw::Catalogue::compile(generated(n), e);
        sw::Case blank;
        blank.reference_date = known.reference_date;
        blank.course.start_date = blank.reference_date;
        blank.course.costs = known.course.costs;
        const double us = median_us(3, [&] { sw::evaluate(*generated_cat, blank); });
        std::printf("generated %4d schemes, nothing known, with best case: %9.1f (%.1f), 3 runs\n", n, us,
                    g_last_min);
    }

    // The built-in Dutch catalogue (fragments only: the signature is not what is measured here).
    std::vector<sw::Diagnostic> nl_errors;
    auto nl = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), nl_errors);
    if (!nl) {
        std::fprintf(stderr, "built-in catalogue refused\n");
        return 1;
    }
    const char* aims[] = {nullptr, "required_for_job", "current_job", "future_job", "personal"};
    for (const char* aim : aims) {
        sw::Case blank;
        blank.reference_date = *sw::parse_iso_date("2026-09-01");
        blank.course.start_date = blank.reference_date;
        blank.course.costs = {240000, 15000, 10000, 0, 0, 0};
        if (aim) blank.course.aim = aim;
        const sw::Result r = sw::evaluate(*nl, blank);
        const double us = median_us(std::max(5, runs / 4), [&] { sw::evaluate(*nl, blank); });
        std::printf(
            "nl catalogue, full evaluate, nothing known%s%-17s %9.1f (%.1f), best own payment %lld cents\n",
            aim ? " but aim " : "", aim ? aim : ":", us, g_last_min,
            static_cast<long long>(r.best_case_plan.own_payment));
        // The best-case search alone: as now, and with the bound issue 21 fixed (the "before").
        const sw::engine::FactValues facts = sw::engine::fact_values(nl->impl(), blank);
        const sw::engine::EvalContext ctx = sw::engine::eval_context(nl->impl(), blank, facts);
        const auto evaluated = sw::engine::evaluated_schemes(ctx, blank);
        for (bool unsound : {true, false}) {
            const sw::engine::BestCaseTuning tuning{unsound};
            const sw::Plan p = sw::engine::best_case_plan(ctx, blank, evaluated, tuning);
            const double search_us = median_us(
                std::max(5, runs / 4), [&] { sw::engine::best_case_plan(ctx, blank, evaluated, tuning); });
            std::printf("  best case search alone, %s: %9.1f (%.1f), own payment %lld cents\n",
                        unsound ? "issue 21's bound (before)" : "sound bound (after)    ", search_us,
                        g_last_min, static_cast<long long>(p.own_payment));
        }
    }
    return 0;
}
