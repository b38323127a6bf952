#!/usr/bin/env bash
# Sets everything up as packaging/run.sh does, then runs every test through CTest.
# Exits non-zero when any test fails. Benchmarks are built but not run (see README.md).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The packaging tests (tests/packaging) build and check the .deb: their tools first.
cb_install_packages "${CB_PACKAGING_PACKAGES[@]}"
cb_setup
cb_log "Running the tests"
cd "$CB_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 300
