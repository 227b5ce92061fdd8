// stapelwijzer keygen: a new signing key pair. The public key is minisign's .pub format; the
// secret key is minisign's unencrypted secret-key format (docs/signing.md), so `minisign -S` can
// sign with it too. Keep the secret key offline; only rules-data/dev-keys/ holds committed ones.
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "bundle/minisign.h"
#include "commands.h"

namespace {

const char* kUsage =
    "Usage: stapelwijzer keygen --public KEY.pub --secret KEY.key [--comment TEXT] [--force]\n"
    "Writes a new Ed25519 key pair: the public key in minisign's format, the secret key unencrypted\n"
    "(minisign's format, as `minisign -G -W`). Existing files are kept unless --force.\n";

bool exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

bool write_file(const std::string& path, const std::string& text, bool secret) {
    if (secret) {
        // Create with owner-only permissions before any secret byte is written.
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (!f) return false;
        ::chmod(path.c_str(), 0600);
        const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
        return std::fclose(f) == 0 && ok;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    return static_cast<bool>(out.flush());
}

}  // namespace

int sw::cli::cmd_keygen(const Args& args) {
    std::string pub, sec, comment;
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) return false;
            out = args[++i];
            return true;
        };
        if (a == "--help" || a == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == "--public" || a == "--secret" || a == "--comment") {
            if (!value(a == "--public" ? pub : a == "--secret" ? sec : comment)) {
                std::fprintf(stderr, "stapelwijzer keygen: %s needs a value\n%s", a.c_str(), kUsage);
                return 2;
            }
        } else if (a == "--force") {
            force = true;
        } else {
            std::fprintf(stderr, "stapelwijzer keygen: unknown argument '%s'\n%s", a.c_str(), kUsage);
            return 2;
        }
    }
    if (pub.empty() || sec.empty()) {
        std::fprintf(stderr, "stapelwijzer keygen: --public and --secret are required\n%s", kUsage);
        return 2;
    }
    if (pub == sec) {
        std::fputs("stapelwijzer keygen: --public and --secret must be different files\n", stderr);
        return 2;
    }
    for (const std::string& p : {pub, sec}) {
        if (!force && exists(p)) {
            std::fprintf(stderr, "stapelwijzer keygen: %s already exists (use --force to replace it)\n", p.c_str());
            return 2;
        }
    }
    const auto key = minisign::generate_secret_key();
    const std::string id = minisign::key_id_hex(key.id);
    if (comment.empty()) comment = "stapelwijzer secret key " + id + " (unencrypted: keep it offline)";
    const std::string bad = minisign::check_comment(comment, 19);
    if (!bad.empty()) {
        std::fprintf(stderr, "stapelwijzer keygen: --comment: %s\n", bad.c_str());
        return 2;
    }
    if (!write_file(sec, minisign::secret_key_file(key, comment), true)) {
        std::fprintf(stderr, "stapelwijzer keygen: cannot write %s\n", sec.c_str());
        return 2;
    }
    if (!write_file(pub, minisign::public_key_file(minisign::public_key_of(key)), false)) {
        std::fprintf(stderr, "stapelwijzer keygen: cannot write %s\n", pub.c_str());
        return 2;
    }
    std::printf("key id %s\npublic key: %s\n%s\nsecret key: %s\n", id.c_str(), pub.c_str(),
                minisign::public_key_line(minisign::public_key_of(key)).c_str(), sec.c_str());
    return 0;
}
