// bench_stacking: speed of the stacking optimiser (stack(): optimum, loans, deductions and the
// explanation). Build with the release preset; run build/<dir>/bench/bench_stacking.
// Usage: bench_stacking [instances per random family, default 20] [--tail: list instances over 1 ms]
//        [--exact: no work budget (the optimiser before issue 17)] [--tie-budget N: that many nodes]
//        [--only SUBSTR: only the scenarios whose name contains SUBSTR].
// Scenarios: a typical case (8 eligible schemes of the Dutch catalogue), and families of 30
// eligible gift schemes that all interact pairwise (each covers tuition, so every scheme changes
// what the others can pay; plus random excludes, exclusive and subsidiary schemes, obligations
// that require a gift). Prints, per scenario, the median time per stack() call over its instances
// (each instance: the median CPU time of repeated calls), the 90th percentile and the slowest
// instance, with the optimiser's search nodes. Then the best case (docs/semantics.md step 6, which stacks
// many candidate plans) on the built-in Dutch catalogue for a person about whom nothing is known:
// evaluate() with and without it. Figures: docs/stacking.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "engine/stacking_internal.h"
#include "engine/splitmix.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

using sw::Cents;
using sw::Kind;
using sw::engine::StackInput;
using sw::engine::StackScheme;
using swtest::Rng;

StackScheme make(const std::string& id, Kind kind, int priority, const std::string& letters) {
    StackScheme s;
    s.id = id;
    s.name = {id, id};
    s.kind = kind;
    s.priority = priority;
    const std::string order = "TEMVRW";
    for (char ch : letters) s.covers[order.find(ch)] = true;
    return s;
}

// The typical case: the worked example's person in 2025 with SLIM, Twente and a loan/deduction.
StackInput typical() {
    StackInput in;
    in.costs = {240000, 15000, 10000, 0, 4000, 0};
    StackScheme oom = make("oom-trainingstoelage", Kind::Gift, 100, "TE");
    oom.type = sw::FormulaType::Percentage;
    oom.percent_bp = 5000;
    oom.cap = 80000;
    StackScheme slim = make("slim-scholingssubsidie", Kind::Gift, 200, "TEM");
    slim.type = sw::FormulaType::Percentage;
    slim.percent_bp = 4000;
    StackScheme aanvulling = make("werkgever-aanvulling-slim", Kind::Obligation, 250, "TEMV");
    aanvulling.type = sw::FormulaType::Percentage;
    aanvulling.percent_bp = 10000;
    aanvulling.base = sw::Base::Residual;
    aanvulling.requires_schemes = {1};
    StackScheme stap = make("stap-budget", Kind::Gift, 200, "TEMV");
    stap.type = sw::FormulaType::Fixed;
    stap.fixed_amount = 100000;
    StackScheme twente = make("twents-fonds-vakmanschap", Kind::Gift, 300, "TEMV");
    twente.type = sw::FormulaType::Percentage;
    twente.percent_bp = 10000;
    twente.base = sw::Base::Residual;
    twente.cap = 100000;
    twente.subsidiary = true;
    StackScheme voucher = make("bakkerij-opleidingsvoucher", Kind::Gift, 100, "TEMV");
    voucher.type = sw::FormulaType::Fixed;
    voucher.fixed_amount = 20000;
    voucher.exclusive = true;
    StackScheme llo = make("llo-krediet", Kind::Loan, 400, "T");
    llo.type = sw::FormulaType::Loan;
    llo.cap = 1265004;
    llo.not_if_fully_reimbursed = true;
    StackScheme aftrek = make("scholingsaftrek", Kind::Deduction, 500, "TEMV");
    aftrek.type = sw::FormulaType::Deduction;
    aftrek.threshold = 25000;
    aftrek.cap = 1500000;
    aftrek.own_costs_only = true;
    in.schemes = {oom, slim, aanvulling, stap, twente, voucher, llo, aftrek};
    return in;
}

