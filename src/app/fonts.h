// fonts.h: the UI fonts (Noto Sans regular and bold, subset and compiled in) rasterised at the
// device pixel ratio, with glyph ranges that include €, é/ë, dashes, quotes, bullet and ellipsis.
// ImGui's default range (0x20-0xFF) lacks U+20AC, so a bare AddFont would draw "?" for euro.
#pragma once

struct ImFont;

namespace sw::app::fonts {

struct Set {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* amount = nullptr;  // large bold for the own payment
};

// Rebuilds the atlas for this DPR (call between frames; the caller recreates the GL texture).
Set build(float dpr);
const Set& current();
// True when the body font has a real glyph (not the fallback) for this code point.
bool has_glyph(unsigned codepoint);

}  // namespace sw::app::fonts
