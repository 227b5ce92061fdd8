// widgets_registry.h: where each named widget was drawn this frame, in CSS pixels. Two users:
// touch input (does a tap land on a text field? then the phone keyboard must open) and the
// test hook (browser tests click and type at a widget by its ID, like a person would).
#pragma once

#include <string>
#include <vector>

namespace sw::app::widgets {

enum class Kind { Button, Text, Number, Check, Combo, Label, Link };

struct Entry {
    std::string id;
    Kind kind = Kind::Label;
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels, relative to the canvas
    std::string text;                  // what the widget shows (labels, amounts) for tests
    std::string lines;                 // a paragraph as broken into lines, when it is more than one
    bool visible = true;               // false when scrolled out of the window's clip rect
};

// Clears the list at the start of each drawn frame.
void begin_frame(float dpr);
// Publishes this frame's list (after the frame is drawn).
void end_frame();
// Records the last ImGui item (ImGui::GetItemRect*) under `id`.
void record(const std::string& id, Kind kind, const std::string& text = {}, const std::string& lines = {});
const std::vector<Entry>& entries();  // the last complete frame
// The text field under a point (CSS pixels), or nullptr.
const Entry* text_field_at(float x, float y);
// JSON array of all entries (test hook).
std::string to_json();

}  // namespace sw::app::widgets
