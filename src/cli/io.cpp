// io.cpp: see io.h.
#include "io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace sw::cli {

bool read_all(const std::string& path, std::string& out, std::string& error, std::uint64_t max_bytes) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = path + ": cannot read (it is a directory)";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot read (" + std::strerror(errno) + ")";
        return false;
    }
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_bytes) {
        error = path + ": " + std::to_string(size) + " bytes, more than the limit of " +
                std::to_string(max_bytes);
        return false;
    }
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = path + ": cannot read";
        return false;
    }
    return true;
}

bool write_all(const std::string& path, const std::string& text, std::string& error) {
    if (path == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return !std::ferror(stdout);
    }
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            error = path + ": cannot write (" + std::strerror(errno) + ")";
            return false;
        }
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out.flush()) {
            error = path + ": cannot write";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        error = path + ": cannot write (" + ec.message() + ")";
        return false;
    }
    return true;
}

}  // namespace sw::cli
