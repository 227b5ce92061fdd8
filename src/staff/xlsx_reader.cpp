// xlsx_reader.cpp: read_xlsx (xlsx_reader.h). libzip opens the ZIP container;
// expat reads each XML part as a stream of elements, so the worksheet is never held whole: its
// rows are turned into text as they are parsed and handed on in pieces of about 64 KiB.
#include "xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

#include "cell_text.h"

namespace sw::staff {

namespace {

XlsxError damaged(const std::string& what_en, const std::string& what_nl) {
    return {"the file is not a readable Excel workbook (.xlsx): " + what_en +
                ". Open it in Excel and save it again (as \"Excel-werkmap\" or as CSV).",
            "het bestand is geen leesbare Excel-werkmap (.xlsx): " + what_nl +
                ". Open het in Excel en sla het opnieuw op (als ‘Excel-werkmap’ of als CSV)."};
}

// An element name without its namespace prefix ("x:row" -> "row").
std::string_view local(const char* name) {
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

const char* attr(const char** atts, std::string_view name) {
    for (int i = 0; atts[i]; i += 2)
        if (local(atts[i]) == name) return atts[i + 1];
    return nullptr;
}

// _xHHHH_ escapes (ST_Xstring) decoded, as read-excel-file does; the code unit as UTF-8.
std::string unescape(const std::string& s) {
    if (s.find("_x") == std::string::npos) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i + 6 < s.size() && s[i] == '_' && s[i + 1] == 'x' && s[i + 6] == '_' &&
            std::strspn(s.substr(i + 2, 4).c_str(), "0123456789abcdefABCDEF") == 4) {
            const unsigned long c = std::strtoul(s.substr(i + 2, 4).c_str(), nullptr, 16);
            append_utf8(out, static_cast<unsigned>(c));
            i += 6;
            continue;
        }
        out += s[i];
    }
    return out;
}

// One XML part of the archive, parsed as it is decompressed. `Handler` has start(name, atts),
// end(name) and text(s, len) and may set `stop` to end parsing early.
struct Parse {
    bool stop = false;
    virtual ~Parse() = default;
    virtual void start(std::string_view name, const char** atts) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(const char* s, int len) = 0;
    virtual bool after_chunk() { return true; }  // false: stop (the sink is done)
};

class Archive {
public:
    explicit Archive(zip_t* z) : z_(z) {}
    ~Archive() {
        if (z_) zip_discard(z_);
    }
    bool has(const std::string& name) const { return zip_name_locate(z_, name.c_str(), 0) >= 0; }

