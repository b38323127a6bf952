// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one random generator of the inference code, stated so that a result can be reproduced by
// anyone from its seed: xoshiro256** 1.0 (Blackman & Vigna 2018), its state filled by SplitMix64.
// Replicate i of a test draws from its own generator, seeded from (seed, i), so the results are
// the same whatever the number of threads, and the same with every standard library (no
// std::uniform_int_distribution, whose algorithm the standard leaves open).

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

namespace cb {

// 128-bit products for Lemire's method; GCC and Clang have them on every 64-bit target
// (__extension__ keeps -Wpedantic quiet about the extension).
__extension__ typedef unsigned __int128 Uint128;

/// SplitMix64 (Steele, Lea & Flood 2014): one step of the sequence that seeds xoshiro.
constexpr std::uint64_t splitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31U);
}

/// xoshiro256** 1.0, 64-bit outputs.
class Xoshiro256 {
 public:
  /// The generator of replicate `stream` of a run seeded with `seed`.
  explicit constexpr Xoshiro256(std::uint64_t seed, std::uint64_t stream = 0) {
    std::uint64_t sm = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    for (std::uint64_t& word : mState) word = splitMix64(sm);
  }

  constexpr std::uint64_t next() {
    const std::uint64_t result = rotl(mState[1] * 5, 7) * 9;
    const std::uint64_t t = mState[1] << 17U;
    mState[2] ^= mState[0];
    mState[3] ^= mState[1];
    mState[1] ^= mState[2];
    mState[0] ^= mState[3];
    mState[2] ^= t;
    mState[3] = rotl(mState[3], 45);
    return result;
  }

  /// Uniform on [0, bound), bound ≥ 1, without modulo bias (Lemire 2019, multiply and reject).
  constexpr std::uint64_t below(std::uint64_t bound) {
    Uint128 m = static_cast<Uint128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
      const std::uint64_t threshold = (0 - bound) % bound;
      while (low < threshold) {
        m = static_cast<Uint128>(next()) * bound;
        low = static_cast<std::uint64_t>(m);
      }
    }
    return static_cast<std::uint64_t>(m >> 64U);
  }

  /// Uniform on [0, 1) with 53 random bits.
  constexpr double uniform() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t mState[4] = {};
};

/// Fisher–Yates shuffle (Durstenfeld's form) with the generator above.
template <typename T>
void shuffleWith(std::span<T> values, Xoshiro256& rng) {
  for (std::size_t i = values.size(); i > 1; --i) {
    const std::size_t j = rng.below(i);
    std::swap(values[i - 1], values[j]);
  }
}

}  // namespace cb
