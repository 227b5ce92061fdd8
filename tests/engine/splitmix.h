// splitmix.h: the seeded random numbers of the property tests and the stacking benchmark.
// splitmix64 gives the same sequence on every platform and compiler (std distributions do not), so
// a failing case or a slow benchmark instance can be rebuilt from its seed.
#pragma once

#include <cstdint>

namespace swtest {

struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::int64_t range(std::int64_t lo, std::int64_t hi) {  // inclusive
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int one_in) { return range(1, one_in) == 1; }
};

}  // namespace swtest
