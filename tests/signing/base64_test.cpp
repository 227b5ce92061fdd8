// Strict base64: exactly the text minisign writes, nothing else.
#include <catch2/catch.hpp>

#include "bundle/base64.h"

using sw::b64::decode_exact;
using sw::b64::encode;

TEST_CASE("base64 round-trips every length, with padding") {
    std::string bytes;
    for (int n = 0; n < 70; ++n) {
        std::string error;
        const auto back = decode_exact(encode(bytes), bytes.size(), error);
        INFO(n << ": " << error);
        REQUIRE(back);
        CHECK(*back == bytes);
        bytes += static_cast<char>(n * 37);
    }
    CHECK(encode("Ed") == "RWQ=");
}

TEST_CASE("base64 refuses anything but the exact canonical text") {
    std::string error;
    CHECK_FALSE(decode_exact("RWQ", 2, error));  // padding missing
    CHECK_THAT(error, Catch::Contains("3 characters, expected 4"));
    CHECK_FALSE(decode_exact("RWQ=", 3, error));  // wrong length for the field
    CHECK_FALSE(decode_exact("RW*=", 2, error));  // outside the alphabet
    CHECK_THAT(error, Catch::Contains("invalid base64"));
    CHECK_FALSE(decode_exact("RWR=", 2, error));  // non-zero trailing bits ("Ed" is RWQ=)
    CHECK_FALSE(decode_exact("RW=Q", 2, error));  // padding in the middle
    CHECK_FALSE(decode_exact("RWQ ", 2, error));  // whitespace
    CHECK_FALSE(decode_exact("RWQ-", 2, error));  // URL-safe alphabet
    // Bytes >= 0x80: libsodium 1.0.18 alone would take "Q\xa8U3" for 3 bytes (found by fuzzing).
    CHECK_FALSE(decode_exact("Q\xa8U3", 3, error));
    CHECK_THAT(error, Catch::Contains("byte 2 is outside the alphabet"));
    for (int c = 0x80; c < 0x100; ++c) CHECK_FALSE(decode_exact(std::string("QU") + static_cast<char>(c) + "D", 3, error));
    CHECK_FALSE(decode_exact(std::string(1000000, 'A'), 2, error));  // long input: refused by length
    CHECK(decode_exact("RWQ=", 2, error) == std::optional<std::string>("Ed"));
}
