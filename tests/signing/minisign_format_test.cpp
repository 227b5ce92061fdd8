// minisign keys and signature files: strict parsing, sign/verify, and each refusal's message.
#include <catch2/catch.hpp>

#include "bundle_fixture.h"
#include "bundle/base64.h"
#include "bundle/minisign.h"

namespace ms = sw::minisign;
using Catch::Matchers::Contains;

namespace {

using fixture::lines_of;

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("key ids are shown as minisign shows them: hex of the little-endian value") {
    ms::KeyId id = {0x0a, 0x5b, 0x66, 0xd7, 0xea, 0x34, 0x5a, 0x61};
    CHECK(ms::key_id_hex(id) == "615A34EAD7665B0A");
}

TEST_CASE("public keys: the .pub file or its key line, strictly") {
    const auto sk = ms::generate_secret_key();
    const auto pk = ms::public_key_of(sk);
    const std::string file = ms::public_key_file(pk);
    CHECK_THAT(file, Contains("untrusted comment: minisign public key " + ms::key_id_hex(pk.id) + "\n"));
    std::string error;
    for (const std::string& text : {file, ms::public_key_line(pk), file.substr(0, file.size() - 1)}) {
        const auto parsed = ms::parse_public_key(text, error);
        REQUIRE(parsed);
        CHECK(parsed->id == pk.id);
        CHECK(parsed->key == pk.key);
    }
    CHECK_FALSE(ms::parse_public_key(file + "more\n", error));
    CHECK_THAT(error, Contains("found 3"));
    CHECK_FALSE(ms::parse_public_key("RWQ" + ms::public_key_line(pk).substr(3, 40), error));
    CHECK_THAT(error, Contains("public key: base64 text has"));
    std::string blob = "ED" + std::string(40, 'x');
    CHECK_FALSE(ms::parse_public_key(sw::b64::encode(blob), error));
    CHECK_THAT(error, Contains("unknown key algorithm"));
    CHECK_FALSE(ms::parse_public_key("", error));
    CHECK_THAT(error, Contains("empty"));
}

TEST_CASE("sign and verify: the file, the key, the trusted comment are all bound") {
    const auto sk = ms::generate_secret_key();
    const auto pk = ms::public_key_of(sk);
    const std::string message = "{\"amount\": 800}";
    const auto sig = ms::sign(sk, message, "file:oom.json", "signature from test");
    std::string error;
    CHECK(ms::verify(sig, pk, message, false, error));

    CHECK_FALSE(ms::verify(sig, pk, "{\"amount\": 900}", false, error));
    CHECK_THAT(error, Contains("does not match the signed file"));

    auto changed = sig;
    changed.trusted_comment = "file:other.json";
    CHECK_FALSE(ms::verify(changed, pk, message, false, error));
    CHECK_THAT(error, Contains("global signature") && Contains("does not match the trusted comment"));

    changed = sig;
    changed.untrusted_comment = "anything";  // not covered, by design of the format
    CHECK(ms::verify(changed, pk, message, false, error));

    const auto other = ms::public_key_of(ms::generate_secret_key());
    CHECK_FALSE(ms::verify(sig, other, message, false, error));
    CHECK_THAT(error, Contains("the signature was made by key " + ms::key_id_hex(pk.id)));

    // Same key id, different key: the cryptography refuses it.
    auto impostor = other;
    impostor.id = pk.id;
    CHECK_FALSE(ms::verify(sig, impostor, message, false, error));
    CHECK_THAT(error, Contains("does not match the signed file"));

    changed = sig;
    changed.algorithm = ms::Algorithm::Legacy;
    CHECK_FALSE(ms::verify(changed, pk, message, false, error));
    CHECK_THAT(error, Contains("legacy algorithm"));
    CHECK_FALSE(ms::verify(changed, pk, message, true, error));  // allowed, but made over the prehash
}

TEST_CASE("signature files round-trip and are parsed strictly") {
    const auto sk = ms::generate_secret_key();
    const auto sig = ms::sign(sk, "data", "timestamp:1\tfile:x.json\thashed", "signature from test");
    const std::string text = ms::signature_file(sig);
    std::string error;
    const auto back = ms::parse_signature(text, error);
    REQUIRE(back);
    CHECK(back->trusted_comment == "timestamp:1\tfile:x.json\thashed");
    CHECK(back->untrusted_comment == "signature from test");
    CHECK(back->signature == sig.signature);
    CHECK(back->global_signature == sig.global_signature);
    CHECK(ms::signature_file(*back) == text);
    CHECK(ms::parse_signature(text.substr(0, text.size() - 1), error));  // final newline optional

    auto lines = lines_of(text);
    struct Case {
        std::string text;
        const char* message;
    };
    auto with = [&](std::size_t i, const std::string& line) {
        auto l = lines;
        l[i] = line;
        return join_lines(l);
    };
    const Case cases[] = {
        {"", "the file is empty"},
        {text + "\n", "line 5 is empty"},
        {text + text, "exactly 4 lines, found 8"},
        {with(0, "comment: x"), "line 1 must start with \"untrusted comment: \""},
        {with(2, "trusted: x"), "line 3 must start with \"trusted comment: \""},
        {with(1, lines[1].substr(0, 99)), "line 2 (signature): base64 text has 99 characters, expected 100"},
        {with(3, lines[3] + "A"), "line 4 (global signature): base64 text has 89 characters"},
        {with(1, "!" + lines[1].substr(1)), "line 2 (signature): invalid base64"},
        {with(0, "untrusted comment: a\x7f"), "control character U+007F"},
        {with(0, "untrusted comment: \xff"), "not valid UTF-8"},
        {with(0, "untrusted comment: \xed\xa0\x80"), "not valid UTF-8"},  // a UTF-16 surrogate
        {with(0, "untrusted comment: \xc0\xaf"), "not valid UTF-8"},      // overlong
        {with(0, "untrusted comment: " + std::string(1006, 'a')), "longer than 1024 bytes"},
        {with(2, std::string("trusted comment: a\0b", 20)), "control character U+0000"},
    };
    for (const auto& c : cases) {
        INFO(c.message);
        CHECK_FALSE(ms::parse_signature(c.text, error));
        CHECK_THAT(error, Contains(c.message));
    }
    CHECK(
        ms::parse_signature(with(0, "untrusted comment: " + std::string(1005, 'a')), error));  // exactly 1024
    CHECK(ms::parse_signature(with(0, "untrusted comment: \xe2\x82\xac \xc3\xa9"), error));  // "€ é" is fine
}

TEST_CASE("several signature blocks in one file") {
    const auto a = ms::generate_secret_key();
    const auto b = ms::generate_secret_key();
    const std::string two =
        ms::signature_file(ms::sign(a, "m", "t", "u")) + ms::signature_file(ms::sign(b, "m", "t", "u"));
    std::string error;
    const auto sigs = ms::parse_signatures(two, 8, error);
    REQUIRE(sigs);
    REQUIRE(sigs->size() == 2);
    CHECK(sigs->at(1).key_id == b.id);
    CHECK_FALSE(ms::parse_signatures(two, 1, error));
    CHECK_THAT(error, Contains("more than 1 signatures"));
    CHECK_FALSE(ms::parse_signature(two, error));
}

TEST_CASE("secret key files: minisign's unencrypted format, damage detected") {
    const auto sk = ms::generate_secret_key();
    const std::string text = ms::secret_key_file(sk, "test key");
    std::string error;
    const auto back = ms::parse_secret_key(text, error);
    REQUIRE(back);
    CHECK(back->id == sk.id);
    CHECK(back->key == sk.key);

    auto lines = lines_of(text);
    std::string blob = *sw::b64::decode_exact(lines[1], 158, error);
    auto with_blob = [&](std::string b) { return lines[0] + "\n" + sw::b64::encode(b) + "\n"; };
    std::string damaged = blob;
    damaged[70] ^= 1;  // inside the secret key
    CHECK_FALSE(ms::parse_secret_key(with_blob(damaged), error));
    CHECK_THAT(error, Contains("checksum mismatch"));
    std::string encrypted = blob;
    encrypted[2] = 'S';
    encrypted[3] = 'c';
    CHECK_FALSE(ms::parse_secret_key(with_blob(encrypted), error));
    CHECK_THAT(error, Contains("encrypted with a password"));
    // minisign -G -W leaves the checksum zero: accepted, and the seed still has to match.
    std::string zero_chk = blob;
    std::fill(zero_chk.begin() + 126, zero_chk.end(), '\0');
    CHECK(ms::parse_secret_key(with_blob(zero_chk), error));
    zero_chk[100] ^= 1;  // inside the public half of the secret key
    CHECK_FALSE(ms::parse_secret_key(with_blob(zero_chk), error));
    CHECK_FALSE(ms::parse_secret_key(lines[1], error));
    CHECK_THAT(error, Contains("2 lines, found 1"));
}

TEST_CASE("signing refuses comments that would not parse back") {
    const auto sk = ms::generate_secret_key();
    CHECK_THROWS_WITH(ms::sign(sk, "m", "a\nb", "u"), Contains("control character U+000A"));
    CHECK_THROWS_WITH(ms::sign(sk, "m", "t", std::string(2000, 'u')), Contains("longer than"));
}
