#!/usr/bin/env bash
# Builds the Debian package build/packages/clusterbelt_<version>_<arch>.deb on Debian 12: the
# set-up of packaging/run.sh (packages, bundled data converted from the npm tarballs, Release
# build), then CPack. Install it with  apt-get install ./build/packages/clusterbelt_*.deb
# Safe to re-run: every step skips what is already done.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cb_install_packages "${CB_PACKAGING_PACKAGES[@]}"
cb_setup
cb_log "Building the Debian package"
# The package is rebuilt from the installation rules each time: an old .deb never stands in.
mkdir -p "$CB_BUILD/packages"
rm -f "$CB_BUILD"/packages/clusterbelt_*.deb
if ! (cd "$CB_BUILD" && cpack -G DEB --config CPackConfig.cmake -B packages) > "$CB_BUILD/packages/cpack.log" 2>&1; then
  cat "$CB_BUILD/packages/cpack.log" >&2
  exit 1
fi
deb=$(ls "$CB_BUILD"/packages/clusterbelt_*.deb)
cb_log "Made $deb"
echo "$deb"
