// staff_test_support.h: read text with the staff import's RecordReader, whole or in chunks.
#pragma once

#include <string>
#include <vector>

#include "staff/staff_import.h"

namespace staff_test {

inline std::vector<sw::staff::Record> records(const std::string& text, std::size_t chunk = 0, char sep = 0,
                                              sw::staff::RecordReader* keep = nullptr) {
    sw::staff::RecordReader local(sep);
    sw::staff::RecordReader& reader = keep ? *keep : local;
    std::vector<sw::staff::Record> out;
    sw::staff::Record rec;
    if (chunk == 0) chunk = text.size() + 1;
    for (std::size_t i = 0; i < text.size(); i += chunk) {
        reader.feed(std::string_view(text).substr(i, chunk));
        while (reader.next(rec)) out.push_back(rec);
    }
    reader.finish();
    while (reader.next(rec)) out.push_back(rec);
    return out;
}

using Cells = std::vector<std::string>;

}  // namespace staff_test
