// bench_staff: an employer's staff list through the whole batch path (issue 16: "10,000 staff x
// the full catalogue under 1 s native and under 3 s in the browser"): a Dutch Excel CSV of N
// people (generated, deterministic) -> RecordReader -> columns -> CaseBuilder -> parse_case_json
// + check_case + evaluate on the built-in Dutch catalogue -> the result CSV, exactly what
// `stapelwijzer batch` does per row. Prints the time per stage. Also writes the list with
// --write FILE ROWS (the 50 MB file of docs/benchmarks.md's memory figure). Compares the per-case
// path with the batch path (stapelwijzer/batch.h) in the same run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "engine/splitmix.h"
#include "staff/staff_import.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

double ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// A staff list as a Dutch employer's Excel writes it: ';', decimal comma, Dutch headers and values.
std::string staff_list(int rows) {
    static const char* sectors[] = {"metaal-mkb",   "metalektro", "bakkerij",
                                    "zorg-welzijn", "horeca",     "techniek-bouw"};
    static const char* work[] = {"werknemer", "werknemer", "werknemer", "flexwerker", "zzp"};
    static const char* contract[] = {"vast", "tijdelijk", "oproep", ""};
    static const char* track[] = {"particulier", "bbl", "bol", "hbo", ""};
    std::string out =
        "Naam;Personeelsnummer;Afdeling;Leeftijd;Werksituatie;Sector;Dienstjaren;Uren per week;Contract;"
        "Opleidingsniveau;WW-uitkering;Leerweg;Startdatum;Lesgeld;Examen\r\n";
    swtest::Rng rng{16};
    for (int i = 0; i < rows; ++i) {
        auto pick = [&](auto& list) { return list[rng.next() % (sizeof(list) / sizeof(list[0]))]; };
        // Drawn one by one: the order of function arguments is unspecified (gcc and clang differ),
        // so drawing inside the snprintf call would give the native and wasm runs other lists.
        const long long tuition = 100000 + static_cast<long long>(rng.next() % 400000);  // 1.000,00-4.999,99
        const int age = 18 + static_cast<int>(rng.next() % 49);
        const char* employment = pick(work);
        const char* sector = pick(sectors);
        const int years = static_cast<int>(rng.next() % 30);
        const int hours = 12 + static_cast<int>(rng.next() % 28);
        const int hours_tenth = static_cast<int>(rng.next() % 10);
        const char* kind = pick(contract);
        const int level = 1 + static_cast<int>(rng.next() % 8);
        const char* way = pick(track);
        const int day = 1 + static_cast<int>(rng.next() % 28);
        const int month = 1 + static_cast<int>(rng.next() % 12);
        const int exam = static_cast<int>(rng.next() % 3) * 100;
        char line[512];
        std::snprintf(line, sizeof line,
                      "Medewerker %d;%06d;Afdeling %d;%d;%s;%s;%d;%d,%d;%s;%d;nee;%s;%02d-%02d-2026;"
                      "\xE2\x82\xAC %lld.%03lld,%02lld;%d\r\n",
                      i, i, i % 17, age, employment, sector, years, hours, hours_tenth, kind, level, way, day,
                      month, tuition / 100000, tuition / 100 % 1000, tuition % 100, exam);
        out += line;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--write") {
        std::ofstream(argv[2], std::ios::binary) << staff_list(std::atoi(argv[3]));
        return 0;
    }
    const int rows = argc > 1 ? std::atoi(argv[1]) : 10000;
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    if (!catalogue) {
        std::fprintf(stderr, "built-in catalogue refused\n");
        return 1;
    }
    const std::string text = staff_list(rows);
    // Three ways to the same CSV: one case at a time with reason texts (the CLI until issue 17
    // item 2), one at a time without texts, and the CLI's way now: evaluate_batch_cases() (streamed) on
    // chunks of kBatchChunk rows, without texts. The CSV shows no texts, so all three must give
    // the same bytes; the bench fails otherwise.
    const char* modes[] = {"per case, texts", "per case, no texts", "batch, no texts"};
    std::string first_csv;
    for (int run = 0; run < 9; ++run) {
        const int mode = run % 3;
        const std::clock_t cpu0 = std::clock();  // CPU time: what a shared, loaded machine distorts least
        auto t0 = std::chrono::steady_clock::now();
        sw::staff::RecordReader reader;
        reader.feed(text);
        reader.finish();
        std::vector<sw::staff::Record> records;
        sw::staff::Record rec;
        while (reader.next(rec)) records.push_back(std::move(rec));
        const double read_ms = ms_since(t0);
        auto t1 = std::chrono::steady_clock::now();
        const sw::staff::CaseBuilder builder(sw::staff::recognise_columns(records[0].cells),
                                             sw::text::NumberStyle::Dutch);
        std::vector<sw::staff::CaseRow> cases;
        for (std::size_t i = 1; i < records.size(); ++i)
            cases.push_back(builder.build(records[i], static_cast<int>(i)));
        const double build_ms = ms_since(t1);
        auto t2 = std::chrono::steady_clock::now();
        std::string csv = sw::staff::result_csv_header(builder.columns(), ';');
        std::size_t bad = 0;
        long long own = 0;
        auto add = [&](const sw::staff::CaseRow& c, const sw::BatchRow& r) {
            bad += r.error.empty() ? 0 : 1;
            own += r.error.empty() ? r.result.plan.own_payment : 0;
            csv += sw::staff::result_csv_row(c, r.error.empty() ? &r.result : nullptr, r.error, ';');
        };
        if (mode < 2) {
            const sw::EvaluateOptions options{false, false, mode == 0};
            for (const sw::staff::CaseRow& c : cases)
                add(c, sw::evaluate_batch_case(*catalogue, sw::BatchCase{c.row, c.json, c.error}, options));
        } else {
            for (std::size_t start = 0; start < cases.size(); start += sw::kBatchChunk) {
                const std::size_t end = std::min(cases.size(), start + sw::kBatchChunk);
                std::vector<sw::BatchCase> chunk;
                for (std::size_t i = start; i < end; ++i)
                    chunk.push_back(sw::BatchCase{cases[i].row, cases[i].json, cases[i].error});
                std::size_t i = start;
                sw::evaluate_batch_cases(*catalogue, chunk, sw::EvaluateOptions{false, false, false},
                                         [&](sw::BatchRow&& r) { add(cases[i++], r); });
            }
        }
        const double eval_ms = ms_since(t2);
        const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
        if (run == 0) first_csv = csv;
        if (csv != first_csv) {
            std::fprintf(stderr, "%s: the CSV differs from the per-case path's\n", modes[mode]);
            return 1;
        }
        std::printf(
            "%-18s %d staff x %zu schemes: read %.1f ms, cases %.1f ms, evaluate + CSV %.1f ms, total %.1f "
            "ms "
            "wall, %.1f ms CPU (%zu bad rows, own payment %lld cents, %zu bytes in, %zu out)\n",
            modes[mode], rows, catalogue->spec().schemes.size(), read_ms, build_ms, eval_ms,
            read_ms + build_ms + eval_ms, cpu_ms, bad, own, text.size(), csv.size());
    }
    return 0;
}
