// json_parse_fast.cpp: a small recursive-descent JSON parser for the text that rules fragments and
// cases are made of. nlohmann's lexer copies every character into a buffer and every string into
// a std::string; this one takes strings and numbers as views into the document's own copy of the
// text. It accepts only what nlohmann accepts and builds exactly the tree nlohmann's events build
// (same strings, same number literals and doubles); on anything else it gives up (no message),
// and parse() hands the text to nlohmann, which words the error. It gives up on more than errors:
// \u escapes, a byte-order mark and a locale whose decimal point is not '.' are left to nlohmann
// too, as rare and not worth a second implementation.
#include <array>
#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "json_tree_builder.h"

namespace sw::json {

namespace {

// The length of the well-formed UTF-8 sequence (2 to 4 bytes) that starts at `p` with a byte of
// 0x80 or more, or 0. The ranges are RFC 3629's, as nlohmann's lexer checks them.
std::size_t utf8_sequence(const char* p, const char* end) {
    const auto in = [&](std::size_t i, unsigned lo, unsigned hi) {
        if (end - p <= static_cast<std::ptrdiff_t>(i)) return false;
        const unsigned byte = static_cast<unsigned char>(p[i]);
        return byte >= lo && byte <= hi;
    };
    const unsigned c = static_cast<unsigned char>(p[0]);
    if (c >= 0xC2 && c <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

// The text nlohmann gives a negative integer: its value written out, which is the literal itself
// except for "-0".
std::string_view integer_text(long long n, std::string_view literal) {
    return n == 0 ? std::string_view("0") : literal;
}

// The bytes a string can contain as they are: printable ASCII but the quote and the backslash.
constexpr auto kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
}();

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

class FastParser {
public:
    FastParser(std::string_view text, TreeBuilder& b)
        : p_(text.data()), end_(text.data() + text.size()), b_(b) {}

    bool document() {
        if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) return false;  // maybe a byte-order mark
        skip_whitespace();
        if (!value()) return false;
        skip_whitespace();
        return p_ == end_;
    }

private:
    bool at(char c) const { return p_ != end_ && *p_ == c; }
    void skip_whitespace() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool value() {
        if (p_ == end_) return false;
        switch (*p_) {
            case '{':
                return object();
            case '[':
                return array();
            case '"': {
                std::string_view s;
                return string(s) && b_.string(s);
            }
            case 't':
                return word("true") && b_.boolean(true);
            case 'f':
                return word("false") && b_.boolean(false);
            case 'n':
                return word("null") && b_.null();
            default:
                return number();
        }
    }

    // An object or an array: `item` reads one member or element, commas between them. Nesting is
    // bounded by the builder, which refuses to open container kMaxDepth + 1.
    template <typename Item>
    bool container(Value::Kind kind, char close, Item item) {
        ++p_;
        if (!b_.open(kind)) return false;
        skip_whitespace();
        if (at(close)) {
            ++p_;
            return b_.close();
        }
        while (true) {
            if (!item()) return false;
            skip_whitespace();
            if (at(close)) {
                ++p_;
                return b_.close();
            }
            if (!at(',')) return false;
            ++p_;
            skip_whitespace();
        }
    }

    bool object() {
        return container(Value::Kind::Object, '}', [this] {
            std::string_view key;
            if (!at('"') || !string(key) || !b_.key(key)) return false;
            skip_whitespace();
            if (!at(':')) return false;
            ++p_;
            skip_whitespace();
            return value();
        });
    }

    bool array() {
        return container(Value::Kind::Array, ']', [this] { return value(); });
    }

    bool word(std::string_view w) {
        if (static_cast<std::size_t>(end_ - p_) < w.size() || std::memcmp(p_, w.data(), w.size()) != 0)
            return false;
        p_ += w.size();
        return true;
    }

    // A string without escapes is a view into the text; one with escapes is decoded into the arena.
    bool string(std::string_view& out) {
        const char* start = ++p_;
        while (p_ != end_) {
            while (p_ != end_ && kPlain[static_cast<unsigned char>(*p_)]) ++p_;
            if (p_ == end_) break;
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out = std::string_view(start, static_cast<std::size_t>(p_ - start));
                ++p_;
                return true;
            }
            if (c == '\\') return escaped_string(start, out);
            if (c < 0x20) return false;
            const std::size_t n = utf8_sequence(p_, end_);
            if (n == 0) return false;
            p_ += n;
        }
        return false;
    }

