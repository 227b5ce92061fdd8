// Strict base64 (RFC 4648, standard alphabet, '=' padding) as minisign writes it. A thin layer over
// libsodium's codec, which already refuses stray characters, bad padding and non-zero trailing
// bits; this adds the exact-length check every minisign field needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sw::b64 {

std::string encode(std::string_view bytes);

// Decodes `text` (nothing else: no whitespace, no line breaks). On a decoding error or a length
// other than `expected_len` returns nullopt and sets `error` to the reason.
std::optional<std::string> decode_exact(std::string_view text, std::size_t expected_len, std::string& error);

}  // namespace sw::b64
