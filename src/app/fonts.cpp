#include "fonts.h"

#include <imgui.h>

#include <cstddef>
#include <initializer_list>

extern const unsigned char sw_font_regular[];
extern const std::size_t sw_font_regular_size;
extern const unsigned char sw_font_bold[];
extern const std::size_t sw_font_bold_size;

namespace sw::app::fonts {
namespace {

constexpr float kBodyPx = 17.0f;  // CSS pixels; B1 readers and phones: no smaller
constexpr float kHeadingPx = 22.0f;
constexpr float kAmountPx = 30.0f;

Set fonts;

// ImGui keeps a pointer to the ranges until the atlas is built: they must outlive it.
const ImWchar* glyph_ranges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder b;
        b.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Basic Latin + Latin-1 (é, ë)
        for (ImWchar c : {0x20AC, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026,
                          0x2192})
            b.AddChar(c);
        b.BuildRanges(&ranges);
    }
    return ranges.Data;
}

// The 30 px font (the largest glyphs: almost half the atlas with the full range) shows only the
// product name in the header and amounts as euro() writes them (src/app/format.cpp): Basic Latin,
// "€" and ImGui's ellipsis are enough; no Latin-1 letters. Fewer glyphs: a faster start
// (docs/benchmarks.md).
const ImWchar* amount_ranges() {
    static const ImWchar ranges[] = {0x0020, 0x007E, 0x2026, 0x2026, 0x20AC, 0x20AC, 0};
    return ranges;
}

ImFont* add(const unsigned char* data, std::size_t size, float px, const ImWchar* ranges = glyph_ranges()) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static, compiled in
    // Every glyph on a whole pixel (the fonts are rasterised at the device's pixel size, see build()),
    // so one sample per pixel is as sharp as more: a third of the rasterising at start and a
    // smaller texture to upload (docs/benchmarks.md, round 4).
    cfg.PixelSnapH = true;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                      static_cast<int>(size), px, &cfg, ranges);
}

}  // namespace

Set build(float dpr) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    fonts.body = add(sw_font_regular, sw_font_regular_size, kBodyPx * dpr);
    fonts.bold = add(sw_font_bold, sw_font_bold_size, kBodyPx * dpr);
    fonts.heading = add(sw_font_bold, sw_font_bold_size, kHeadingPx * dpr);
    fonts.amount = add(sw_font_bold, sw_font_bold_size, kAmountPx * dpr, amount_ranges());
    atlas->Build();
    return fonts;
}

const Set& current() {
    return fonts;
}

bool has_glyph(unsigned codepoint) {
    return fonts.body && fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr;
}

}  // namespace sw::app::fonts
