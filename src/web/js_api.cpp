// js_api.cpp: the JavaScript API of the wasm build (embind). `await createStapelwijzer()` gives a
// module with the functions below and those of js_api_plan.cpp:
//   version()                 -> the app version ("0.1.0")
//   normalizeDate(text)       -> the ISO date back, or "" when it is not a real calendar date
#include <emscripten/bind.h>

#include <string>

#include "stapelwijzer/types.h"

namespace {

std::string version() { return SW_APP_VERSION; }

std::string normalize_date(const std::string& text) {
    auto d = sw::parse_iso_date(text);
    return d ? sw::format_iso_date(*d) : std::string();
}

}  // namespace

EMSCRIPTEN_BINDINGS(stapelwijzer) {
    emscripten::function("version", &version);
    emscripten::function("normalizeDate", &normalize_date);
}
