// fragment_files.cpp: see fragment_files.h.
#include "fragment_files.h"

#include <algorithm>
#include <filesystem>

#include "io.h"

namespace sw::cli {

namespace fs = std::filesystem;

bool json_files(const std::string& dir, std::vector<std::string>& out, std::string& error) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        error = "'" + dir + "' is not a directory";
        return false;
    }
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json" && it->path().filename() != "manifest.json" &&
            it->is_regular_file(ec))
            out.push_back(it->path().string());
    if (ec) {
        error = "cannot list '" + dir + "': " + ec.message();
        return false;
    }
    std::sort(out.begin(), out.end());
    return true;
}

bool read_fragment_dir(const std::string& dir, std::vector<RulesFile>& out, std::string& error) {
    std::vector<std::string> paths;
    if (!json_files(dir, paths, error)) return false;
    for (const std::string& p : paths) {
        RulesFile f;
        f.name = fs::path(p).filename().string();
        if (!read_all(p, f.text, error)) return false;
        out.push_back(std::move(f));
    }
    return true;
}

}  // namespace sw::cli
