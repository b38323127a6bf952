// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the replicates of a Monte Carlo test or a bootstrap over threads. Replicate i always
// draws from Xoshiro256(seed, i) and writes only its own results, so the outcome depends on the
// seed alone, never on the number of threads or on their timing.

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

#include "core/util/cancellation.h"

namespace cb {

struct ReplicateRun {
  std::size_t count = 0;      ///< replicates to run
  unsigned threads = 0;       ///< 0: one per hardware thread
  const std::atomic<bool>* cancel = nullptr;
  ProgressFunction progress;  ///< called from the calling thread only
  std::string step;           ///< the words progress reports
};

/// Calls replicate(i, worker) for every i in [0, run.count), worker in [0, threads) naming the
/// thread (for scratch buffers of that thread). The calling thread works too and is worker 0.
/// Throws Cancelled when run.cancel is set (after the replicates under way finish); an
/// exception thrown by a replicate is rethrown here.
void runReplicates(const ReplicateRun& run, const std::function<void(std::size_t, unsigned)>& replicate);

/// The threads runReplicates() will use for `count` replicates with `requested` threads.
unsigned replicateThreads(std::size_t count, unsigned requested);

}  // namespace cb
