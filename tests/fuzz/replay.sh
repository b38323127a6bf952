#!/usr/bin/env bash
# Runs a fuzz target once on every file of the given folders (seeds, past crashes): a CTest of the
# fuzz build. Exits non-zero on the first input that crashes, hangs or leaks.
#   replay.sh FUZZ_EXECUTABLE FOLDER...
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
target=$1; shift
files=()
for folder in "$@"; do
  [[ -d $folder ]] && while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$folder" -type f -print0 | sort -z)
done
((${#files[@]})) || { echo "no inputs in $*"; exit 1; }
"$target" -timeout=30 -rss_limit_mb=2048 "${files[@]}"
