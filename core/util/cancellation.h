// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long computations (the analysis, permutation tests, bootstraps) report progress and learn
// that the user cancelled them. One pair of types for all of core, so that a caller handles a
// cancel the same way whichever computation it ran.

#include <atomic>
#include <functional>
#include <string>

namespace cb {

/// Reports progress (0–100) and the step being done; called from the computing thread.
using ProgressFunction = std::function<void(int percent, const std::string& step)>;

/// Thrown when a computation was cancelled. Deliberately not a std::exception: a handler of
/// errors ("catch (const std::exception&)") must never swallow a cancel.
struct Cancelled {};

/// Throws Cancelled when `cancel` is set.
inline void throwIfCancelled(const std::atomic<bool>* cancel) {
  if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) throw Cancelled();
}

}  // namespace cb
