// json_arena.h: the memory of one parsed JSON document. Every string and every list of a
// json::Value tree is carved out of a few large blocks and freed with them at once: a catalogue
// fragment has tens of thousands of values, and one malloc and free for each (and a recursive
// destructor over the tree) were a third of the loading time (bench_load).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sw::json {

class Arena {
public:
    // `first_block`: the size of the first block, so a caller that knows roughly how much it needs
    // (the tree of a text is a small multiple of the text) gets it in one piece.
    explicit Arena(std::size_t first_block = 0)
        : next_block_(first_block < kMinBlock ? kMinBlock : first_block) {}
    Arena(Arena&& other) noexcept { *this = std::move(other); }
    Arena& operator=(Arena&& other) noexcept {
        blocks_ = std::move(other.blocks_);
        free_ = std::exchange(other.free_, nullptr);
        left_ = std::exchange(other.left_, 0);
        next_block_ = other.next_block_;
        return *this;
    }
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    // Copies of `n` trivially copyable objects (the tree's lists) and of text; valid as long as
    // the arena (moving it keeps them valid: the blocks stay where they are).
    template <typename T>
    const T* copy(const T* from, std::size_t n) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
        if (n == 0) return nullptr;
        void* to = allocate(n * sizeof(T), alignof(T));
        std::memcpy(to, from, n * sizeof(T));
        return static_cast<const T*>(to);
    }
    std::string_view copy(std::string_view text) {
        if (text.empty()) return {};
        return {copy(text.data(), text.size()), text.size()};
    }

private:
    static constexpr std::size_t kMinBlock = 4096;
    void* allocate(std::size_t bytes, std::size_t align) {
        std::size_t pad = (align - reinterpret_cast<std::uintptr_t>(free_) % align) % align;
        if (!free_ || pad + bytes > left_) return allocate_in_new_block(bytes, align);
        void* at = free_ + pad;
        free_ += pad + bytes;
        left_ -= pad + bytes;
        return at;
    }
    void* allocate_in_new_block(std::size_t bytes, std::size_t align);

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* free_ = nullptr;  // the unused rest of the newest block
    std::size_t left_ = 0;
    std::size_t next_block_ = kMinBlock;
};

}  // namespace sw::json
