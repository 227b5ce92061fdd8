// main.cpp: the browser main loop. GLFW (Emscripten's built-in, 3.2 API) gives the WebGL 2
// context and mouse/keyboard; the platform/ files patch what it lacks on the web (DPR, touch,
// phone keyboard, clipboard, idle). The loop is driven by requestAnimationFrame through
// emscripten_set_main_loop (a while loop would freeze the tab) and skips frames when idle.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app.h"
#include "fonts.h"
#include "platform/browser.h"
#include "platform/canvas.h"
#include "platform/idle.h"
#include "platform/input.h"
#include "style.h"
#include "widgets_registry.h"

namespace {

GLFWwindow* window = nullptr;
sw::app::canvas::Size size;
bool first_frame = true;

// The fonts and sizes for a device pixel ratio (on the CPU).
void build_for_dpr(float dpr) {
    sw::app::fonts::build(dpr);
    sw::app::style::apply(dpr);
}

// After a change of device pixel ratio: the fonts again, and their texture.
void rebuild_for_dpr(float dpr) {
    build_for_dpr(dpr);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void frame() {
    if (sw::app::canvas::poll(window, size)) rebuild_for_dpr(size.dpr);
    if (!sw::app::idle::take_frame()) return;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The backing store size is ours (platform/canvas.cpp), GLFW's window size is not kept in step.
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(size.width), static_cast<float>(size.height));
    ImGui::GetIO().DisplayFramebufferScale = ImVec2(1, 1);
    sw::app::input::after_backend_new_frame(size.dpr);  // touch and proxy input override GLFW's
    ImGui::NewFrame();
    sw::app::widgets::begin_frame(size.dpr);
    sw::app::draw(size.dpr);
    ImGui::Render();
    sw::app::widgets::end_frame();
    sw::app::input::after_frame();

    glViewport(0, 0, size.width, size.height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    sw::app::idle::count_drawn_frame();
    if (first_frame) {
        first_frame = false;
        sw::app::browser::first_frame_drawn();
    }
}

}  // namespace

int main() {
    sw::app::browser::mark("sw-main");  // the start-up parts bench/first-frame.mjs reports
    if (!glfwInit()) {
        sw::app::browser::show_fatal("Uw browser kan deze rekenhulp niet starten (GLFW).",
                                     "Your browser cannot start this calculator (GLFW).");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // Dear ImGui draws 2D with blending only: no depth or stencil buffer. The same attributes as
    // web/boot.js's check, which made the canvas's context already (GLFW gets that one).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // At the canvas's own size (web/boot.js set its backing store before making the context): no
    // resize, so no reallocation of the drawing buffer while the GPU process sets the context up.
    size = sw::app::canvas::measure();
    window = glfwCreateWindow(size.width, size.height, "Stapelwijzer", nullptr, nullptr);
    if (!window) {
        sw::app::browser::show_fatal("Uw browser kan deze rekenhulp niet tonen: WebGL 2 ontbreekt.",
                                     "Your browser cannot show this calculator: WebGL 2 is missing.");
        return 1;
    }
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored unless the user asks (privacy)
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the app drawing
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // platform/cursor.cpp sets CSS cursors

    // Our callbacks first: the backend chains to them, so every event also wakes the idle loop.
    sw::app::input::install_glfw_callbacks(window);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    sw::app::input::install_browser_handlers();  // touch, phone keyboard, clipboard (after the backend)
    sw::app::browser::mark("sw-gl-ready");       // the window, its WebGL context and the backends

    sw::app::canvas::poll(window, size);
    build_for_dpr(size.dpr);
    sw::app::browser::mark("sw-font-atlas");
    sw::app::init();
    sw::app::browser::mark("sw-rules-ready");
    // The shaders and the font texture once, after the rules check, while the browser's GPU
    // process has finished setting the context up: the backend would make them in the first frame,
    // and upload the font texture a second time there (docs/benchmarks.md, round 5).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
