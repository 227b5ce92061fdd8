// bench_load: time to load and validate (parse, check, merge, compile) a generated catalogue of
// 1,000 schemes in 10 fragments, the size a national catalogue with every sector fund could
// reach. Target: under 20 ms native. Build with the release preset; run: bench_load [schemes]
// [real] (real: every scheme also has a pro rata, use limit or company budget, see real_fields).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "stapelwijzer/rules.h"

namespace {

// `real`: every scheme also uses one of the fields for real schemes (issue 15): a pro rata, a use
// limit or a company budget in turn, and a course-category exclusion in its condition.
bool g_real = false;

std::string real_fields(int i) {
    if (!g_real) return "";
    const char* limits[] = {R"("pro_rata":{"full_time_hours":38,"min_hours":12},)",
                            R"("use_limit":{"per":"years","years":3},)",
                            R"("budget":{"base":800,"per_employee":120},)"};
    return limits[i % 3];
}

std::string real_leaf() {
    if (!g_real) return "";
    return R"({"fact":"course.category","op":"not_in","value":["vca","bhv","ehbo"],"explain":{"nl":"Geen veiligheidscursus.","en":"No safety course."}},)";
}

std::string scheme_json(int i, int sectors) {
    const std::string id = "fonds" + std::to_string(i % 10) + "-regeling-" + std::to_string(i);
    const std::string s1 = "sector-" + std::to_string(i % sectors);
    const std::string s2 = "sector-" + std::to_string((i * 7 + 3) % sectors);
    const std::string kinds[] = {"percentage", "fixed", "per_hour"};
    const std::string& type = kinds[i % 3];
    std::string formula;
    if (type == "percentage")
        formula = R"({"type":"percentage","percent":[{"when":{"fact":"course.nlqf_level","op":"<=","value":3,"explain":{"nl":"Niveau {value}.","en":"Level {value}."}},"value":90},{"value":40}],"base":"gross","cap":{"amount":)" +
                  std::to_string(500 + i) + R"(.50,"per":"course"}})";
    else if (type == "fixed")
        formula = R"({"type":"fixed","amount":)" + std::to_string(100 + i % 900) + R"(,"per":"year"})";
    else
        formula = R"({"type":"per_hour","rate":12.5,"cap":{"amount":{"param":"max-bedrag"},"per":"person"}})";
    return R"({"id":")" + id + R"(","name":{"nl":"Regeling )" + std::to_string(i) + R"(","en":"Scheme )" +
           std::to_string(i) +
           R"("},"description":{"nl":"Een budget voor scholing.","en":"A training budget."},"provider":"Fonds","kind":"gift","applicant":"employer","apply_url":"https://example.org/)" +
           id + R"(","valid":{"from":"2020-01-01","to":null},"confidence":"indicative",)" + real_fields(i) +
           R"("condition":{"all":[)" + real_leaf() +
           R"({"fact":"person.employment","op":"in","value":["employee","flex_worker"],"explain":{"nl":"Voor werknemers.","en":"For employees."}},)" +
           R"({"fact":"person.sector","op":"in","value":[")" + s1 + R"(",")" + s2 +
           R"("],"explain":{"nl":"Uw sector.","en":"Your sector."}},)" +
           R"({"fact":"person.age","op":"<","value":{"param":"max-leeftijd"},"explain":{"nl":"Tot {limit} jaar.","en":"Below {limit}."}},)" +
           R"({"any":[{"fact":"course.quality","op":"in","value":["ocw","nrto"],"explain":{"nl":"Erkend.","en":"Recognised."}},)" +
           R"({"fact":"person.municipality","op":"in","value":{"set":"regio"},"explain":{"nl":"In de regio.","en":"In the region."}}]}]},)" +
           R"("covers":["tuition","exam","materials"],"formula":)" + formula + R"(,"priority":)" +
           std::to_string(100 + (i % 3) * 100) +
           R"(,"sources":[{"url":"https://example.org/bron","title":"Reglement","checked":"2026-11-01"}]})";
}

std::vector<sw::RulesFile> generate(int schemes) {
    const int fragments = 10, sectors = 60;
    std::vector<sw::RulesFile> files;
    for (int f = 0; f < fragments; ++f) {
        std::string text = R"({"format":"stapelwijzer-rules/1","catalogue":"bench","version":"1","fragment":"fonds)" +
                           std::to_string(f) + "\"";
        if (f == 0) {
            text += R"(,"sectors":[)";
            for (int s = 0; s < sectors; ++s)
                text += std::string(s ? "," : "") + R"({"code":"sector-)" + std::to_string(s) +
                        R"(","name":{"nl":"Sector","en":"Sector"}})";
            text += R"(],"sets":{"regio":["Almelo","Borne","Enschede"]},"parameters":{"max-leeftijd":[{"from":"2020-01-01","to":"2023-12-31","value":55},{"from":"2024-01-01","value":57}],"max-bedrag":[{"value":2500}]})";
        }
        text += R"(,"schemes":[)";
        bool first = true;
        for (int i = f; i < schemes; i += fragments) {
            text += (first ? "" : ",") + scheme_json(i, sectors);
            first = false;
        }
        text += "]}";
        files.push_back(sw::RulesFile{"fonds" + std::to_string(f) + ".json", text});
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    const int schemes = argc > 1 ? std::atoi(argv[1]) : 1000;
    g_real = argc > 2 && std::string(argv[2]) == "real";
    const auto files = generate(schemes);
    std::size_t bytes = 0;
    for (const auto& f : files) bytes += f.text.size();
    // Wall time, and the process's CPU time: on a shared machine the wall time also counts the
    // time other processes held the CPU, the CPU time does not.
    auto cpu_ms = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    std::vector<double> ms, cpu;
    for (int run = 0; run < 25; ++run) {
        std::vector<sw::Diagnostic> errors;
        const double c0 = cpu_ms();
        const auto t0 = std::chrono::steady_clock::now();
        auto c = sw::load_catalogue(files, errors);
        const auto t1 = std::chrono::steady_clock::now();
        cpu.push_back(cpu_ms() - c0);
        if (!c) {
            for (const auto& d : errors) std::fprintf(stderr, "%s: %s\n", d.path.c_str(), d.message.c_str());
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf(
        "bench_load%s: %d schemes, %zu fragments, %zu bytes, 25 runs: "
        "wall median %.2f ms (min %.2f, max %.2f); ",
        g_real ? " (real-scheme fields)" : "", schemes, files.size(), bytes, ms[ms.size() / 2], ms.front(),
        ms.back());
    // Emscripten has no process CPU clock (it reads 0): say so rather than print 0 ms.
    if (cpu.back() > 0)
        std::printf("CPU median %.2f ms (min %.2f)\n", cpu[cpu.size() / 2], cpu.front());
    else
        std::printf("CPU time not available here\n");
    return 0;
}
