// header_names.h: the Dutch and English names people give the columns of a staff list, and the
// contract path each one fills (header_names.cpp). Internal to src/staff.
#pragma once

#include <string>
#include <vector>

namespace sw::staff {

// A header as compared with the names: lower case, accents off, "(...)" and "[...]" dropped,
// '_', '-', '.', '/', ':' and '€' as spaces, spaces collapsed ("Uren p/w (contract)" -> "uren p w").
std::string normalise_header(const std::string& header);

// The contract path a normalised header names, or "" when it is none of the known names.
std::string path_of_header_name(const std::string& normalised);

}  // namespace sw::staff

namespace sw::staff {
// Every path the names point at, once per name (for the test that checks them).
std::vector<std::string> header_name_paths();
}  // namespace sw::staff
