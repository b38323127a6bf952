#!/usr/bin/env bash
# Fuzzes one target for SECONDS seconds, niced, on one core, starting from its seeds
# (tests/fuzz/corpus/TARGET, read only); what it learns goes to BUILD/fuzz/corpus/TARGET and what
# crashes to BUILD/fuzz/artifacts/TARGET/. Prints libFuzzer's final statistics (executions, time).
#   tests/fuzz/run.sh TARGET SECONDS [BUILD_DIR (default build-fuzz)]
# A crash found becomes a regression: copy the artifact to tests/fuzz/regressions/TARGET/, fix,
# and add a unit test that reads it (see README.md, "Hardening").
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
target=${1:?target (e.g. echarts_decoder)} seconds=${2:?seconds}
build=${3:-$here/../../build-fuzz}
work=$build/fuzz/corpus/$target artifacts=$build/fuzz/artifacts/$target/
mkdir -p "$work" "$artifacts"
# The first five values are the issue's bounds: a run over 10 s or 2 GiB is a finding.
exec nice -n 10 "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$here/corpus/$target"
