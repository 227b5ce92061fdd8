// The scope of a delegated fragment (docs/signing.md, "Delegation scope"): every scheme id, note
// id, set name and parameter name it defines must start with one of its fund's prefixes, and so
// must every scheme its schemes' interactions exclude, and every sector code it defines (a fund's
// own sector or sub-sector); its catalogue must be the manifest's and its version the one the
// manifest lists for it. Streams over the JSON
// (nlohmann's SAX interface) without building a document: this runs on every bundle load.
#pragma once

#include <string>
#include <string_view>

#include "manifest.h"

namespace sw::manifest {

// "" if the fragment stays inside the delegation, else the reason (a JSON path and why).
// `delegation` nullptr: a root fragment, whose ids are not limited; only its JSON, catalogue and
// version are checked.
std::string check_fragment_scope(std::string_view json, const Delegation* delegation,
                                 const std::string& catalogue, const std::string& version);

}  // namespace sw::manifest
