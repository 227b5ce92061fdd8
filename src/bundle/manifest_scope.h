// The scope of a delegated fragment (docs/signing.md, "Delegation scope"): every scheme id, note
// id, set name and parameter name it defines must start with one of its fund's prefixes, and so
// must every scheme its schemes' interactions exclude; it may not define sectors, and its
// catalogue and version must be the manifest's. Streams over the JSON
// (nlohmann's SAX interface) without building a document: this runs on every bundle load.
#pragma once

#include <string>
#include <string_view>

#include "manifest.h"

namespace sw::manifest {

// "" if the fragment stays inside the delegation, else the reason (a JSON path and why).
std::string check_fragment_scope(std::string_view json, const Delegation& delegation,
                                 const std::string& catalogue, const std::string& version);

}  // namespace sw::manifest
