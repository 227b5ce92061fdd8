// session.h: the one set of rules a wasm build computes with, shared by the app (src/app) and the
// JavaScript API (src/web): one Planner, verified once. It starts with the built-in signed bundle,
// or with the bundle the app fetched from its rules URL (the app has no bundle built in). A bundle the
// JavaScript API loads replaces it only after it verifies against the root keys compiled into this build.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "session/planner.h"

namespace sw::session {

// The planner in use. Started on first use with the built-in bundle, judged at the clock's date.
// Holders of the pointer keep their planner when load() replaces it.
const std::shared_ptr<const Planner>& current();

// Starts the session with `files` (the built-in bundle when empty), judged at `today`, whatever the
// verdict: refused rules leave a planner in state Refused whose refusal() says why (the app shows
// that screen rather than computing with other rules than it was asked to).
const std::shared_ptr<const Planner>& start(Date today, std::vector<BundleFile> files = {});

// The bundle this build ships beside it rather than inside it (the JavaScript API's engines read
// stapelwijzer-rules.swpack next to them, web/api/stapelwijzer.js): verified with the compiled-in root
// keys at the clock's date and, on success, the session's rules as if built in (loaded() stays
// false). Returns "" when accepted, else the reason (the session keeps what it had).
std::string start_shipped(std::vector<BundleFile> files);

// The bundle this build ships: the bytes compiled in (builtin_bundle()), or, in a build that carries
// only their fingerprint, the files start_shipped() accepted (empty before). The rules workbench
// checks a fund's fragment against this manifest's delegations (src/web/js_api_rules.cpp).
const std::vector<BundleFile>& own_bundle();

// Verifies `files` with the compiled-in root keys at the clock's date; on success they become the
// session's rules. Returns "" when accepted, else the reason (the session keeps the rules it had).
std::string load(std::vector<BundleFile> files);

// True when the rules in use came from a bundle given to start() or load(), not the built-in or
// shipped one (the web app, which has no bundle built in, always gives one;
// Planner::release_bundle() says whether it is the release's own).
bool loaded();
// The reason load() last refused a bundle ("" = none).
const std::string& last_refusal();

}  // namespace sw::session
