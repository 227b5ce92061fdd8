// Strict base64 via libsodium (see base64.h).
#include "base64.h"

#include <sodium.h>

#include <vector>

namespace sw::b64 {

std::string encode(std::string_view bytes) {
    const std::size_t cap = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(cap, '\0');
    sodium_bin2base64(out.data(), cap, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(cap - 1);  // drop the terminating NUL libsodium writes
    return out;
}

std::optional<std::string> decode_exact(std::string_view text, std::size_t expected_len, std::string& error) {
    // The exact encoded length is known in advance: checking it first keeps huge inputs cheap.
    const std::size_t want = sodium_base64_encoded_len(expected_len, sodium_base64_VARIANT_ORIGINAL) - 1;
    if (text.size() != want) {
        error = "base64 text has " + std::to_string(text.size()) + " characters, expected " + std::to_string(want) +
                " (" + std::to_string(expected_len) + " bytes)";
        return std::nullopt;
    }
    // libsodium 1.0.18 (Debian bookworm) decodes some bytes >= 0x80 as if they were letters
    // (found by fuzz/fuzz_minisign.cpp): check the alphabet here first.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                        c == '/' || c == '=';
        if (!ok) {
            error = "invalid base64 (byte " + std::to_string(i + 1) + " is outside the alphabet)";
            return std::nullopt;
        }
    }
    std::vector<unsigned char> buf(expected_len + 1);
    std::size_t len = 0;
    const char* end = nullptr;
    // ignore = nullptr: no character is skipped; b64_end = &end, checked below, so trailing bytes
    // after the padding are reported rather than silently dropped.
    if (sodium_base642bin(buf.data(), buf.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        error = "invalid base64 (a character outside the alphabet, bad padding or non-zero trailing bits)";
        return std::nullopt;
    }
    if (len != expected_len) {
        error = "base64 decodes to " + std::to_string(len) + " bytes, expected " + std::to_string(expected_len);
        return std::nullopt;
    }
    return std::string(reinterpret_cast<const char*>(buf.data()), len);
}

}  // namespace sw::b64
