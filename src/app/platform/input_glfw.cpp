#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <cmath>

#include "platform/idle.h"
#include "platform/input.h"

namespace sw::app::input {
namespace {

// Set before the ImGui backend installs its own, which then call these first (chaining).
void on_mouse_button(GLFWwindow*, int, int, int) {
    idle::wake();
}
GLFWwindow* the_window = nullptr;

// Emscripten 3.1.6's GLFW 3 passes the DOM wheel deltas unchanged: pixels (or lines in Firefox),
// with "down" positive, the opposite of GLFW's convention. The backend would scroll the wrong way
// by a hundred notches; this one replaces it after the backend is installed.
void on_scroll_fixed(GLFWwindow*, double dx, double dy) {
    auto notches = [](double d) { return std::fabs(d) >= 10.0 ? d / 100.0 : d / 3.0; };  // px or lines
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(notches(dy));
    io.MouseWheelH -= static_cast<float>(notches(dx));
    idle::wake();
}
// While the phone-keyboard proxy has focus it delivers the characters (text_proxy.cpp); GLFW's
// capture-phase keypress listener sees the same key first and would type each one twice.
void on_char_unless_proxy(GLFWwindow* window, unsigned c) {
    if (text_proxy::focused()) return;
    ImGui_ImplGlfw_CharCallback(window, c);
}
void on_key(GLFWwindow*, int, int, int, int) {
    idle::wake();
}
void on_char(GLFWwindow*, unsigned) {
    idle::wake();
}
void on_cursor_enter(GLFWwindow*, int) {
    idle::wake();
}
void on_focus(GLFWwindow*, int) {
    idle::wake();
}

}  // namespace

void touch_mouse_moved();  // touch.cpp: a real mouse is in use again

namespace {
// The backend does not install this one (it polls the cursor): it stays ours.
void on_cursor_pos(GLFWwindow*, double, double) {
    touch_mouse_moved();
    idle::wake();
}
}  // namespace

void install_glfw_callbacks(GLFWwindow* window) {
    glfwSetMouseButtonCallback(window, on_mouse_button);
    the_window = window;
    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetCursorEnterCallback(window, on_cursor_enter);
    glfwSetWindowFocusCallback(window, on_focus);
    glfwSetCursorPosCallback(window, on_cursor_pos);
}

void install_browser_handlers() {
    glfwSetScrollCallback(the_window, on_scroll_fixed);
    glfwSetCharCallback(the_window, on_char_unless_proxy);  // the backend's, which chains to on_char
    touch::install();
    text_proxy::install();
    clipboard::install();
}

void after_backend_new_frame(float dpr) {
    touch::apply(dpr);
    text_proxy::apply();
}

void after_frame() {
    text_proxy::after_frame();
    cursor::update();
}

float take_scroll_delta() {
    return touch::take_scroll_delta();
}

}  // namespace sw::app::input
