// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/replicate_runner.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cb {

unsigned replicateThreads(std::size_t count, unsigned requested) {
  const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
  const unsigned wanted = requested == 0 ? hardware : requested;
  return static_cast<unsigned>(std::clamp<std::size_t>(count, 1, std::max(1U, wanted)));
}

void runReplicates(const ReplicateRun& run, const std::function<void(std::size_t, unsigned)>& replicate) {
  // Work is handed out in chunks: small enough for progress and cancel to react within
  // milliseconds, large enough that the shared counter is not contended.
  constexpr std::size_t kChunk = 16;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  std::mutex failureMutex;

  const auto stopped = [&] {
    return failed.load(std::memory_order_relaxed) ||
           (run.cancel != nullptr && run.cancel->load(std::memory_order_relaxed));
  };
  const auto work = [&](unsigned worker, bool reports) {
    int lastPercent = -1;
    while (!stopped()) {
      const std::size_t first = next.fetch_add(kChunk);
      if (first >= run.count) break;
      const std::size_t last = std::min(run.count, first + kChunk);
      try {
        for (std::size_t i = first; i < last; ++i) replicate(i, worker);
      } catch (...) {
        const std::lock_guard lock(failureMutex);
        if (!failure) failure = std::current_exception();
        failed = true;
        break;
      }
      const std::size_t finished = done.fetch_add(last - first) + (last - first);
      if (reports && run.progress) {
        const int percent = static_cast<int>(100 * finished / std::max<std::size_t>(1, run.count));
        if (percent != lastPercent) run.progress(percent, run.step);
        lastPercent = percent;
      }
    }
  };

  const unsigned threads = replicateThreads(run.count, run.threads);
  std::vector<std::jthread> helpers;
  helpers.reserve(threads - 1);
  for (unsigned worker = 1; worker < threads; ++worker) helpers.emplace_back(work, worker, false);
  work(0, true);
  helpers.clear();  // joins
  if (failure) std::rethrow_exception(failure);
  throwIfCancelled(run.cancel);
}

}  // namespace cb
