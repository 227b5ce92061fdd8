// json_arena.cpp: see json_arena.h.
#include "json_arena.h"

#include <algorithm>

namespace sw::json {

void* Arena::allocate_in_new_block(std::size_t bytes, std::size_t align) {
    // Blocks double (up to 4 MB each), so a document needs only a handful of them.
    constexpr std::size_t kMaxBlock = std::size_t{4} << 20;
    const std::size_t size = std::max(next_block_, bytes + align);
    blocks_.push_back(std::unique_ptr<char[]>(new char[size]));  // uninitialised: written before read
    free_ = blocks_.back().get();
    left_ = size;
    next_block_ = std::min(size * 2, std::max(kMaxBlock, next_block_));
    return allocate(bytes, align);
}

}  // namespace sw::json
