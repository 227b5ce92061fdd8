// bench_load: time to load and validate (parse, check, merge, compile) a generated catalogue of
// 1,000 schemes in 10 fragments, the size a national catalogue with every sector fund could
// reach. Target: under 20 ms native. Build with the release preset; run: bench_load [schemes]
// [real] (real: every scheme also has a pro rata, use limit or company budget, see bench_catalogue.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "bench_catalogue.h"
#include "stapelwijzer/rules.h"

int main(int argc, char** argv) {
    const int schemes = argc > 1 ? std::atoi(argv[1]) : 1000;
    const bool real = argc > 2 && std::string(argv[2]) == "real";
    const auto files = sw::bench::generate(schemes, real);
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
        real ? " (real-scheme fields)" : "", schemes, files.size(), bytes, ms[ms.size() / 2], ms.front(),
        ms.back());
    // Emscripten has no process CPU clock (it reads 0): say so rather than print 0 ms.
    if (cpu.back() > 0)
        std::printf("CPU median %.2f ms (min %.2f)\n", cpu[cpu.size() / 2], cpu.front());
    else
        std::printf("CPU time not available here\n");
    return 0;
}
