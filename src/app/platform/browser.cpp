#include "platform/browser.h"

#include <emscripten.h>

#include <cstdlib>

namespace {

EM_JS(void, js_first_frame, (), {
    if (Module.swFirstFrame) Module.swFirstFrame();
});

EM_JS(void, js_mark, (const char* name), {
    if (typeof performance !== 'undefined' && performance.mark) performance.mark(UTF8ToString(name));
});

EM_JS(void, js_open, (const char* url), {
    const u = UTF8ToString(url);
    // Only web addresses: a rules file cannot make the app run script.
    if (!u.startsWith("https:" + "//")) return;
    const w = window.open(u, "_blank", "noopener,noreferrer");
    if (w) w.opener = null;
});

// The bytes as they are (a copy of the wasm memory), not decoded and encoded again: TextDecoder
// drops a leading byte-order mark, which the employer's CSV needs (Excel reads it as UTF-8 then).
EM_JS(void, js_download, (const char* name, const char* mime, const char* content, int length), {
    const blob = new Blob([HEAPU8.slice(content, content + length)], {type : UTF8ToString(mime)});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(function() { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    Module.swLastDownload = {name : a.download, content : UTF8ToString(content)};
});

// The print frame is about:blank, so it inherits the page's Content-Security-Policy, which allows
// no inline <style> (scripts/serve.mjs; the offline file allows only its own styles by hash). So the
// summary's CSS is taken out of the markup and given to the frame as a constructed stylesheet:
// style-src does not govern CSSOM, so the print is styled under any policy without an exception.
// The download keeps its inline <style> (a file on its own has no policy).
EM_JS(void, js_print, (const char* html), {
    const full = UTF8ToString(html);
    let markup = full;
    let css = "";
    const open = full.indexOf("<style>");
    const close = full.indexOf("</style>");
    if (open >= 0 && close > open) {
        css = full.substring(open + 7, close);
        markup = full.substring(0, open) + full.substring(close + 8);
    }
    const old = document.getElementById("sw-print-frame");
    if (old) old.remove();
    const frame = document.createElement("iframe");
    frame.id = "sw-print-frame";
    frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
    frame.setAttribute("aria-hidden", "true");
    frame.setAttribute("tabindex", "-1");
    document.body.appendChild(frame);
    const doc = frame.contentDocument;
    doc.open();
    doc.write(markup);
    doc.close();
    try {
        const sheet = new frame.contentWindow.CSSStyleSheet();
        sheet.replaceSync(css);
        doc.adoptedStyleSheets = [sheet];
    } catch (e) {
    }
    Module.swLastPrint = full;
    setTimeout(function() {
        try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) {}
        setTimeout(function() { frame.remove(); }, 60000);
    }, 50);
});

EM_JS(void, js_copy, (const char* text), {
    const t = UTF8ToString(text);
    Module.swLastCopy = t;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
});

EM_JS(char*, js_today, (), {
    const d = new Date();
    const p = function(n) { return String(n).padStart(2, "0"); };
    return allocateUTF8(d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()));
});

EM_JS(char*, js_language, (), {
    const l = (navigator.language || "nl").toLowerCase();
    return allocateUTF8(l.startsWith("en") ? "en" : "nl");
});

EM_JS(int, js_test_mode, (), { return new URLSearchParams(location.search).has("sw-test") ? 1 : 0; });

EM_JS(void, js_fatal, (const char* nl, const char* en), {
    if (window.swShowError) window.swShowError(UTF8ToString(nl), UTF8ToString(en));
});

EM_JS(char*, js_storage_get, (const char* key), {
    let v = null;
    try { v = localStorage.getItem(UTF8ToString(key)); } catch (e) {}
    return allocateUTF8(v || "");
});

EM_JS(void, js_storage_set, (const char* key, const char* value), {
    try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(void, js_storage_clear, (), {
    try {
        Object.keys(localStorage).filter(function(k) { return k.startsWith("stapelwijzer."); })
            .forEach(function(k) { localStorage.removeItem(k); });
    } catch (e) {}
});

std::string take(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

}  // namespace

namespace sw::app::browser {

void first_frame_drawn() { js_first_frame(); }
void mark(const char* name) { js_mark(name); }
void open_in_new_tab(const std::string& url) { js_open(url.c_str()); }
void download(const std::string& filename, const std::string& mime, const std::string& content) {
    js_download(filename.c_str(), mime.c_str(), content.c_str(), static_cast<int>(content.size()));
}
void print_html(const std::string& html) { js_print(html.c_str()); }
void copy_text(const std::string& text) { js_copy(text.c_str()); }
std::string today_iso() { return take(js_today()); }
std::string preferred_language() { return take(js_language()); }
bool test_mode() { return js_test_mode() != 0; }
void show_fatal(const std::string& nl, const std::string& en) { js_fatal(nl.c_str(), en.c_str()); }
std::string storage_get(const std::string& key) { return take(js_storage_get(key.c_str())); }
void storage_set(const std::string& key, const std::string& value) { js_storage_set(key.c_str(), value.c_str()); }
void storage_clear() { js_storage_clear(); }

}  // namespace sw::app::browser
