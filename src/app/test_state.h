// test_state.h: the app's state as JSON for the test hook (implemented next to the app state).
#pragma once

#include <string>

namespace sw::app {

std::string test_state_json();

}  // namespace sw::app
