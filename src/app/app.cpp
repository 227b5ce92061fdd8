// app.cpp: foundation page (replaced by the full app): proves the font has €, ë and é.
#include "app.h"

#include <imgui.h>

#include "fonts.h"
#include "input_scroll.h"
#include "test_state.h"
#include "widgets_registry.h"

namespace sw::app {

void init() {}

void draw(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    apply_touch_scroll(dpr);
    ImGui::PushFont(fonts::current().heading);
    ImGui::TextUnformatted("Stapelwijzer");
    ImGui::PopFont();
    widgets::record("title", widgets::Kind::Label, "Stapelwijzer");
    ImGui::TextUnformatted("Opleiding: € 2.400,00 — cursusgeld, examen, leermiddelen");
    widgets::record("euro-line", widgets::Kind::Label, "€ 2.400,00");
    ImGui::TextUnformatted("Coördinatie, financiële ruimte, café: ë é ï ö ü");
    widgets::record("accent-line", widgets::Kind::Label, "ë é");
    ImGui::End();
}

std::string test_state_json() { return "{\"screen\":\"foundation\"}"; }

}  // namespace sw::app
