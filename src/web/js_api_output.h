// js_api_output.h: how the JavaScript API's C entry points (src/web/js_api_*.cpp) hand out text:
// each keeps its result or message here and returns the CLI's exit code; the page reads the text
// with sw_api_output(), valid until the next call.
#pragma once

#include <string>

namespace sw::web::api {

// Keeps `text` as the value of sw_api_output() and returns `code`.
int finish(int code, std::string text);

}  // namespace sw::web::api
