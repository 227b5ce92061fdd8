// row_error_nl.cpp: row_error_dutch (staff_import.h): a staff row's error, which the library and
// the engine write in English (the result CSV keeps that text, as `stapelwijzer batch` writes it),
// in Dutch for the web app's employer view. The messages are built from fixed phrases around the
// file's own words (headers, cells, paths), so each phrase is translated where it stands; the
// file's words are left as they are. A phrase not in the table stays English.
#include <cctype>

#include "staff_import.h"

namespace sw::staff {

namespace {

struct Phrase {
    const char* en;
    const char* nl;
};

// Longer phrases first: a shorter one is often the start of a longer one.
constexpr Phrase kPhrases[] = {
    {"must be a date that exists", "moet een datum zijn die bestaat"},
    {"must be a date like 01-03-2026", "moet een datum zijn zoals 01-03-2026"},
    {"must be an amount in euros with at most two decimals",
     "moet een bedrag in euro zijn met hoogstens twee cijfers achter de komma"},
    {"must be a number with at most two decimals",
     "moet een getal zijn met hoogstens twee cijfers achter de komma"},
    {"must be an amount in euros (thousands grouped in threes)",
     "moet een bedrag in euro zijn (duizendtallen in groepjes van drie)"},
    {"must be a number (thousands grouped in threes)",
     "moet een getal zijn (duizendtallen in groepjes van drie)"},
    {"must be an amount in euros", "moet een bedrag in euro zijn"},
    {"must be a whole number", "moet een heel getal zijn"},
    {"must be a finite number", "moet een getal zijn"},
    {"must be a number", "moet een getal zijn"},
    {"must be ja or nee (yes or no)", "moet ja of nee zijn"},
    {"must not be negative", "mag niet negatief zijn"},
    {"must be at least ", "moet minstens dit zijn: "},
    {"must be at most ", "mag hoogstens dit zijn: "},
    {"is too large", "is te groot"},
    {"is unclear: three digits after the separator (",
     "is niet duidelijk: drie cijfers na het scheidingsteken ("},
    {"?); write at most two decimals and no thousands separator",
     "?); schrijf hoogstens twee cijfers achter de komma en geen scheidingsteken voor duizendtallen"},
    {"unknown value '", "onbekende waarde '"},
    {"' (one of:", "' (kies uit:"},
    {"unknown course '", "onbekende cursus '"},
    {"(the named courses: ", "(de cursussen met een naam: "},
    {"(no named courses are given)", "(er zijn geen cursussen met een naam)"},
    {"\" is not a sector of this catalogue; use one of: ", "\" is geen sector in deze regels; kies uit: "},
    {" cells, the header has ", " cellen, de kopregel heeft "},
    {": has ", ": heeft "},
    {"a quoted cell is not closed", "een cel tussen aanhalingstekens wordt niet gesloten"},
    {"text after a closing quote (write \"\" for a quote inside quotes)",
     "tekst na een sluitend aanhalingsteken (schrijf \"\" voor een aanhalingsteken in een cel)"},
    {"holds a NUL byte (is this a binary file?)", "bevat een NUL-teken (is dit een binair bestand?)"},
    {", got '", ", u schreef '"},
};

// Replaces the first `from` at or after `start`; returns where the replacement ends, or npos.
std::size_t replace_from(std::string& s, std::size_t start, const std::string& from, const std::string& to) {
    const std::size_t at = s.find(from, start);
    if (at == std::string::npos) return std::string::npos;
    s.replace(at, from.size(), to);
    return at + to.size();
}

}  // namespace

std::string row_error_dutch(const std::string& error) {
    std::string s = error;
    // Where: "line 7: ", "column 'Leeftijd' (person.age): " or a path; the header is the file's word.
    std::size_t body = 0;
    if (s.rfind("line ", 0) == 0) {
        s.replace(0, 5, "regel ");
        body = s.find(": ");
    } else if (s.rfind("column '", 0) == 0) {
        s.replace(0, 8, "kolom '");
        body = s.find("): ");
    }
    if (body == std::string::npos) body = 0;
    // The cell as written ends the message after ", got '": phrases are not looked for in it.
    const std::size_t got = s.rfind(", got '");
    std::string tail;
    if (got != std::string::npos && got >= body) {
        tail = ", u schreef " + s.substr(got + 6);
        s.erase(got);
    }
    for (const Phrase& p : kPhrases) replace_from(s, body, p.en, p.nl);
    // "(500.505 or 500505?)": the one "or" of the unclear-amount message.
    if (s.find("is niet duidelijk") != std::string::npos) replace_from(s, body, " or ", " of ");
    return s + tail;
}

}  // namespace sw::staff
