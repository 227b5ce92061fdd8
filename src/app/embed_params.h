// embed_params.h: what a fund or regional site asked for when it embedded the app (web/embed.html
// reads the iframe's URL once, checks it and hands it over as Module.swEmbed; web/index.html and
// the offline file set nothing, so `embedded` is false there). The app's owner calls this; the
// whole hook is:
//
//     const sw::app::embed::Params& p = sw::app::embed::params();   // once, in init()
//     if (p.lang == "en") set_language(Lang::En);                    // language preset
//     if (!p.sector.empty()) set_answer("person.sector", p.sector);  // sector preset, pre-filled
//     if (!p.province.empty()) set_answer("person.province", p.province);
//     // show schemes whose fragment == p.fund first; use p.primary / p.accent for the style;
//     sw::app::embed::report_content_height(css_px);                 // each frame, content height
//
// Colours are 0xRRGGBB. The logo and the alternative rules URL are handled by the page itself
// (web/embed-frame.js): the app never loads anything a URL names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace sw::app::embed {

struct Params {
    bool embedded = false;                 // opened through web/embed.html
    std::string lang;                      // "nl", "en" or "" (then the browser's language)
    std::string sector;                    // a sector code of the catalogue ("metaal-mkb"), or ""
    std::string fund;                      // a rules fragment ("oom") whose schemes come first, or ""
    std::string province;                  // two-letter code ("OV"), or ""
    std::string municipality;              // as typed on the host page ("Enschede"), or ""
    std::optional<std::uint32_t> primary;  // buttons, headings
    std::optional<std::uint32_t> accent;   // highlights
};

// Read once from the page, checked again here (the app never trusts its caller).
const Params& params();

// Tells the embedding page how tall the app's content is (CSS px) so the host can size the iframe
// without a scrollbar. Cheap to call every frame: only a change reaches the page.
void report_content_height(float css_px);

// Scrolls the page around the app so that this point of the app (CSS px from the canvas top) is
// at the top of the screen: embedded, the canvas is as tall as its content, so "see the result"
// must move the host page, not the app's own window.
void scroll_page_to(float css_y);

// The own payment line for the embed page's sticky HTML line (web/embed-frame.js keeps it in the
// visible part of the iframe). Only a change reaches the page.
void report_sticky_text(const std::string& text);

}  // namespace sw::app::embed
