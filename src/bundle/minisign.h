// minisign-compatible keys and signatures (format: docs/signing.md, byte for byte as minisign 0.11
// writes them). Parsing is strict (exact line structure, strict base64, exact lengths, comments
// without control characters), and the algorithm and key id are checked before any cryptography.
// All cryptography is libsodium's: Ed25519 and BLAKE2b.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::minisign {

using KeyId = std::array<unsigned char, 8>;
using Ed25519Public = std::array<unsigned char, 32>;
using Ed25519Secret = std::array<unsigned char, 64>;  // libsodium's layout: seed || public key
using Ed25519Signature = std::array<unsigned char, 64>;

// minisign limits a comment line to 1024 bytes including its prefix; so do we.
constexpr std::size_t kMaxCommentBytes = 1024;

enum class Algorithm {
    Prehashed,  // "ED": Ed25519 over BLAKE2b-512 of the file (minisign's default since 0.8)
    Legacy,     // "Ed": Ed25519 over the file bytes themselves
};

struct PublicKey {
    KeyId id{};
    Ed25519Public key{};
};

struct SecretKey {
    KeyId id{};
    Ed25519Secret key{};
};

struct Signature {
    Algorithm algorithm = Algorithm::Prehashed;
    KeyId key_id{};
    Ed25519Signature signature{};
    std::string untrusted_comment;  // text after "untrusted comment: " (not covered by any signature)
    std::string trusted_comment;    // text after "trusted comment: " (covered by the global signature)
    Ed25519Signature global_signature{};
};

// The key id as minisign shows it: 16 upper-case hex digits of the little-endian 64-bit value.
std::string key_id_hex(const KeyId& id);

// A public key: the whole .pub file (comment line + key line) or the key line alone ("RWQ...").
std::optional<PublicKey> parse_public_key(std::string_view text, std::string& error);
std::string public_key_line(const PublicKey& key);  // "RWQ..." (base64 of "Ed" || id || key)
std::string public_key_file(const PublicKey& key);  // the two-line .pub file, as minisign -G writes

// One .minisig file: exactly four lines (a final newline is optional, nothing may follow it).
std::optional<Signature> parse_signature(std::string_view text, std::string& error);
// One or more four-line blocks in a row (a file signed by several keys, docs/signing.md).
std::optional<std::vector<Signature>> parse_signatures(std::string_view text, std::size_t max_blocks,
                                                       std::string& error);
std::string signature_file(const Signature& sig);  // the four-line text, each line ending in '\n'

// Checks the algorithm (`Ed` only if allow_legacy), the key id, the signature over `message` and
// the global signature over signature || trusted comment, in that order.
bool verify(const Signature& sig, const PublicKey& key, std::string_view message, bool allow_legacy,
            std::string& error);

// A fresh key pair (random key id, libsodium's randomness).
SecretKey generate_secret_key();
PublicKey public_key_of(const SecretKey& key);

// Signs with algorithm "ED". Comments must pass check_comment().
Signature sign(const SecretKey& key, std::string_view message, const std::string& trusted_comment,
               const std::string& untrusted_comment);

// Secret key files: minisign's unencrypted format (what `minisign -G -W` writes), so `minisign -S`
// can use our keys and we can use its keys. Encrypted minisign keys are refused with a hint.
std::string secret_key_file(const SecretKey& key, const std::string& untrusted_comment);
std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& error);

// A comment may hold any valid UTF-8 except control characters (tab allowed: minisign's trusted
// comments use it), at most kMaxCommentBytes with its prefix. Returns "" or the reason.
std::string check_comment(std::string_view comment, std::size_t prefix_len);

}  // namespace sw::minisign
