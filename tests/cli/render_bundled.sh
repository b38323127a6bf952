#!/usr/bin/env bash
# `clusterbelt-cli render` draws the bundled map headless into a PNG of the requested size.
set -euo pipefail
cli=$1 data=$3 scratch=$4
mkdir -p "$scratch"
out=$scratch/map.png
rm -f "$out"
CLUSTERBELT_DATA_DIR=$data QT_QPA_PLATFORM=offscreen "$cli" render --out "$out" --width 640 --height 480
python3 - "$out" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (640, 480), (width, height)
PY
# Not blank: land fill, outlines and background give many distinct colours.
colours=$(identify -format %k "$out")
[[ $colours -gt 20 ]] || { echo "only $colours colours: the map looks empty"; exit 1; }
# Missing --out is a usage error.
set +e
"$cli" render --width 10 2>/dev/null
code=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2 without --out, got $code"; exit 1; }
