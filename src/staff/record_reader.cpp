// record_reader.cpp: RecordReader and split_record (staff_import.h).
#include "staff_import.h"

namespace sw::staff {

namespace {

bool is_blank(const std::vector<std::string>& cells) {
    for (const std::string& c : cells)
        if (c.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

// The separator of a header line: the most frequent of ';', tab, ',' outside quotes.
char detect_separator(std::string_view text) {
    std::size_t semi = 0, tab = 0, comma = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        semi += c == ';';
        tab += c == '\t';
        comma += c == ',';
    }
    if (semi == 0 && tab == 0 && comma == 0) return ',';
    if (semi >= tab && semi >= comma) return ';';
    return tab >= comma ? '\t' : ',';
}

}  // namespace

bool split_record(std::string_view text, char sep, std::vector<std::string>& cells, std::string& error) {
    cells.clear();
    std::size_t i = 0;
    const std::size_t n = text.size();
    for (;;) {
        std::string cell;
        // Spaces before an opening quote (' "a;b"') are allowed, as Excel writes none but people do.
        std::size_t j = i;
        while (j < n && text[j] == ' ') ++j;
        if (j < n && text[j] == '"') {
            i = j + 1;
            for (;;) {
                if (i >= n) {
                    error = "a quoted cell is not closed";
                    return false;
                }
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            while (i < n && text[i] == ' ') ++i;
            if (i < n && text[i] != sep) {
                error = "text after a closing quote (write \"\" for a quote inside quotes)";
                return false;
            }
        } else {
            while (i < n && text[i] != sep) cell += text[i++];
        }
        cells.push_back(cell_to_utf8(cell));
        if (i < n && text[i] == sep) {
            ++i;
            continue;
        }
        return true;
    }
}

void RecordReader::feed(std::string_view bytes) {
    if (!file_error_.empty()) return;
    buf_.append(bytes.data(), bytes.size());
    scan();
}

void RecordReader::finish() {
    finished_ = true;
    if (!file_error_.empty()) return;
    scan();
    while (quoted_) {  // each pass takes one line off and scans the rest again
        emit_unclosed();
        scan();
    }
    if (start_ < buf_.size()) {
        int lines = 1;
        emit(start_, buf_.size(), lines);
        start_ = pos_ = buf_.size();
    }
    buf_.clear();
    start_ = pos_ = 0;
}

bool RecordReader::next(Record& out) {
    if (ready_.empty()) return false;
    out = std::move(ready_.front());
    ready_.pop_front();
    return true;
}

void RecordReader::scan() {
    if (!began_) {
        // The first four bytes tell a byte-order mark, UTF-16 and a ZIP file (.xlsx); deciding on
        // exactly these, not on what the first chunk happens to hold, keeps records independent
        // of how the bytes arrive.
        if (buf_.size() < 4 && !finished_) return;
        began_ = true;
        const std::string head = buf_.substr(0, 4);
        if (head.compare(0, 2, "\xFF\xFE") == 0 || head.compare(0, 2, "\xFE\xFF") == 0 ||
            (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0'))) {
            file_error_ =
                "the file is UTF-16 text (Excel's \"Unicode text\"): save it as \"CSV UTF-8\" or "
                "\"CSV (gescheiden door lijstscheidingsteken)\"";
            return;
        }
        if (head == std::string("PK\x03\x04", 4)) {
            file_error_ = "the file is a ZIP file (an .xlsx?), not CSV text: save it as CSV";
            return;
        }
        if (buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) start_ = pos_ = 3;
    }
    const std::size_t n = buf_.size();
    while (pos_ < n) {
        const char c = buf_[pos_];
        // Only a quote that opens a cell starts quoted text; one inside a cell is text ('5" scherm').
        const bool is_sep = sep_ ? c == sep_ : (c == ';' || c == ',' || c == '\t');
        if (c == '"') {
            state_ = state_ == kCellStart       ? kQuoted
                     : state_ == kQuoted        ? kQuoteInQuoted
                     : state_ == kQuoteInQuoted ? kQuoted
                                                : kUnquoted;
        } else if (state_ == kQuoted) {
        } else if (is_sep) {
            state_ = kCellStart;
        } else if (c == ' ' && state_ == kCellStart) {
        } else if (c != '\n' && c != '\r') {
            state_ = kUnquoted;
        }
        quoted_ = state_ == kQuoted;
        if (!quoted_ && (c == '\n' || c == '\r')) {
            if (c == '\r' && pos_ + 1 == n && !finished_) break;  // a CRLF split over two chunks
            std::size_t end = pos_;
            std::size_t after = pos_ + 1;
            if (c == '\r' && after < n && buf_[after] == '\n') ++after;
            // Line ends inside the record (quoted line breaks) count for the next record's line.
            int lines = 1;
            for (std::size_t k = start_; k < end; ++k)
                if (buf_[k] == '\n' || (buf_[k] == '\r' && (k + 1 >= end || buf_[k + 1] != '\n'))) ++lines;
            emit(start_, end, lines);
            start_ = pos_ = after;
            state_ = kCellStart;
            continue;
        } else if (quoted_ && pos_ - start_ > kMaxRecordBytes) {
            emit_unclosed();
            continue;
        }
        ++pos_;
    }
    // Keep only the record being scanned.
    if (start_ > 0 && (start_ > (1u << 16) || start_ == buf_.size())) {
        buf_.erase(0, start_);
        pos_ -= start_;
        start_ = 0;
    }
}

void RecordReader::emit(std::size_t begin, std::size_t end, int lines) {
    const std::string_view text(buf_.data() + begin, end - begin);
    Record rec;
    rec.line = line_;
    line_ += lines;
    if (sep_ == 0) {
        if (text.find_first_not_of(" \t") == std::string_view::npos) return;  // blank lines before the header
        // Excel's own hint line "sep=;" names the separator and is not the header.
        if (text.size() == 5 && text.substr(0, 4) == "sep=" &&
            (text[4] == ';' || text[4] == ',' || text[4] == '\t')) {
            sep_ = text[4];
            return;
        }
        sep_ = detect_separator(text);
    }
    if (text.find('\0') != std::string_view::npos) {
        rec.error = "line " + std::to_string(rec.line) + ": holds a NUL byte (is this a binary file?)";
    } else if (!split_record(text, sep_, rec.cells, rec.error)) {
        rec.error = "line " + std::to_string(rec.line) + ": " + rec.error;
        rec.cells.clear();
    } else if (is_blank(rec.cells)) {
        return;
    }
    ready_.push_back(std::move(rec));
}

// A quote opened at start_ is not closed (by the end of the input, or within kMaxRecordBytes):
// the record's first line is bad, and scanning restarts after it.
void RecordReader::emit_unclosed() {
    std::size_t eol = start_;
    while (eol < buf_.size() && buf_[eol] != '\n' && buf_[eol] != '\r') ++eol;
    Record rec;
    rec.line = line_;
    rec.error = "line " + std::to_string(line_) + ": a quoted cell is not closed";
    ++line_;
    if (sep_ == 0) sep_ = detect_separator(std::string_view(buf_.data() + start_, eol - start_));
    ready_.push_back(std::move(rec));
    std::size_t after = eol;
    if (after < buf_.size() && buf_[after] == '\r') ++after;
    if (after < buf_.size() && buf_[after] == '\n') ++after;
    start_ = pos_ = after;
    quoted_ = false;
    state_ = kCellStart;
}

}  // namespace sw::staff
