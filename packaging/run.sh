#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine (packages, bundled data, Release build in
# build/) and opens ClusterBelt on the bundled data. Arguments go to the app, e.g.
#   packaging/run.sh --boundaries my_prefectures.shp
# Safe to re-run: every step skips what is already done.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cb_setup
cb_log "Starting ClusterBelt"
exec "$CB_BUILD/bin/clusterbelt" "$@"
