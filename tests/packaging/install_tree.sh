#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix: the FHS layout (layout.txt), the desktop files pass
# their validators, and the installed clusterbelt-cli (info, match, figure) and clusterbelt
# (offscreen, and opening a project) work on the installed data alone.
# Usage: install_tree.sh BUILD_DIR TEST_DATA_DIR SCRATCH_DIR
set -euo pipefail
build=$(realpath "$1") testdata=$(realpath "$2")
SCRATCH=$3
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need cmake file desktop-file-validate appstreamcli update-mime-database man pdfinfo ogrinfo xvfb-run xwininfo

rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
prefix=$SCRATCH/prefix
cmake --install "$build" --prefix "$prefix" > "$SCRATCH/install.log" || fail "cmake --install: $(tail -5 "$SCRATCH/install.log")"

check_layout "$prefix"
check_desktop_files "$prefix"
check_programs "$prefix" "$testdata"
check_gui "$prefix"
echo "installed into $prefix: layout, desktop files, clusterbelt-cli and clusterbelt checked"
