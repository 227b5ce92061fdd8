// libFuzzer target: the minisign parsers (signature files with one or more blocks, public keys,
// secret keys) and verification of whatever parses. Must never crash, leak or hang; a parsed
// signature must write back to the exact text it came from.
#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "bundle/minisign.h"

namespace ms = sw::minisign;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::string error;
    if (auto sigs = ms::parse_signatures(text, 8, error)) {
        // A fixed key: verification of arbitrary parsed signatures must fail cleanly.
        static const ms::PublicKey key = [] {
            ms::PublicKey k;
            unsigned char seed[32] = {1};
            unsigned char sk[64];
            crypto_sign_seed_keypair(k.key.data(), sk, seed);
            return k;
        }();
        std::string rebuilt;
        for (const auto& s : *sigs) {
            ms::PublicKey k = key;
            k.id = s.key_id;  // get past the key id check into the cryptography
            (void)ms::verify(s, k, text, true, error);
            rebuilt += ms::signature_file(s);
        }
        // Strict parsing: the only accepted texts are the canonical ones (final newline optional).
        if (rebuilt != text && rebuilt != text + "\n") std::abort();
    }
    (void)ms::parse_signature(text, error);
    if (auto pk = ms::parse_public_key(text, error)) {
        const std::string line = ms::public_key_line(*pk);
        if (text.find(line) == std::string::npos) std::abort();
    }
    (void)ms::parse_secret_key(text, error);
    return 0;
}
