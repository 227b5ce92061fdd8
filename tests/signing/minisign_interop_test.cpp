// Interoperability with the real minisign (Debian's minisign 0.11): its signatures verify here,
// ours pass `minisign -V`, and its unencrypted secret keys and ours are interchangeable.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bundle/minisign.h"

namespace ms = sw::minisign;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

// A temporary folder for one test, removed afterwards.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "sw-minisign-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

std::string read(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write(const std::string& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// Runs a shell command quietly; returns its exit status.
int run(const std::string& cmd) {
    const int rc = std::system((cmd + " >/dev/null 2>&1 </dev/null").c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

const std::string kMessage = "{ \"schemes\": [ { \"id\": \"oom-trainingstoelage\", \"amount\": 800 } ] }\n";

}  // namespace

TEST_CASE("the minisign tool is installed (scripts/setup.sh)") { REQUIRE(run("minisign -v") == 0); }

TEST_CASE("signatures made by minisign verify here") {
    TempDir d;
    REQUIRE(run("minisign -G -W -p " + (d / "k.pub") + " -s " + (d / "k.key")) == 0);
    write(d / "oom.json", kMessage);
    REQUIRE(run("minisign -S -s " + (d / "k.key") + " -m " + (d / "oom.json") + " -t 'trusted text'") == 0);
    std::string error;
    const auto pk = ms::parse_public_key(read(d / "k.pub"), error);
    REQUIRE(pk);
    const auto sig = ms::parse_signature(read(d / "oom.json.minisig"), error);
    INFO(error);
    REQUIRE(sig);
    CHECK(sig->algorithm == ms::Algorithm::Prehashed);
    CHECK(sig->trusted_comment == "trusted text");
    CHECK(ms::verify(*sig, *pk, kMessage, false, error));
    CHECK_FALSE(ms::verify(*sig, *pk, kMessage + " ", false, error));

    // minisign's unencrypted secret key signs here too, and minisign verifies the result.
    const auto sk = ms::parse_secret_key(read(d / "k.key"), error);
    INFO(error);
    REQUIRE(sk);
    CHECK(sk->id == pk->id);
    write(d / "ours.json", kMessage);
    write(d / "ours.json.minisig", ms::signature_file(ms::sign(*sk, kMessage, "file:ours.json", "from stapelwijzer")));
    CHECK(run("minisign -V -H -p " + (d / "k.pub") + " -m " + (d / "ours.json")) == 0);
}

TEST_CASE("legacy Ed signatures by minisign verify only where allowed") {
    TempDir d;
    REQUIRE(run("minisign -G -W -p " + (d / "k.pub") + " -s " + (d / "k.key")) == 0);
    write(d / "f.json", kMessage);
    REQUIRE(run("minisign -S -l -s " + (d / "k.key") + " -m " + (d / "f.json")) == 0);
    std::string error;
    const auto pk = ms::parse_public_key(read(d / "k.pub"), error);
    const auto sig = ms::parse_signature(read(d / "f.json.minisig"), error);
    REQUIRE(pk);
    REQUIRE(sig);
    CHECK(sig->algorithm == ms::Algorithm::Legacy);
    CHECK(ms::verify(*sig, *pk, kMessage, true, error));
    CHECK_FALSE(ms::verify(*sig, *pk, kMessage, false, error));
    CHECK_THAT(error, Contains("legacy algorithm"));
}

TEST_CASE("our keys and signatures are accepted by minisign -V") {
    TempDir d;
    const auto sk = ms::generate_secret_key();
    write(d / "k.pub", ms::public_key_file(ms::public_key_of(sk)));
    write(d / "k.key", ms::secret_key_file(sk, "test key"));
    write(d / "m.json", kMessage);
    write(d / "m.json.minisig", ms::signature_file(ms::sign(sk, kMessage, "file:m.json\tcatalogue:nl", "test")));
    CHECK(run("minisign -V -H -p " + (d / "k.pub") + " -m " + (d / "m.json")) == 0);
    CHECK(run("minisign -V -P " + ms::public_key_line(ms::public_key_of(sk)) + " -m " + (d / "m.json")) == 0);
    // A changed file is refused by minisign too (the test could fail).
    write(d / "m.json", kMessage + "x");
    CHECK(run("minisign -V -p " + (d / "k.pub") + " -m " + (d / "m.json")) != 0);
    // minisign signs with our secret-key file.
    write(d / "n.json", kMessage);
    REQUIRE(run("minisign -S -s " + (d / "k.key") + " -m " + (d / "n.json")) == 0);
    std::string error;
    const auto sig = ms::parse_signature(read(d / "n.json.minisig"), error);
    REQUIRE(sig);
    CHECK(ms::verify(*sig, ms::public_key_of(sk), kMessage, false, error));
}