// 30 gift schemes that all cover tuition (so each pair interacts), random formulas and caps,
// `exclude_one_in`: each ordered pair excludes with chance 1/exclude_one_in (0: none).
StackInput thirty(Rng& r, Cents tuition, int exclude_one_in, Cents amount_scale) {
    StackInput in;
    in.costs = {tuition, r.range(0, 50000), r.range(0, 20000), r.range(0, 30000), r.range(0, 10000), 0};
    for (int g = 0; g < 30; ++g) {
        StackScheme s = make("g" + std::to_string(100 + (g * 17) % 30), Kind::Gift,
                             static_cast<int>(r.range(1, 3) * 100), "T");
        for (std::size_t c = 1; c < 5; ++c) s.covers[c] = r.chance(2);
        if (r.chance(2)) {
            s.type = sw::FormulaType::Fixed;
            s.fixed_amount = r.range(amount_scale / 10, amount_scale);
        } else {
            s.type = sw::FormulaType::Percentage;
            s.percent_bp = r.range(1000, 10000);
            s.base = r.chance(2) ? sw::Base::Gross : sw::Base::Residual;
            s.cap = r.range(amount_scale / 10, amount_scale);
        }
        if (r.chance(10)) s.cofinancing_max_bp = r.range(3000, 9000);
        s.exclusive = g < 3;
        s.subsidiary = g >= 28;
        if (s.subsidiary) s.priority = 300;
        in.schemes.push_back(s);
    }
    for (int a = 0; a < 30; ++a) {
        for (int b = 0; b < 30; ++b) {
            if (a != b && exclude_one_in > 0 && r.chance(exclude_one_in))
                in.schemes[static_cast<std::size_t>(a)].excludes.push_back(b);
        }
    }
    for (int o = 0; o < 2; ++o) {
        StackScheme s = make("o" + std::to_string(o), Kind::Obligation, 250, o == 0 ? "TEMV" : "R");
        s.type = sw::FormulaType::Percentage;
        s.percent_bp = 10000;
        s.base = sw::Base::Residual;
        s.requires_schemes = {static_cast<int>(r.range(0, 29))};
        in.schemes.push_back(s);
    }
    return in;
}

// 30 vouchers of 100 on one tuition of 1,000: ten are needed, ties everywhere (count, then ids).
StackInput thirty_ties() {
    StackInput in;
    in.costs = {100000, 0, 0, 0, 0, 0};
    for (int g = 0; g < 30; ++g) {
        StackScheme s = make("v" + std::to_string(100 + g), Kind::Gift, 100, "T");
        s.type = sw::FormulaType::Fixed;
        s.fixed_amount = 10000;
        in.schemes.push_back(s);
    }
    return in;
}

// 30 schemes that all exclude each other: at most one in any plan.
StackInput thirty_all_excluding(Rng& r) {
    StackInput in = thirty(r, 500000, 0, 100000);
    for (int a = 0; a < 30; ++a) {
        for (int b = 0; b < 30; ++b) {
            if (a != b) in.schemes[static_cast<std::size_t>(a)].excludes.push_back(b);
        }
    }
    return in;
}

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0
                     : v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

double median(std::vector<double> v) {
    return percentile(std::move(v), 0.5);
}

// CPU time of this thread in microseconds. The shared 2-core machines run other builds at the
// same time; CPU time leaves out the time this process waits for a core, wall time does not.
// Under Emscripten the thread CPU clock reads 0 (the bench printed 0.0 us there), so the wasm
// figures use the monotonic wall clock (std::chrono::steady_clock) instead.
double cpu_us() {
#ifdef __EMSCRIPTEN__
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
#else
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
#endif
}

// Median CPU microseconds of one stack() call on this input (at least `calls` calls, at least
// `budget`; a family of 1,000 instances gets a smaller budget per instance than a single case).
sw::engine::Budget g_budget;  // --exact / --tie-budget change it

double time_one(const StackInput& in, std::size_t calls, std::chrono::milliseconds budget) {
    std::vector<double> samples;
    const auto start = std::chrono::steady_clock::now();
    while (samples.size() < calls || std::chrono::steady_clock::now() - start < budget) {
        const double t0 = cpu_us();
        const sw::Plan plan = sw::engine::stack(in, {}, g_budget);
        const double t1 = cpu_us();
        if (plan.total_cost < 0) std::puts("impossible");  // keeps the call from being optimised away
        samples.push_back(t1 - t0);
        if (samples.size() >= 2000) break;
    }
    return median(samples);
}

bool g_list_tail = false;  // second argument --tail: list every instance over 1 ms

std::string g_only;  // --only SUBSTR: only the scenarios whose name contains it

