// minisign keys and signatures over libsodium (see minisign.h and docs/signing.md).
#include "minisign.h"

#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "base64.h"

namespace sw::minisign {
namespace {

constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";
constexpr std::size_t kPublicKeyBlob = 2 + 8 + 32;  // "Ed" || key id || Ed25519 public key
constexpr std::size_t kSignatureBlob = 2 + 8 + 64;  // algorithm || key id || signature
// minisign's secret key: sig alg, kdf alg, checksum alg, kdf salt, opslimit, memlimit, key id,
// Ed25519 secret key, BLAKE2b-256 checksum of (sig alg || key id || secret key).
constexpr std::size_t kSecretKeyBlob = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;

void init_sodium() {
    // Idempotent; fails only if the platform has no randomness source (docs/toolchain.md, trap 8).
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

// Splits text into lines. A final '\n' is optional; '\r', empty lines and a missing line are errors.
bool split_lines(std::string_view text, std::vector<std::string_view>& lines, std::string& error) {
    if (text.empty()) {
        error = "the file is empty";
        return false;
    }
    if (text.find('\r') != std::string_view::npos) {
        error = "contains a carriage return: lines must end in \\n only";
        return false;
    }
    if (text.back() == '\n') text.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = text.find('\n', start);
        const std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (line.empty()) {
            error = "line " + std::to_string(lines.size() + 1) + " is empty";
            return false;
        }
        lines.push_back(line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return true;
}

bool take_comment(std::string_view line, std::string_view prefix, int line_no, std::string& out, std::string& error) {
    if (line.substr(0, prefix.size()) != prefix) {
        error = "line " + std::to_string(line_no) + " must start with \"" + std::string(prefix) + "\"";
        return false;
    }
    const std::string bad = check_comment(line.substr(prefix.size()), prefix.size());
    if (!bad.empty()) {
        error = "line " + std::to_string(line_no) + " (" + std::string(prefix.substr(0, prefix.size() - 2)) + "): " + bad;
        return false;
    }
    out = std::string(line.substr(prefix.size()));
    return true;
}

std::optional<Signature> parse_block(const std::vector<std::string_view>& lines, std::size_t first, std::string& error) {
    Signature sig;
    const int n = static_cast<int>(first);
    if (!take_comment(lines[first], kUntrustedPrefix, n + 1, sig.untrusted_comment, error)) return std::nullopt;
    std::string why;
    auto blob = b64::decode_exact(lines[first + 1], kSignatureBlob, why);
    if (!blob) {
        error = "line " + std::to_string(n + 2) + " (signature): " + why;
        return std::nullopt;
    }
    if (blob->compare(0, 2, "ED") == 0) {
        sig.algorithm = Algorithm::Prehashed;
    } else if (blob->compare(0, 2, "Ed") == 0) {
        sig.algorithm = Algorithm::Legacy;
    } else {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02X %02X", static_cast<unsigned char>((*blob)[0]),
                      static_cast<unsigned char>((*blob)[1]));
        error = "line " + std::to_string(n + 2) + " (signature): unknown signature algorithm (bytes " + hex +
                "; expected \"ED\")";
        return std::nullopt;
    }
    std::memcpy(sig.key_id.data(), blob->data() + 2, 8);
    std::memcpy(sig.signature.data(), blob->data() + 10, 64);
    if (!take_comment(lines[first + 2], kTrustedPrefix, n + 3, sig.trusted_comment, error)) return std::nullopt;
    auto global = b64::decode_exact(lines[first + 3], 64, why);
    if (!global) {
        error = "line " + std::to_string(n + 4) + " (global signature): " + why;
        return std::nullopt;
    }
    std::memcpy(sig.global_signature.data(), global->data(), 64);
    return sig;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if it is not valid (overlong,
// surrogate, beyond U+10FFFF, truncated).
std::size_t utf8_length(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    std::size_t len = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool equal_ids(const KeyId& a, const KeyId& b) { return std::memcmp(a.data(), b.data(), a.size()) == 0; }

}  // namespace

std::string check_comment(std::string_view comment, std::size_t prefix_len) {
    if (comment.size() + prefix_len > kMaxCommentBytes) {
        return "comment is longer than " + std::to_string(kMaxCommentBytes) + " bytes";
    }
    for (std::size_t i = 0; i < comment.size();) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_length(comment, i, cp);
        if (len == 0) return "comment is not valid UTF-8 (byte " + std::to_string(i + 1) + ")";
        if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
            return std::string("comment contains the control character ") + hex + " (byte " + std::to_string(i + 1) + ")";
        }
        i += len;
    }
    return "";
}

std::string key_id_hex(const KeyId& id) {
    std::string out;
    char hex[3];
    for (std::size_t i = id.size(); i-- > 0;) {
        std::snprintf(hex, sizeof hex, "%02X", id[i]);
        out += hex;
    }
    return out;
}

std::optional<PublicKey> parse_public_key(std::string_view text, std::string& error) {
    std::vector<std::string_view> lines;
    if (!split_lines(text, lines, error)) return std::nullopt;
    std::string_view key_line;
    if (lines.size() == 1) {
        key_line = lines[0];
    } else if (lines.size() == 2) {
        std::string comment;
        if (!take_comment(lines[0], kUntrustedPrefix, 1, comment, error)) return std::nullopt;
        key_line = lines[1];
    } else {
        error = "a public key is one line (or a comment line and the key line), found " + std::to_string(lines.size());
        return std::nullopt;
    }
    std::string why;
    auto blob = b64::decode_exact(key_line, kPublicKeyBlob, why);
    if (!blob) {
        error = "public key: " + why;
        return std::nullopt;
    }
    if (blob->compare(0, 2, "Ed") != 0) {
        error = "public key: unknown key algorithm (expected \"Ed\")";
        return std::nullopt;
    }
    PublicKey key;
    std::memcpy(key.id.data(), blob->data() + 2, 8);
    std::memcpy(key.key.data(), blob->data() + 10, 32);
    return key;
}

std::string public_key_line(const PublicKey& key) {
    std::string blob = "Ed";
    blob.append(reinterpret_cast<const char*>(key.id.data()), key.id.size());
    blob.append(reinterpret_cast<const char*>(key.key.data()), key.key.size());
    return b64::encode(blob);
}

std::string public_key_file(const PublicKey& key) {
    return std::string(kUntrustedPrefix) + "minisign public key " + key_id_hex(key.id) + "\n" + public_key_line(key) + "\n";
}

std::optional<Signature> parse_signature(std::string_view text, std::string& error) {
    std::vector<std::string_view> lines;
    if (!split_lines(text, lines, error)) return std::nullopt;
    if (lines.size() != 4) {
        error = "a signature file has exactly 4 lines, found " + std::to_string(lines.size());
        return std::nullopt;
    }
    return parse_block(lines, 0, error);
}

std::optional<std::vector<Signature>> parse_signatures(std::string_view text, std::size_t max_blocks, std::string& error) {
    std::vector<std::string_view> lines;
    if (!split_lines(text, lines, error)) return std::nullopt;
    if (lines.size() % 4 != 0) {
        error = "a signature file is made of 4-line blocks, found " + std::to_string(lines.size()) + " lines";
        return std::nullopt;
    }
    if (lines.size() / 4 > max_blocks) {
        error = "more than " + std::to_string(max_blocks) + " signatures";
        return std::nullopt;
    }
    std::vector<Signature> out;
    for (std::size_t i = 0; i < lines.size(); i += 4) {
        auto sig = parse_block(lines, i, error);
        if (!sig) return std::nullopt;
        out.push_back(std::move(*sig));
    }
    return out;
}

std::string signature_file(const Signature& sig) {
    std::string blob = sig.algorithm == Algorithm::Prehashed ? "ED" : "Ed";
    blob.append(reinterpret_cast<const char*>(sig.key_id.data()), sig.key_id.size());
    blob.append(reinterpret_cast<const char*>(sig.signature.data()), sig.signature.size());
    const std::string global(reinterpret_cast<const char*>(sig.global_signature.data()), sig.global_signature.size());
    return std::string(kUntrustedPrefix) + sig.untrusted_comment + "\n" + b64::encode(blob) + "\n" +
           std::string(kTrustedPrefix) + sig.trusted_comment + "\n" + b64::encode(global) + "\n";
}

bool verify(const Signature& sig, const PublicKey& key, std::string_view message, bool allow_legacy, std::string& error) {
    init_sodium();
    // Cheap, non-cryptographic checks first: the algorithm and the key id.
    if (sig.algorithm == Algorithm::Legacy && !allow_legacy) {
        error = "the signature uses minisign's legacy algorithm \"Ed\" (no prehash); only \"ED\" is accepted here";
        return false;
    }
    if (!equal_ids(sig.key_id, key.id)) {
        error = "the signature was made by key " + key_id_hex(sig.key_id) + ", not by key " + key_id_hex(key.id);
        return false;
    }
    int bad = 0;
    if (sig.algorithm == Algorithm::Prehashed) {
        unsigned char digest[crypto_generichash_BYTES_MAX];  // BLAKE2b-512, unkeyed
        crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                           nullptr, 0);
        bad = crypto_sign_verify_detached(sig.signature.data(), digest, sizeof digest, key.key.data());
    } else {
        bad = crypto_sign_verify_detached(sig.signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                          message.size(), key.key.data());
    }
    if (bad != 0) {
        error = "the signature by key " + key_id_hex(key.id) + " does not match the signed file";
        return false;
    }
    std::string signed_comment(reinterpret_cast<const char*>(sig.signature.data()), sig.signature.size());
    signed_comment += sig.trusted_comment;
    if (crypto_sign_verify_detached(sig.global_signature.data(), reinterpret_cast<const unsigned char*>(signed_comment.data()),
                                    signed_comment.size(), key.key.data()) != 0) {
        error = "the global signature by key " + key_id_hex(key.id) + " does not match the trusted comment";
        return false;
    }
    return true;
}

SecretKey generate_secret_key() {
    init_sodium();
    SecretKey sk;
    Ed25519Public pk{};
    crypto_sign_keypair(pk.data(), sk.key.data());
    randombytes_buf(sk.id.data(), sk.id.size());
    return sk;
}

PublicKey public_key_of(const SecretKey& key) {
    PublicKey pk;
    pk.id = key.id;
    crypto_sign_ed25519_sk_to_pk(pk.key.data(), key.key.data());
    return pk;
}

Signature sign(const SecretKey& key, std::string_view message, const std::string& trusted_comment,
               const std::string& untrusted_comment) {
    init_sodium();
    for (const auto& [text, prefix] : {std::pair{&trusted_comment, kTrustedPrefix}, std::pair{&untrusted_comment, kUntrustedPrefix}}) {
        const std::string bad = check_comment(*text, prefix.size());
        if (!bad.empty()) throw std::invalid_argument(std::string(prefix) + bad);
    }
    Signature sig;
    sig.algorithm = Algorithm::Prehashed;
    sig.key_id = key.id;
    sig.trusted_comment = trusted_comment;
    sig.untrusted_comment = untrusted_comment;
    unsigned char digest[crypto_generichash_BYTES_MAX];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(message.data()), message.size(), nullptr, 0);
    crypto_sign_detached(sig.signature.data(), nullptr, digest, sizeof digest, key.key.data());
    std::string signed_comment(reinterpret_cast<const char*>(sig.signature.data()), sig.signature.size());
    signed_comment += trusted_comment;
    crypto_sign_detached(sig.global_signature.data(), nullptr, reinterpret_cast<const unsigned char*>(signed_comment.data()),
                         signed_comment.size(), key.key.data());
    return sig;
}

namespace {
void secret_key_checksum(const SecretKey& key, unsigned char out[32]) {
    std::string input = "Ed";
    input.append(reinterpret_cast<const char*>(key.id.data()), key.id.size());
    input.append(reinterpret_cast<const char*>(key.key.data()), key.key.size());
    crypto_generichash(out, 32, reinterpret_cast<const unsigned char*>(input.data()), input.size(), nullptr, 0);
}
}  // namespace

std::string secret_key_file(const SecretKey& key, const std::string& untrusted_comment) {
    init_sodium();
    std::string blob;
    blob += "Ed";                  // signature algorithm
    blob.append(2, '\0');          // kdf algorithm: none (unencrypted, as `minisign -G -W`)
    blob += "B2";                  // checksum algorithm: BLAKE2b-256
    blob.append(32 + 8 + 8, '\0'); // kdf salt, opslimit, memlimit: unused without a kdf
    blob.append(reinterpret_cast<const char*>(key.id.data()), key.id.size());
    blob.append(reinterpret_cast<const char*>(key.key.data()), key.key.size());
    unsigned char chk[32];
    secret_key_checksum(key, chk);
    blob.append(reinterpret_cast<const char*>(chk), sizeof chk);
    return std::string(kUntrustedPrefix) + untrusted_comment + "\n" + b64::encode(blob) + "\n";
}

std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& error) {
    init_sodium();
    std::vector<std::string_view> lines;
    if (!split_lines(text, lines, error)) return std::nullopt;
    if (lines.size() != 2) {
        error = "a secret key file has 2 lines, found " + std::to_string(lines.size());
        return std::nullopt;
    }
    std::string comment;
    if (!take_comment(lines[0], kUntrustedPrefix, 1, comment, error)) return std::nullopt;
    std::string why;
    auto blob = b64::decode_exact(lines[1], kSecretKeyBlob, why);
    if (!blob) {
        error = "secret key: " + why;
        return std::nullopt;
    }
    if (blob->compare(0, 2, "Ed") != 0 || blob->compare(4, 2, "B2") != 0) {
        error = "secret key: unknown algorithm (expected \"Ed\" with a \"B2\" checksum)";
        return std::nullopt;
    }
    if (blob->compare(2, 2, std::string(2, '\0')) != 0) {
        error = "secret key is encrypted with a password; remove it with `minisign -C -s FILE -W` or create keys with "
                "`stapelwijzer keygen`";
        return std::nullopt;
    }
    SecretKey key;
    std::memcpy(key.id.data(), blob->data() + 54, 8);
    std::memcpy(key.key.data(), blob->data() + 62, 64);
    // minisign 0.11 leaves the checksum of an unencrypted key all zero (it only checks it after
    // decrypting); we write the real one. Either is accepted, anything else means damage. The
    // stronger check follows: the stored public half must be the one the seed derives.
    unsigned char chk[32];
    secret_key_checksum(key, chk);
    const bool zero_chk = sodium_is_zero(reinterpret_cast<const unsigned char*>(blob->data()) + 126, 32) == 1;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, key.key.data());  // the seed is the first 32 bytes
    const bool pk_ok = sodium_memcmp(pk, key.key.data() + 32, sizeof pk) == 0;
    sodium_memzero(sk, sizeof sk);
    if ((!zero_chk && sodium_memcmp(chk, blob->data() + 126, 32) != 0) || !pk_ok) {
        sodium_memzero(&key, sizeof key);
        error = "secret key: checksum mismatch (the file is damaged)";
        return std::nullopt;
    }
    return key;
}

}  // namespace sw::minisign
