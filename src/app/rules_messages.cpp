// rules_messages.cpp: see rules_messages.h. Each entry pairs the English sentence of
// src/rules/bundle_verify.cpp ("{}" = a part that varies) with the string table's text, whose "{}"
// take the same parts in the same order.
#include "rules_messages.h"

#include <emscripten.h>

#include <vector>

#include "session/planner.h"

namespace sw::app {
namespace {

struct Shape {
    const char* english;  // as src/rules/bundle_verify.cpp writes it
    S text;
};

// Longer, more specific shapes first: the first that matches is used.
const Shape kRefusals[] = {
    {"{}: {} bytes, manifest.json says {} (changed or swapped file)", S::RefuseSize},
    {"{}: {} hash differs from manifest.json (changed or swapped file)", S::RefuseHash},
    {"{}: listed in manifest.json but missing from the bundle", S::RefuseMissing},
    {"{}: not listed in manifest.json (extra file)", S::RefuseExtra},
    {"{}: {} is not delegated to a fund, so it may not carry a signature of its own (extra file)",
     S::RefuseExtraSignature},
    {"manifest.json: missing from the bundle", S::RefuseNoManifest},
    {session::kNoRules, S::RefuseNoRules},
    {"manifest.json.minisig: missing (the manifest must carry the root signatures)",
     S::RefuseNoManifestSignature},
    {"manifest.json: signed by {} trusted root key(s), {} needed{}", S::RefuseRootCount},
    {"manifest.json: these rules expired on {} (today is {})", S::RefuseExpired},
    {"manifest.json: these rules need Stapelwijzer {} or later; this is {}", S::RefuseAppTooOld},
    {"manifest.json: version {} is older than the oldest this app accepts ({}): a rolled-back bundle is "
     "refused",
     S::RefuseRolledBack},
    {"manifest.json: version {} is older than version {} already used on this device: a rolled-back bundle "
     "is refused",
     S::RefuseRolledBack},
    {"{}.minisig: missing; {} is delegated to fund {} and must carry its signature",
     S::RefuseNoFundSignature},
    {"{}: signed by key {}, which is not a key of fund {}", S::RefuseNotFundKey},
    {"{}: signed by {} key(s) of fund {}, {} needed", S::RefuseFundCount},
    {"{}: signed by {}, but {} is delegated to fund {}", S::RefuseWrongSigner},
    {"{}: appears twice in the bundle", S::RefuseTwice},
    {"{}: {} bytes, more than the limit of {} for this file", S::RefuseTooBig},
    {"the bundle is {} bytes, more than the limit of {}{}", S::RefuseBundleTooBig},
};

const Shape kReport[] = {
    {"manifest.json: catalogue {}, version {}, issued {}, expires {}, needs app {}+: ok", S::ReportManifest},
    {"manifest.json.minisig: signed by root key(s) {}: ok", S::ReportRootSignature},
    {"{}: {} bytes, {} ok, delegated to fund {}, signed by its key(s) {}", S::ReportFundFile},
    {"{}: {} bytes, {} ok, covered by the root signatures", S::ReportRootFile},
};

// Matches `text` against `shape`; each "{}" takes the shortest text up to the literal after it
// (the last one takes the rest).
bool match(const std::string& shape, const std::string& text, std::vector<std::string>& parts) {
    parts.clear();
    std::vector<std::string> literals;
    std::size_t from = 0;
    for (std::size_t at; (at = shape.find("{}", from)) != std::string::npos; from = at + 2)
        literals.push_back(shape.substr(from, at - from));
    literals.push_back(shape.substr(from));
    if (text.compare(0, literals[0].size(), literals[0]) != 0) return false;
    std::size_t pos = literals[0].size();
    for (std::size_t i = 1; i < literals.size(); ++i) {
        const std::string& lit = literals[i];
        const bool last = i + 1 == literals.size();
        std::size_t end;
        if (last) {
            if (text.size() < pos + lit.size() ||
                text.compare(text.size() - lit.size(), lit.size(), lit) != 0)
                return false;
            end = text.size() - lit.size();
        } else {
            end = text.find(lit, pos);
            if (end == std::string::npos) return false;
        }
        if (end < pos) return false;
        parts.push_back(text.substr(pos, end - pos));
        pos = end + lit.size();
    }
    return true;
}

std::string fill(S id, Lang lang, const std::vector<std::string>& parts) {
    std::string s = tr_in(id, lang);
    std::size_t pos = 0;
    for (const auto& part : parts) {
        pos = s.find("{}", pos);
        if (pos == std::string::npos) break;
        s.replace(pos, 2, part);
        pos += part.size();
    }
    return s;
}

template <std::size_t N>
bool translate(const Shape (&shapes)[N], const std::string& text, Lang lang, std::string& out) {
    std::vector<std::string> parts;
    for (const auto& shape : shapes) {
        if (!match(shape.english, text, parts)) continue;
        out = fill(shape.text, lang, parts);
        return true;
    }
    return false;
}

// "oom.json: …" -> "oom.json"; "" when the text names no file.
std::string file_named(const std::string& text) {
    const auto colon = text.find(": ");
    if (colon == std::string::npos) return {};
    const std::string name = text.substr(0, colon);
    return name.find(' ') == std::string::npos ? name : std::string();
}

}  // namespace

std::string refusal_text(const std::string& reason, Lang lang) {
    std::string out;
    if (translate(kRefusals, reason, lang, out)) return out;
    const std::string file = file_named(reason);
    return file.empty() ? tr_in(S::RefuseOther, lang) : fill(S::RefuseOtherFile, lang, {file});
}

std::string signer_text(const std::string& signer, Lang lang) {
    std::vector<std::string> parts;
    if (match("root key {}", signer, parts)) return fill(S::SignerRoot, lang, parts);
    if (match("fund {} key {}", signer, parts)) return fill(S::SignerFund, lang, parts);
    return signer;  // a key id alone
}

std::string report_line_text(const std::string& line, Lang lang) {
    std::string out;
    if (translate(kReport, line, lang, out)) return out;
    const std::string file = file_named(line);
    return file.empty() ? tr_in(S::ReportOther, lang) : fill(S::ReportOtherFile, lang, {file});
}

}  // namespace sw::app

// For the embed page's rules notice (web/embed-frame.js): the refusal of an alternative bundle in
// the page's language.
extern "C" EMSCRIPTEN_KEEPALIVE const char* sw_refusal_text(const char* reason, int english) {
    static std::string out;
    out = sw::app::refusal_text(reason ? reason : "", english ? sw::app::Lang::En : sw::app::Lang::Nl);
    return out.c_str();
}