void scenario(const char* name, int instances, const std::function<StackInput(int)>& make_instance) {
    if (!g_only.empty() && std::string(name).find(g_only) == std::string::npos) return;
    std::vector<double> medians;
    std::vector<double> nodes;
    int unproven = 0;  // instances whose tie-break budget ran out
    const bool many = instances > 50;
    for (int i = 0; i < instances; ++i) {
        const StackInput in = make_instance(i);
        medians.push_back(many ? time_one(in, 3, std::chrono::milliseconds(10))
                               : time_one(in, 15, std::chrono::milliseconds(100)));
        const auto prep = sw::engine::stacking::prepare(in);
        const auto choice = sw::engine::stacking::optimise(prep, g_budget);
        nodes.push_back(static_cast<double>(choice.nodes));
        unproven += choice.tie_break_proven ? 0 : 1;
    }
    const auto over_5ms = std::count_if(medians.begin(), medians.end(), [](double us) { return us > 5000; });
    const auto slowest = std::max_element(medians.begin(), medians.end()) - medians.begin();
    std::printf(
        "%-48s n=%4d  median %8.1f us  p90 %8.1f us  max %9.1f us (#%ld)  >5ms %3ld  nodes median %6.0f max "
        "%7.0f  tie-break unproven %d\n",
        name, instances, median(medians), percentile(medians, 0.9),
        medians[static_cast<std::size_t>(slowest)], static_cast<long>(slowest), static_cast<long>(over_5ms),
        median(nodes), *std::max_element(nodes.begin(), nodes.end()), unproven);
    for (std::size_t i = 0; g_list_tail && i < medians.size(); ++i) {
        if (medians[i] <= 1000) continue;
        // Search 1 alone (the own payment): the same search with no node for the tie-breaks.
        sw::engine::Budget own_only = g_budget;
        own_only.tie_break_nodes = 0;
        own_only.exact_up_to_gifts = 0;
        const StackInput in = make_instance(static_cast<int>(i));  // prepare() keeps a pointer to it
        const auto prep = sw::engine::stacking::prepare(in);
        const auto own = sw::engine::stacking::optimise(prep, own_only).nodes;
        std::printf("    #%zu: %.1f us, %.0f nodes (own payment %lld)\n", i, medians[i], nodes[i],
                    static_cast<long long>(own));
    }
}

// Median CPU microseconds of f() (at least 15 runs, at least 0.3 s).
double time_median(const std::function<void()>& f) {
    std::vector<double> samples;
    const auto start = std::chrono::steady_clock::now();
    while (samples.size() < 15 || std::chrono::steady_clock::now() - start < std::chrono::milliseconds(300)) {
        const double t0 = cpu_us();
        f();
        samples.push_back(cpu_us() - t0);
    }
    return median(samples);
}

// The best case on the built-in Dutch catalogue (fragments only; the signature is not measured),
// nothing known about the person but (optionally) the course's aim. Target: < 20 ms.
int best_case_lines() {
    std::vector<sw::Diagnostic> errors;
    const auto nl = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    if (!nl) {
        std::fprintf(stderr, "built-in catalogue refused\n");
        return 1;
    }
    sw::EvaluateOptions without_best;
    without_best.best_case = false;
    for (const char* aim : {static_cast<const char*>(nullptr), "required_for_job", "personal"}) {
        sw::Case blank;
        blank.reference_date = *sw::parse_iso_date("2026-09-01");
        blank.course.start_date = blank.reference_date;
        blank.course.costs = {240000, 15000, 10000, 0, 0, 0};
        if (aim) blank.course.aim = aim;
        const double with = time_median([&] { sw::evaluate(*nl, blank); });
        const double plain = time_median([&] { sw::evaluate(*nl, blank, without_best); });
        std::printf(
            "best case, nl catalogue, nothing known%s%-17s evaluate %8.1f us, without best case %8.1f us\n",
            aim ? " but aim " : "", aim ? aim : ":", with, plain);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    // Optional argument: instances per random family (default 20).
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--tail") g_list_tail = true;
        if (a == "--exact") g_budget.exact_up_to_gifts = 1000;
        if (a == "--tie-budget" && i + 1 < argc) g_budget.tie_break_nodes = std::atoll(argv[++i]);
        if (a == "--only" && i + 1 < argc) g_only = argv[++i];
    }
    scenario("typical case (8 eligible schemes)", 1, [](int) { return typical(); });
    scenario("30 interacting, costs binding, excludes 1/4", n, [](int i) {
        Rng r{static_cast<std::uint64_t>(1000 + i)};
        return thirty(r, 300000, 4, 100000);
    });
    scenario("30 interacting, costs binding, no excludes", n, [](int i) {
        Rng r{static_cast<std::uint64_t>(2000 + i)};
        return thirty(r, 300000, 0, 100000);
    });
    scenario("30 interacting, costs not binding, excludes 1/4", n, [](int i) {
        Rng r{static_cast<std::uint64_t>(3000 + i)};
        return thirty(r, 100000000, 4, 100000);
    });
    scenario("30 interacting, costs not binding, excludes 1/2", n, [](int i) {
        Rng r{static_cast<std::uint64_t>(4000 + i)};
        return thirty(r, 100000000, 2, 100000);
    });
    scenario("30 interacting, costs not binding, excludes 1/8", n, [](int i) {
        Rng r{static_cast<std::uint64_t>(5000 + i)};
        return thirty(r, 100000000, 8, 100000);
    });
    scenario("30 vouchers, ten needed, ties everywhere", 1, [](int) { return thirty_ties(); });
    scenario("30 all excluding each other", 5, [](int i) {
        Rng r{static_cast<std::uint64_t>(6000 + i)};
        return thirty_all_excluding(r);
    });
    return best_case_lines();
}
