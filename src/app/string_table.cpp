#include <array>
#include <string>

#include "string_table.h"

namespace sw::app {
namespace {

struct Pair {
    const char* nl;
    const char* en;
};

constexpr std::array<Pair, static_cast<int>(S::Count_)> kTable = {{
#define SW_STRING(id, nl, en) {nl, en},
#include "string_table_ui.inc"
#undef SW_STRING
}};

Lang current = Lang::Nl;

}  // namespace

void set_language(Lang lang) { current = lang; }
Lang language() { return current; }
const char* lang_code() { return current == Lang::Nl ? "nl" : "en"; }

const char* tr_in(S id, Lang lang) {
    const Pair& p = kTable[static_cast<int>(id)];
    return lang == Lang::Nl ? p.nl : p.en;
}

const char* tr(S id) { return tr_in(id, current); }

std::string fmt(S id, const std::string& a, const std::string& b, const std::string& c) {
    std::string s = tr(id);
    const std::string* args[] = {&a, &b, &c};
    std::size_t pos = 0;
    for (const std::string* arg : args) {
        pos = s.find("{}", pos);
        if (pos == std::string::npos) break;
        s.replace(pos, 2, *arg);
        pos += arg->size();
    }
    return s;
}

}  // namespace sw::app
