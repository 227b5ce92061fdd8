// builtin_catalogue.h: the built-in Dutch catalogue's fragments, loaded once, for the fuzz targets
// that fuzz cases against it (they test a case parser, not the bundle: the signature is not checked).
#pragma once

#include <cstdlib>
#include <memory>
#include <vector>

#include "stapelwijzer/rules.h"

namespace swfuzz {

inline const sw::Catalogue& builtin_catalogue() {
    static const std::shared_ptr<const sw::Catalogue> c = [] {
        std::vector<sw::Diagnostic> errors;
        auto loaded = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
        if (!loaded) std::abort();
        return loaded;
    }();
    return *c;
}

}  // namespace swfuzz
