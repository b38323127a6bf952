#!/usr/bin/env bash
# Sets everything up as packaging/run.sh does, then runs every test through CTest.
# Exits non-zero when any test fails. Benchmarks are built but not run (see README.md).
#
#   packaging/test.sh                          the Release build in build/, every test
#   packaging/test.sh --sanitize               clang with AddressSanitizer and UBSan in build-asan/,
#                                              every test under them
#   packaging/test.sh --sanitize --without-qt  the same for the core and the CLI only (what CI runs)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
sanitize=0 with_qt=ON
for arg in "$@"; do
  case $arg in
    --sanitize) sanitize=1 ;;
    --without-qt) with_qt=OFF ;;
    *) echo "usage: packaging/test.sh [--sanitize [--without-qt]]" >&2; exit 2 ;;
  esac
done
if ((sanitize)); then
  CB_BUILD=${CB_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-asan}
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if ((!sanitize)); then
  # The packaging tests (tests/packaging) build and check the .deb: their tools first.
  cb_install_packages "${CB_PACKAGING_PACKAGES[@]}"
  cb_setup
  cb_log "Running the tests"
  cd "$CB_BUILD"
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 300
  exit 0
fi

CB_PACKAGES+=(clang libclang-rt-14-dev)
cb_install_packages
cb_fetch_packages
cb_build_sanitized "$with_qt"
source "$CB_ROOT/tests/sanitizers/environment.sh"
cb_convert_data   # the sanitized importer makes the bundled GeoPackage: its first test
cb_log "Running the tests under AddressSanitizer and UBSan"
cd "$CB_BUILD"
# Instrumented code runs several times slower: the timeout grows with it.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900
