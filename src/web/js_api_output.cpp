// js_api_output.cpp: see js_api_output.h.
#include "js_api_output.h"

#include <emscripten.h>

namespace sw::web::api {
namespace {

std::string output;

}  // namespace

int finish(int code, std::string text) {
    output = std::move(text);
    return code;
}

}  // namespace sw::web::api

extern "C" {

// The text the last sw_api_* call produced: a result, an error message or JSON Lines.
EMSCRIPTEN_KEEPALIVE const char* sw_api_output() {
    return sw::web::api::output.c_str();
}

}  // extern "C"