    // False with `error` set when the part is missing or damaged.
    bool parse(const std::string& name, Parse& handler, XlsxError& error) {
        zip_file_t* f = zip_fopen(z_, name.c_str(), 0);
        if (!f) {
            error = damaged(
                "the part " + name + " is missing or cannot be opened (" + zip_strerror(z_) + ")",
                "het deel " + name + " ontbreekt of kan niet worden geopend (" + zip_strerror(z_) + ")");
            return false;
        }
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(f, zip_fclose);
        XML_Parser p = XML_ParserCreate("UTF-8");
        std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> free_parser(p,
                                                                                             XML_ParserFree);
        XML_SetUserData(p, &handler);
        XML_SetElementHandler(
            p,
            [](void* h, const XML_Char* n, const XML_Char** a) {
                static_cast<Parse*>(h)->start(local(n), a);
            },
            [](void* h, const XML_Char* n) { static_cast<Parse*>(h)->end(local(n)); });
        XML_SetCharacterDataHandler(
            p, [](void* h, const XML_Char* s, int len) { static_cast<Parse*>(h)->text(s, len); });
        char buf[1 << 16];
        for (;;) {
            const zip_int64_t n = zip_fread(f, buf, sizeof buf);
            if (n < 0) {
                error =
                    damaged("the part " + name + " cannot be unpacked (" + zip_file_strerror(f) + ")",
                            "het deel " + name + " kan niet worden uitgepakt (" + zip_file_strerror(f) + ")");
                return false;
            }
            if (XML_Parse(p, buf, static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
                const std::string where = std::to_string(XML_GetCurrentLineNumber(p)) + ":" +
                                          std::to_string(XML_GetCurrentColumnNumber(p));
                const std::string why = XML_ErrorString(XML_GetErrorCode(p));
                error = damaged("the part " + name + " is not valid XML at " + where + " (" + why + ")",
                                "het deel " + name + " is geen geldige XML op " + where + " (" + why + ")");
                return false;
            }
            if (handler.stop) return error.en.empty();
            if (!handler.after_chunk()) return true;
            if (n == 0) return true;
        }
    }

private:
    zip_t* z_;
};

// _rels/*.rels: Id -> Target, and the target of the first relationship whose Type ends in `type`.
struct Rels : Parse {
    std::map<std::string, std::string> target;
    std::map<std::string, std::string> by_type;  // last path segment of Type -> Target
    void start(std::string_view name, const char** a) override {
        if (name != "Relationship") return;
        const char* id = attr(a, "Id");
        const char* t = attr(a, "Target");
        const char* type = attr(a, "Type");
        if (!t) return;
        if (id) target[id] = t;
        if (type) {
            std::string ty = type;
            by_type.emplace(ty.substr(ty.rfind('/') + 1), t);
        }
    }
    void end(std::string_view) override {}
    void text(const char*, int) override {}
};

// A target relative to `base_dir` ("xl/"), or absolute ("/xl/worksheets/sheet1.xml").
std::string resolve(const std::string& base_dir, const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    std::string path = base_dir + target;
    // "xl/../x" is not expected from Excel; keep it simple but correct for "./".
    for (std::size_t p; (p = path.find("/./")) != std::string::npos;) path.erase(p, 2);
    return path;
}

struct Workbook : Parse {
    bool date1904 = false;
    std::string first_sheet_rel;
    void start(std::string_view name, const char** a) override {
        if (name == "workbookPr") {
            const char* d = attr(a, "date1904");
            date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
        } else if (name == "sheet" && first_sheet_rel.empty()) {
            const char* id = attr(a, "id");
            if (id) first_sheet_rel = id;
        }
    }
    void end(std::string_view) override {}
    void text(const char*, int) override {}
};

struct SharedStrings : Parse {
    std::vector<std::string> strings;
    std::string current;
    bool in_si = false, in_t = false;
    int in_rph = 0;
    void start(std::string_view name, const char**) override {
        if (name == "si") {
            in_si = true;
            current.clear();
        } else if (name == "rPh") {
            ++in_rph;
        } else if (name == "t") {
            in_t = true;
        }
    }
    void end(std::string_view name) override {
        if (name == "si") {
            strings.push_back(unescape(current));
            in_si = false;
        } else if (name == "rPh") {
            --in_rph;
        } else if (name == "t") {
            in_t = false;
        }
    }
    void text(const char* s, int len) override {
        if (in_si && in_t && in_rph == 0) current.append(s, static_cast<std::size_t>(len));
    }
};

struct Styles : Parse {
    std::map<int, std::string> formats;  // custom numFmtId -> formatCode
    std::vector<int> xf_format;          // cellXfs: style index -> numFmtId
    bool in_cell_xfs = false;
    void start(std::string_view name, const char** a) override {
        if (name == "numFmt") {
            const char* id = attr(a, "numFmtId");
            const char* code = attr(a, "formatCode");
            if (id && code) formats[std::atoi(id)] = code;
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            const char* id = attr(a, "numFmtId");
            xf_format.push_back(id ? std::atoi(id) : 0);
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") in_cell_xfs = false;
    }
    void text(const char*, int) override {}
};

// Column letters of a cell reference ("AB12" -> 27, zero-based); -1 when there are none.
long column_of(const char* ref) {
    long col = 0;
    int letters = 0;
    for (; *ref >= 'A' && *ref <= 'Z'; ++ref, ++letters) col = col * 26 + (*ref - 'A' + 1);
    return letters == 0 || letters > 3 ? -1 : col - 1;
}

std::string cell_name(long col, long row) {
    std::string letters;
    for (long c = col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

struct Sheet : Parse {
    const std::vector<std::string>& shared;
    const std::vector<bool>& date_style;
    bool date1904;
    const std::function<bool(std::string_view)>& sink;
    XlsxError& error;

    std::string out;                 // text not yet handed on
    std::vector<std::string> cells;  // the row being read
    long row = 0;                    // its number (1-based)
    long last_row = 0;               // the last row written
    std::size_t width = 0;           // the header's cells (0: no header yet)
    bool sink_done = false;
    // The cell being read.
    long col = -1;
    std::string type, value, inline_text;
    std::size_t style = 0;
    bool in_v = false, in_is = false, in_t = false, has_v = false;
    int in_rph = 0;

    Sheet(const std::vector<std::string>& s, const std::vector<bool>& d, bool d1904,
          const std::function<bool(std::string_view)>& k, XlsxError& e)
        : shared(s), date_style(d), date1904(d1904), sink(k), error(e) {}

    void fail(const std::string& en, const std::string& nl) {
        error = damaged(en, nl);
        stop = true;
    }

    void start(std::string_view name, const char** a) override {
        if (stop) return;
        if (name == "row") {
            const char* r = attr(a, "r");
            row = r ? std::atol(r) : row + 1;
            if (row <= last_row || row > 1048576) {
                fail("row numbers out of order at row " + std::to_string(row),
                     "rijnummers in de verkeerde volgorde bij rij " + std::to_string(row));
                return;
            }
            cells.clear();
            col = -1;
        } else if (name == "c") {
            const char* r = attr(a, "r");
            const long next = r ? column_of(r) : col + 1;
            if (next < 0 || next <= col || next >= 16384) {
                fail(std::string("a bad cell reference '") + (r ? r : "") + "' in row " + std::to_string(row),
                     std::string("een foute celverwijzing '") + (r ? r : "") + "' in rij " +
                         std::to_string(row));
                return;
            }
            col = next;
            const char* t = attr(a, "t");
            type = t ? t : "n";
            const char* s = attr(a, "s");
            style = s ? static_cast<std::size_t>(std::atol(s)) : 0;
            if (s && style >= date_style.size() && style != 0) {
                fail("cell " + cell_name(col, row) + " has a style that the workbook does not define",
                     "cel " + cell_name(col, row) + " heeft een opmaak die de werkmap niet kent");
                return;
            }
            value.clear();
            inline_text.clear();
            has_v = false;
        } else if (name == "v") {
            in_v = has_v = true;
        } else if (name == "is") {
            in_is = true;
        } else if (name == "t") {
            in_t = true;
        } else if (name == "rPh") {
            ++in_rph;
        }
    }

    void end(std::string_view name) override {
        if (stop) return;
        if (name == "v") {
            in_v = false;
        } else if (name == "is") {
            in_is = false;
        } else if (name == "t") {
            in_t = false;
        } else if (name == "rPh") {
            --in_rph;
        } else if (name == "c") {
            std::string text;
            if (!cell_text(text)) return;
            if (cells.size() <= static_cast<std::size_t>(col))
                cells.resize(static_cast<std::size_t>(col) + 1);
            cells[static_cast<std::size_t>(col)] = std::move(text);
        } else if (name == "row") {
            write_row();
        }
    }

    void text(const char* s, int len) override {
        if (in_v) value.append(s, static_cast<std::size_t>(len));
        if (in_is && in_t && in_rph == 0) inline_text.append(s, static_cast<std::size_t>(len));
    }

    bool cell_text(std::string& text) {
        if (type == "inlineStr") {
            text = unescape(inline_text);
        } else if (!has_v || type == "e") {
            text.clear();  // no value (a formula not computed) or a formula error: empty, as read-excel-file
        } else if (type == "s") {
            char* end = nullptr;
            const unsigned long i = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || i >= shared.size()) {
                fail("cell " + cell_name(col, row) + " refers to shared string " + value +
                         ", which does not exist",
                     "cel " + cell_name(col, row) + " verwijst naar gedeelde tekst " + value +
                         ", die niet bestaat");
                return false;
            }
            text = shared[i];
        } else if (type == "str") {
            text = unescape(value);
        } else if (type == "b") {
            text = value == "1" ? "WAAR" : value == "0" ? "ONWAAR" : value;
        } else if (type == "d") {
            // An ISO date (rare: Excel writes numbers); the date part.
            text = value.size() >= 10 && value[4] == '-' && value[7] == '-' ? value.substr(0, 10) : value;
        } else if (style < date_style.size() && date_style[style]) {
            text = xlsx_date_text(value, date1904);
            if (text.empty()) text = value;
        } else {
            text = xlsx_number_text(value);
        }
        return true;
    }

    void write_row() {
        std::string line = xlsx_row_text(cells, width);
        if (width == 0 && !line.empty()) {
            std::size_t last = cells.size();
            while (last > 0 && cells[last - 1].empty()) --last;
            width = last;
            // A header of one cell has no separator to tell ';' by: Excel's hint line says it.
            if (width == 1) out += "sep=;\n";
        }
        for (long r = last_row + 1; r < row; ++r) out += '\n';  // rows without cells
        out += line;
        out += '\n';
        last_row = row;
    }

    bool after_chunk() override {
        if (out.size() >= (1u << 16)) return flush();
        return true;
    }
    bool flush() {
        if (sink_done || out.empty()) return !sink_done;
        sink_done = !sink(out);
        out.clear();
        return !sink_done;
    }
};

}  // namespace

bool read_xlsx(const std::string& path, const std::function<bool(std::string_view)>& sink, XlsxError& error) {
    // The kind first: an OLE file (password, .xls) is named as such, not as a damaged ZIP.
    {
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f) {
            error = {"cannot open '" + path + "': " + std::strerror(errno),
                     "kan '" + path + "' niet openen: " + std::strerror(errno)};
            return false;
        }
        // The whole of an OLE file: its directory (with the stream names) can be anywhere in it.
        std::string head;
        char buf[1 << 16];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) {
            head.append(buf, n);
            if (head.size() >= 8 && head.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0) break;
        }
        std::fclose(f);
        const WorkbookKind kind = workbook_kind(head);
        if (kind == WorkbookKind::Encrypted || kind == WorkbookKind::Xls) {
            error = workbook_kind_error(kind);
            return false;
        }
        if (kind == WorkbookKind::NotWorkbook) {
            error = damaged("it is not a ZIP file", "het is geen ZIP-bestand");
            return false;
        }
    }
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        const std::string why = zip_error_strerror(&e);
        zip_error_fini(&e);
        error = damaged("the ZIP container is damaged (" + why + ")",
                        "de ZIP-verpakking is beschadigd (" + why + ")");
        return false;
    }
    Archive archive(z);

