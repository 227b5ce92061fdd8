// bench_keystroke: what one keystroke in the app's money field costs, counted, not timed: calls
// into the engine (check_case, evaluate, condition_trace), into the JSON side (parse_case_json,
// result_to_json) and heap allocations. It drives the app's own view-model (src/app/view_model.h)
// natively, as the app does on every change, in two views: the plain form, and the adviser view
// that also shows every scheme's condition lines. The page services (src/app/platform/browser.h)
// are replaced by the fixed answers below: no storage, a fixed date, Dutch.
//
// Run: build/asan/bench/bench_keystroke (any native build); figures go in docs/benchmarks.md.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "condition_lines.h"
#include "platform/browser.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/trace.h"
#include "view_model.h"

// --- Counting ---------------------------------------------------------------------------------
namespace {
struct Counts {
    unsigned long check_case = 0, evaluate = 0, condition_trace = 0, parse_case_json = 0, result_to_json = 0;
    unsigned long allocations = 0, bytes = 0;
};
Counts counts;
bool counting = false;
}  // namespace

// Every plain form of new and delete, on malloc and free (the aligned forms are not used here).
namespace {
void* counted_malloc(std::size_t n) noexcept {
    if (counting) {
        ++counts.allocations;
        counts.bytes += n;
    }
    return std::malloc(n ? n : 1);
}
}  // namespace

void* operator new(std::size_t n) {
    if (void* p = counted_malloc(n)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    return operator new(n);
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    return counted_malloc(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    return counted_malloc(n);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}

// The linker sends these calls here (-Wl,--wrap in bench/CMakeLists.txt); __real_ is the function.
namespace sw {
std::optional<Diagnostic> real_check_case(const Catalogue&, const Case&) __asm__(
    "__real__ZN2sw10check_caseERKNS_9CatalogueERKNS_4CaseE");
std::optional<Diagnostic> wrap_check_case(const Catalogue& k, const Case& c) __asm__(
    "__wrap__ZN2sw10check_caseERKNS_9CatalogueERKNS_4CaseE");
std::optional<Diagnostic> wrap_check_case(const Catalogue& k, const Case& c) {
    if (counting) ++counts.check_case;
    return real_check_case(k, c);
}
Result real_evaluate(const Catalogue&, const Case&, const EvaluateOptions&) __asm__(
    "__real__ZN2sw8evaluateERKNS_9CatalogueERKNS_4CaseERKNS_15EvaluateOptionsE");
Result wrap_evaluate(const Catalogue&, const Case&, const EvaluateOptions&) __asm__(
    "__wrap__ZN2sw8evaluateERKNS_9CatalogueERKNS_4CaseERKNS_15EvaluateOptionsE");
Result wrap_evaluate(const Catalogue& k, const Case& c, const EvaluateOptions& o) {
    if (counting) ++counts.evaluate;
    return real_evaluate(k, c, o);
}
std::vector<ConditionLine> real_condition_trace(const Catalogue&, const Case&, std::string_view) __asm__(
    "__real__ZN2sw15condition_traceERKNS_9CatalogueERKNS_4CaseESt17basic_string_viewIcSt11char_traitsIcEE");
std::vector<ConditionLine> wrap_condition_trace(const Catalogue&, const Case&, std::string_view) __asm__(
    "__wrap__ZN2sw15condition_traceERKNS_9CatalogueERKNS_4CaseESt17basic_string_viewIcSt11char_traitsIcEE");
std::vector<ConditionLine> wrap_condition_trace(const Catalogue& k, const Case& c, std::string_view id) {
    if (counting) ++counts.condition_trace;
    return real_condition_trace(k, c, id);
}
std::optional<Case> real_parse_case_json(const std::string&, const Catalogue&, Diagnostic&) __asm__(
    "__real__ZN2sw15parse_case_jsonERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_"
    "9CatalogueERNS_10DiagnosticE");
std::optional<Case> wrap_parse_case_json(const std::string&, const Catalogue&, Diagnostic&) __asm__(
    "__wrap__ZN2sw15parse_case_jsonERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_"
    "9CatalogueERNS_10DiagnosticE");
std::optional<Case> wrap_parse_case_json(const std::string& t, const Catalogue& k, Diagnostic& e) {
    if (counting) ++counts.parse_case_json;
    return real_parse_case_json(t, k, e);
}
std::string real_result_to_json(const Result&, const RulesInfo&, bool) __asm__(
    "__real__ZN2sw14result_to_jsonB5cxx11ERKNS_6ResultERKNS_9RulesInfoEb");
std::string wrap_result_to_json(const Result&, const RulesInfo&, bool) __asm__(
    "__wrap__ZN2sw14result_to_jsonB5cxx11ERKNS_6ResultERKNS_9RulesInfoEb");
std::string wrap_result_to_json(const Result& r, const RulesInfo& i, bool pretty) {
    if (counting) ++counts.result_to_json;
    return real_result_to_json(r, i, pretty);
}
}  // namespace sw

// --- The page services the view-model uses, as a fixed page --------------------------------------
namespace sw::app::browser {
std::string today_iso() {
    return "2026-12-03";
}
std::string preferred_language() {
    return "nl";
}
std::string storage_get(const std::string&) {
    return "";
}
void storage_set(const std::string&, const std::string&) {}
void storage_clear() {}
}  // namespace sw::app::browser

namespace {

// Types "1250" into the tuition field, one keystroke at a time, `rounds` times; returns keystrokes.
int type_amounts(int rounds, bool adviser) {
    int keys = 0;
    for (int r = 0; r < rounds; ++r) {
        std::string text;
        for (char ch : std::string("1250")) {
            text += ch;
            sw::app::set_cost(0, text);
            ++keys;
            // The frame after the change: the adviser view draws every scheme's condition lines.
            if (adviser && sw::app::vm().outcome.ok)
                for (const auto& s : sw::app::vm().outcome.result.schemes)
                    (void)sw::app::condition_lines(std::string(s.id));
        }
    }
    return keys;
}

void report(const char* view, int keys) {
    const double k = keys;
    std::printf(
        "%-8s per keystroke: check_case %.2f, evaluate %.2f, condition_trace %.2f, parse_case_json %.2f, "
        "result_to_json %.2f; allocations %.0f (%.0f bytes)\n",
        view, counts.check_case / k, counts.evaluate / k, counts.condition_trace / k,
        counts.parse_case_json / k, counts.result_to_json / k, counts.allocations / k, counts.bytes / k);
}

}  // namespace

int main() {
    sw::app::start({});
    if (!sw::app::vm().outcome.ok) {
        std::fprintf(stderr, "bench_keystroke: the first computation failed\n");
        return 1;
    }
    // A person part-way through the form: a course type, a start date and two answers.
    sw::app::set_course_type("diploma");
    sw::app::set_start_date("2027-02-01");
    sw::app::set_answer("person.age", "42");
    sw::app::set_answer("person.employment", "employee");
    std::printf("schemes in the result: %zu\n", sw::app::vm().outcome.result.schemes.size());

    for (bool adviser : {false, true}) {
        type_amounts(1, adviser);  // warm-up: caches, first-use tables
        counts = Counts{};
        counting = true;
        const int keys = type_amounts(25, adviser);
        counting = false;
        report(adviser ? "adviser" : "form", keys);
    }
    return 0;
}