    bool escaped_string(const char* start, std::string_view& out) {
        decoded_.assign(start, p_);
        while (p_ != end_) {
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                out = b_.arena().copy(decoded_);
                return true;
            }
            if (c == '\\') {
                if (++p_ == end_) return false;
                switch (*p_) {
                    case '"':
                        decoded_ += '"';
                        break;
                    case '\\':
                        decoded_ += '\\';
                        break;
                    case '/':
                        decoded_ += '/';
                        break;
                    case 'b':
                        decoded_ += '\b';
                        break;
                    case 'f':
                        decoded_ += '\f';
                        break;
                    case 'n':
                        decoded_ += '\n';
                        break;
                    case 'r':
                        decoded_ += '\r';
                        break;
                    case 't':
                        decoded_ += '\t';
                        break;
                    default:
                        return false;  // \u (surrogate pairs and all) and bad escapes: nlohmann's
                }
                ++p_;
                continue;
            }
            if (c < 0x20) return false;
            const std::size_t n = c < 0x80 ? 1 : utf8_sequence(p_, end_);
            if (n == 0) return false;
            decoded_.append(p_, n);
            p_ += n;
        }
        return false;
    }

    // JSON's number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    // As nlohmann: a number without fraction or exponent that fits a 64-bit integer is that integer
    // (its text written back from the value, so "-0" becomes "0"); any other is the double strtod
    // reads, with the literal as written, and one that overflows a double is an error.
    bool number() {
        const char* start = p_;
        bool integer = true;
        if (at('-')) ++p_;
        if (at('0')) {
            ++p_;
        } else if (p_ != end_ && *p_ >= '1' && *p_ <= '9') {
            while (p_ != end_ && is_digit(*p_)) ++p_;
        } else {
            return false;
        }
        if (at('.')) {
            integer = false;
            ++p_;
            if (p_ == end_ || !is_digit(*p_)) return false;
            while (p_ != end_ && is_digit(*p_)) ++p_;
        }
        if (at('e') || at('E')) {
            integer = false;
            ++p_;
            if (at('+') || at('-')) ++p_;
            if (p_ == end_ || !is_digit(*p_)) return false;
            while (p_ != end_ && is_digit(*p_)) ++p_;
        }
        const std::string_view literal(start, static_cast<std::size_t>(p_ - start));
        // strtod and friends need a terminated copy; a longer literal is left to nlohmann.
        char buffer[64];
        if (literal.size() >= sizeof buffer) return false;
        std::memcpy(buffer, literal.data(), literal.size());
        buffer[literal.size()] = '\0';
        char* stop = nullptr;
        if (integer) {
            errno = 0;
            if (literal[0] == '-') {
                const long long n = std::strtoll(buffer, &stop, 10);
                if (errno == 0) return b_.number(static_cast<double>(n), integer_text(n, literal));
            } else {
                const unsigned long long n = std::strtoull(buffer, &stop, 10);
                if (errno == 0) return b_.number(static_cast<double>(n), literal);
            }
        }
        const double d = std::strtod(buffer, &stop);
        if (!std::isfinite(d)) return false;
        return b_.number(d, literal);
    }

    const char* p_;
    const char* end_;
    TreeBuilder& b_;
    std::string decoded_;  // an escaped string being decoded (reused)
};

}  // namespace

bool parse_fast(std::string_view text, TreeBuilder& b) {
    // strtod reads the current locale's decimal point, and nlohmann's lexer writes it into its
    // literals; this parser keeps the text's '.'. They agree only while the locale's point is '.'.
    const std::lconv* locale = std::localeconv();
    if (!locale || !locale->decimal_point || std::strcmp(locale->decimal_point, ".") != 0) return false;
    return FastParser(text, b).document();
}

}  // namespace sw::json
