#!/usr/bin/env bash
# `clusterbelt-cli figure` writes a PNG whose pixels and pHYs match mm × DPI, an SVG that parses with
# its viewBox and one group per layer, and a PDF of the right page size with its CJK font embedded
# as a subset; a figure-spec file round-trips through --write-spec and --spec.
set -euo pipefail
cli=$1 data=$3 scratch=$4/figure
mkdir -p "$scratch"
rm -f "$scratch"/*
export CLUSTERBELT_DATA_DIR=$data QT_QPA_PLATFORM=offscreen

# PNG: 83 mm × 70 mm at 300 dpi is 980 × 827 px, 11811 dots per metre.
"$cli" figure --out "$scratch/fig.png" --width-mm 83 --height-mm 70 --dpi 300 --title "测试" \
  --write-spec "$scratch/spec.json" 2>"$scratch/png.err"
grep -q "South China Sea line" "$scratch/png.err" || { echo "no warning about the missing dashed line"; exit 1; }
python3 - "$scratch/fig.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (980, 827), (width, height)
at = data.find(b"pHYs")
assert at > 0, "no pHYs chunk"
x, y, unit = struct.unpack(">IIB", data[at + 4:at + 13])
assert (x, y, unit) == (11811, 11811, 1), (x, y, unit)
PY

# The spec written for that figure gives the same figure again.
grep -q '"width_mm":83' <(tr -d ' \n' < "$scratch/spec.json") || { echo "spec lacks the width"; exit 1; }
"$cli" figure --out "$scratch/again.png" --spec "$scratch/spec.json" 2>/dev/null
cmp -s "$scratch/fig.png" "$scratch/again.png" || { echo "the spec did not reproduce the figure"; exit 1; }

# SVG: well-formed, width in mm, a viewBox, the layer groups, text as text.
"$cli" figure --out "$scratch/fig.svg" --width-mm 170 --note "注：测试" 2>/dev/null
python3 - "$scratch/fig.svg" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.w3.org/2000/svg}"
assert root.tag == ns + "svg", root.tag
assert root.get("width") == "170mm", root.get("width")
box = [float(v) for v in root.get("viewBox").split()]
assert box[:3] == [0, 0, round(170 * 300 / 25.4, 6)], box
ids = [g.get("id") for g in root.findall(ns + "g")]
for layer in ["background", "map", "graticule", "frame", "inset-map", "inset", "scale-bar",
              "north-arrow", "legend", "note"]:
    assert layer in ids, (layer, ids)
assert root.find(".//" + ns + "text") is not None, "text was not kept as text"
PY

# PDF: A4 portrait, the CJK font embedded as a subset (name with a tag, emb yes, sub yes).
"$cli" figure --out "$scratch/fig.pdf" --preset a4-portrait --title "中国国家级产业集群" 2>/dev/null
pdfinfo "$scratch/fig.pdf" | grep -E >/dev/null "Page size: +595(\.[0-9]+)? x 842(\.[0-9]+)? pts" \
  || { pdfinfo "$scratch/fig.pdf"; echo "not an A4 page"; exit 1; }
pdffonts "$scratch/fig.pdf" | awk 'NR > 2 && $1 ~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+NotoSansCJK/ && $(NF-4) == "yes" && $(NF-3) == "yes" { found = 1 }
                                   END { exit !found }' \
  || { pdffonts "$scratch/fig.pdf"; echo "the CJK font is not embedded as a subset"; exit 1; }

# Bad input: an unknown key in a spec names the file and the key; a wrong extension is refused.
echo '{"page": {"dpi": 300, "colour": "red"}}' > "$scratch/bad.json"
set +e
"$cli" figure --out "$scratch/x.png" --spec "$scratch/bad.json" 2>"$scratch/bad.err"
code=$?
"$cli" figure --out "$scratch/x.tif" 2>/dev/null
code2=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2 for a bad spec, got $code"; exit 1; }
grep -q "bad.json: key 'page.colour': unknown key" "$scratch/bad.err" || { cat "$scratch/bad.err"; exit 1; }
[[ $code2 -eq 2 ]] || { echo "expected exit 2 for .tif, got $code2"; exit 1; }
echo ok
