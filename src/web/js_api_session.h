// js_api_session.h: the rules the JavaScript API computes with (src/web/js_api_*.cpp), shared by
// the API module (web/api/) and the app's wasm (embed page, offline single file). It starts with
// the built-in signed bundle; a bundle loaded from a URL replaces it only after it verifies
// against the root keys compiled into this build. The C entry points hand out strings through
// output(), which stays valid until the next call.
#pragma once

#include <string>
#include <vector>

#include "planner.h"

namespace sw::web::api {

// The planner in use: the built-in bundle until load() accepted another one.
const Planner& session();

// Verifies `files` with the compiled-in root keys; on success they become the session's rules.
// Returns "" when accepted, else the reason (the session keeps the rules it had).
std::string load(std::vector<BundleFile> files);

// The files of the accepted loaded bundle (empty: built-in rules) and the last refusal ("" = none).
const std::vector<BundleFile>& loaded_files();
const std::string& last_refusal();

// The clock's date (UTC), only to judge bundle expiry; never a case's date.
Date clock_today();

// Keeps `text` as the value of sw_api_output() and returns `code`.
int finish(int code, std::string text);
const std::string& output_text();

}  // namespace sw::web::api
