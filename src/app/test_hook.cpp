// test_hook.cpp: what browser tests may ask the running app (tests/web). Read-only views of the
// app's state, exported as C functions; the page calls them with ccall. Nothing here changes the
// app: tests click and type through the real input path, like a person. Answers only when the
// page was opened with ?sw-test, so a normal page does not expose the person's answers this way.
#include <emscripten.h>

#include <string>

#include "employer_model.h"
#include "fonts.h"
#include "platform/browser.h"
#include "platform/idle.h"
#include "test_state.h"
#include "widgets_registry.h"

namespace {
std::string buffer;  // keeps the returned string alive until the next call

bool enabled() {
    static const bool on = sw::app::browser::test_mode();
    return on;
}
}  // namespace

extern "C" {

// JSON array of the widgets of the last drawn frame: id, kind, rect (CSS px), visible, text.
EMSCRIPTEN_KEEPALIVE const char* sw_test_widgets() {
    buffer = enabled() ? sw::app::widgets::to_json() : "null";
    return buffer.c_str();
}

// Frames drawn so far: stays still while nothing happens (idle rendering).
EMSCRIPTEN_KEEPALIVE double sw_test_frames() { return static_cast<double>(sw::app::idle::drawn_frames()); }

// 1 when the UI font has a real glyph for the code point (e.g. 0x20AC, the euro sign).
EMSCRIPTEN_KEEPALIVE int sw_test_has_glyph(unsigned codepoint) { return sw::app::fonts::has_glyph(codepoint) ? 1 : 0; }

// The app's state as JSON: screen, language, the case it computes and the contract JSON result.
EMSCRIPTEN_KEEPALIVE const char* sw_test_state() {
    buffer = enabled() ? sw::app::test_state_json() : "null";
    return buffer.c_str();
}

// The employer view's phase alone ("computing", "done", ...): what a benchmark polls while the
// rows are computed, without building the whole state (which costs as much as the rows it waits for).
EMSCRIPTEN_KEEPALIVE const char* sw_test_employer_phase() {
    static const char* const phases[] = {"empty", "mapping", "computing", "done"};
    return enabled() ? phases[static_cast<int>(sw::app::employer::model().phase)] : "null";
}

}  // extern "C"