    std::string workbook_path = "xl/workbook.xml";
    if (archive.has("_rels/.rels")) {
        Rels root;
        if (!archive.parse("_rels/.rels", root, error)) return false;
        if (auto it = root.by_type.find("officeDocument"); it != root.by_type.end())
            workbook_path = resolve("", it->second);
    }
    const std::string dir = workbook_path.substr(0, workbook_path.rfind('/') + 1);
    const std::string rels_path = dir + "_rels/" + workbook_path.substr(dir.size()) + ".rels";
    Workbook wb;
    Rels rels;
    if (!archive.parse(workbook_path, wb, error) || !archive.parse(rels_path, rels, error)) return false;
    auto sheet = rels.target.find(wb.first_sheet_rel);
    if (wb.first_sheet_rel.empty() || sheet == rels.target.end()) {
        error = damaged("it has no worksheet", "er staat geen werkblad in");
        return false;
    }
    SharedStrings strings;
    if (auto it = rels.by_type.find("sharedStrings"); it != rels.by_type.end())
        if (!archive.parse(resolve(dir, it->second), strings, error)) return false;
    Styles styles;
    if (auto it = rels.by_type.find("styles"); it != rels.by_type.end())
        if (!archive.parse(resolve(dir, it->second), styles, error)) return false;
    std::vector<bool> date_style;
    for (int id : styles.xf_format) {
        auto f = styles.formats.find(id);
        date_style.push_back(xlsx_is_date_format(id, f == styles.formats.end() ? "" : f->second));
    }
    Sheet rows(strings.strings, date_style, wb.date1904, sink, error);
    if (!archive.parse(resolve(dir, sheet->second), rows, error)) return false;
    rows.flush();
    return true;
}

}  // namespace sw::staff
