// io.cpp: see io.h.
#include "io.h"

#include <fcntl.h>
#include <unistd.h>

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

bool read_chunks(const std::string& path, std::size_t chunk,
                 const std::function<bool(std::string_view)>& each, std::string& error) {
    // read(2), not fread: from a pipe it returns what has arrived, so rows are computed as they come.
    int fd = STDIN_FILENO;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            error = path + ": cannot read (it is a directory)";
            return false;
        }
        fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) {
            error = path + ": cannot read (" + std::strerror(errno) + ")";
            return false;
        }
    }
    std::string buf(chunk, '\0');
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = path + ": cannot read (" + std::strerror(errno) + ")";
            ok = false;
            break;
        }
        if (n == 0 || !each(std::string_view(buf.data(), static_cast<std::size_t>(n)))) break;
    }
    if (fd != STDIN_FILENO) ::close(fd);
    return ok;
}

bool StreamOut::open(const std::string& path, std::string& error) {
    path_ = path;
    if (path == "-") {
        file_ = stdout;
        return true;
    }
    tmp_ = path + ".tmp";
    file_ = std::fopen(tmp_.c_str(), "wb");
    if (!file_) {
        error = path + ": cannot write (" + std::strerror(errno) + ")";
        tmp_.clear();
        return false;
    }
    return true;
}

bool StreamOut::flush() {
    return file_ && std::fflush(file_) == 0;
}

bool StreamOut::write(std::string_view text) {
    if (!file_ || failed_) return false;
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) failed_ = true;
    return !failed_;
}

bool StreamOut::commit(std::string& error) {
    if (!file_) return false;
    const bool flushed = std::fflush(file_) == 0 && !failed_ && !std::ferror(file_);
    if (file_ == stdout) {
        file_ = nullptr;
        return flushed;
    }
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    std::error_code ec;
    if (!flushed || !closed) {
        std::filesystem::remove(tmp_, ec);
        tmp_.clear();
        error = path_ + ": cannot write";
        return false;
    }
    std::filesystem::rename(tmp_, path_, ec);
    if (ec) {
        std::filesystem::remove(tmp_, ec);
        tmp_.clear();
        error = path_ + ": cannot write (" + ec.message() + ")";
        return false;
    }
    tmp_.clear();
    return true;
}

StreamOut::~StreamOut() {
    if (file_ && file_ != stdout) std::fclose(file_);
    if (!tmp_.empty()) {
        std::error_code ec;
        std::filesystem::remove(tmp_, ec);
    }
}

}  // namespace sw::cli
