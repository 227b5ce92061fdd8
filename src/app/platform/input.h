// input.h: input the built-in GLFW of Emscripten 3.1.6 gets wrong or lacks, fixed in small files:
//   input_glfw.cpp   every GLFW event wakes the idle loop (callbacks chained by the ImGui backend)
//   touch.cpp        taps become clicks at the finger, drags scroll (GLFW ignores touch positions)
//   text_proxy.cpp   a hidden HTML input opens the phone keyboard and feeds ImGui its text
//   clipboard.cpp    copy and paste through the browser (GLFW's clipboard functions are stubs)
//   cursor.cpp       CSS cursor shapes (GLFW's cursor functions are stubs)
#pragma once

struct GLFWwindow;

namespace sw::app::input {

void install_glfw_callbacks(GLFWwindow* window);  // before ImGui_ImplGlfw_InitForOpenGL
void install_browser_handlers();                  // after it (replaces its clipboard functions)
// Between ImGui_ImplGlfw_NewFrame and ImGui::NewFrame: touch and proxy input override GLFW's.
void after_backend_new_frame(float dpr);
// After the frame: closes the phone keyboard when no text field is active any more.
void after_frame();
// Vertical drag distance since the last call, in CSS pixels (positive: finger moved down).
float take_scroll_delta();

// Per-file parts (internal).
namespace touch {
void install();
void apply(float dpr);
float take_scroll_delta();
}  // namespace touch
namespace text_proxy {
void install();
void apply();
void after_frame();
void focus_for(bool numeric, float x, float y, float w, float h);
bool focused();  // the hidden input has focus: it, not GLFW, delivers the characters
}  // namespace text_proxy
namespace clipboard {
void install();
}
namespace cursor {
void update();
}

}  // namespace sw::app::input
