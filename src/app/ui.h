// ui.h: the app's few widget kinds on top of ImGui. Each takes a stable ID (the test hook and
// touch input find widgets by it; the shown text changes with the language, the ID does not)
// and records where it was drawn (widgets_registry.h).
#pragma once

#include <string>

#include "stapelwijzer/types.h"

namespace sw::app::ui {

float dpr();          // device pixels per CSS pixel of this frame
float px(float css);  // CSS pixels -> ImGui (device) pixels

void heading(const char* id, const char* text);
void paragraph(const char* id, const std::string& text, bool muted = false);
void bold(const char* id, const std::string& text);
bool button(const char* id, const char* text, bool full_width = false);
bool primary_button(const char* id, const char* text, bool full_width = false);
// A choice among a few: drawn as a toggle button, highlighted when selected.
bool choice(const char* id, const char* text, bool selected);
bool checkbox(const char* id, const char* text, bool checked);
// A one-line text field; `numeric` asks phones for the number keyboard. True when edited.
bool text_field(const char* id, std::string& value, bool numeric, float width_css = 0, const char* hint = "");
// A text box of several lines (pasted or typed cells). True when edited.
bool text_area(const char* id, std::string& value, float height_css);
void error_text(const char* id, const char* text);
// Lays out the next `choice` on the same line when it still fits, else on a new line.
void flow_next(float next_width_css);
float text_width_css(const char* text);  // width of a choice button with this text, CSS px

}  // namespace sw::app::ui
