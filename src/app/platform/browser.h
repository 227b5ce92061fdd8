// browser.h: the few browser services the app uses, each a thin call into the page's JavaScript.
// Nothing here sends data anywhere: downloads, print and copy stay on this device.
#pragma once

#include <string>

namespace sw::app::browser {

void first_frame_drawn();                   // hides the HTML loading screen (web/boot.js)
void mark(const char* name);                // performance.mark(name), for bench/first-frame.mjs
void open_in_new_tab(const std::string& url);  // the provider's application page
void download(const std::string& filename, const std::string& mime, const std::string& content);
void print_html(const std::string& html);   // prints a document in a hidden frame
void copy_text(const std::string& text);    // navigator.clipboard
std::string today_iso();                    // the device's date, for the reference date
std::string preferred_language();           // "nl" or "en" from navigator.language
bool test_mode();                           // the page was opened with ?sw-test (test hook on)
void show_fatal(const std::string& nl, const std::string& en);  // HTML error screen

// "Onthoud op dit apparaat": localStorage, only when the user asked for it.
std::string storage_get(const std::string& key);
void storage_set(const std::string& key, const std::string& value);
void storage_clear();

}  // namespace sw::app::browser
