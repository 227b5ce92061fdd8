// bench_catalogue.h: the synthetic catalogue of the load benchmarks (bench_load.cpp,
// json/bench_json_parsers.cpp): `schemes` schemes in 10 fragments, each scheme with nested
// conditions, both languages, sources and one of the three formula kinds, the size a national
// catalogue with every sector fund could reach.
#pragma once

#include <string>
#include <vector>

#include "stapelwijzer/rules.h"

namespace sw::bench {

// `real`: every scheme also uses one of the fields for real schemes (issue 15): a pro rata, a use
// limit or a company budget in turn, and a course-category exclusion in its condition.
inline std::string real_fields(int i, bool real) {
    if (!real) return "";
    const char* limits[] = {R"("pro_rata":{"full_time_hours":38,"min_hours":12},)",
                            R"("use_limit":{"per":"years","years":3},)",
                            R"("budget":{"base":800,"per_employee":120},)"};
    return limits[i % 3];
}

inline std::string real_leaf(bool real) {
    if (!real) return "";
    return R"({"fact":"course.category","op":"not_in","value":["vca","bhv","ehbo"],"explain":{"nl":"Geen veiligheidscursus.","en":"No safety course."}},)";
}

inline std::string scheme_json(int i, int sectors, bool real) {
    const std::string id = "fonds" + std::to_string(i % 10) + "-regeling-" + std::to_string(i);
    const std::string s1 = "sector-" + std::to_string(i % sectors);
    const std::string s2 = "sector-" + std::to_string((i * 7 + 3) % sectors);
    const std::string kinds[] = {"percentage", "fixed", "per_hour"};
    const std::string& type = kinds[i % 3];
    std::string formula;
    if (type == "percentage")
        formula =
            R"({"type":"percentage","percent":[{"when":{"fact":"course.nlqf_level","op":"<=","value":3,"explain":{"nl":"Niveau {value}.","en":"Level {value}."}},"value":90},{"value":40}],"base":"gross","cap":{"amount":)" +
            std::to_string(500 + i) + R"(.50,"per":"course"}})";
    else if (type == "fixed")
        formula = R"({"type":"fixed","amount":)" + std::to_string(100 + i % 900) + R"(,"per":"year"})";
    else
        formula = R"({"type":"per_hour","rate":12.5,"cap":{"amount":{"param":"max-bedrag"},"per":"person"}})";
    return R"({"id":")" + id + R"(","name":{"nl":"Regeling )" + std::to_string(i) + R"(","en":"Scheme )" +
           std::to_string(i) +
           R"("},"description":{"nl":"Een budget voor scholing.","en":"A training budget."},"provider":"Fonds","kind":"gift","applicant":"employer","apply_url":"https://example.org/)" +
           id + R"(","valid":{"from":"2020-01-01","to":null},"confidence":"indicative",)" +
           real_fields(i, real) + R"("condition":{"all":[)" + real_leaf(real) +
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

inline std::vector<sw::RulesFile> generate(int schemes, bool real = false) {
    const int fragments = 10, sectors = 60;
    std::vector<sw::RulesFile> files;
    for (int f = 0; f < fragments; ++f) {
        std::string text =
            R"({"format":"stapelwijzer-rules/1","catalogue":"bench","version":"1","fragment":"fonds)" +
            std::to_string(f) + "\"";
        if (f == 0) {
            text += R"(,"sectors":[)";
            for (int s = 0; s < sectors; ++s)
                text += std::string(s ? "," : "") + R"({"code":"sector-)" + std::to_string(s) +
                        R"(","name":{"nl":"Sector","en":"Sector"}})";
            text +=
                R"(],"sets":{"regio":["Almelo","Borne","Enschede"]},"parameters":{"max-leeftijd":[{"from":"2020-01-01","to":"2023-12-31","value":55},{"from":"2024-01-01","value":57}],"max-bedrag":[{"value":2500}]})";
        }
        text += R"(,"schemes":[)";
        bool first = true;
        for (int i = f; i < schemes; i += fragments) {
            text += (first ? "" : ",") + scheme_json(i, sectors, real);
            first = false;
        }
        text += "]}";
        files.push_back(sw::RulesFile{"fonds" + std::to_string(f) + ".json", text});
    }
    return files;
}

}  // namespace sw::bench
