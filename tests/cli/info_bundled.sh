#!/usr/bin/env bash
# `clusterbelt-cli info --json` on the bundled boundaries: about 367 prefecture-level units, each
# with a 6-digit code and a name, 34 provinces, no invalid geometry left, and the repairs listed.
set -euo pipefail
cli=$1 data=$3 scratch=$4
mkdir -p "$scratch"
CLUSTERBELT_DATA_DIR=$data "$cli" info --json > "$scratch/info.json"
python3 - "$scratch/info.json" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
layers = {l["name"]: l for l in info["layers"]}
p, v = layers["prefectures"], layers["provinces"]
assert 360 <= p["feature_count"] <= 375, p["feature_count"]
assert p["regions_read"] == p["feature_count"] == p["with_6_digit_code"] == p["with_name"], p
assert v["feature_count"] == 34 and v["with_6_digit_code"] == 34, v
for layer in (p, v):
    assert layer["invalid_geometries_left"] == 0, layer
    assert layer["crs"] == "EPSG:4326" and not layer["crs_assumed"], layer
repairs = [line for line in info["import_report"] if "made valid" in line]
dissolves = [line for line in info["import_report"] if "dissolved" in line]
assert repairs, "the import report lists no repairs"
assert len(dissolves) == 7, dissolves  # 4 municipalities, Hong Kong, Macau, Taiwan
print(f"prefectures {p['feature_count']}, provinces {v['feature_count']}, repairs {len(repairs)}")
PY
# The plain-text form names the layers too.
CLUSTERBELT_DATA_DIR=$data "$cli" info | grep -q "layer prefectures: "
# A file that is not vector data is refused with exit code 2 and the file named.
echo "not a map" > "$scratch/bad.geojson"
set +e
CLUSTERBELT_DATA_DIR=$data "$cli" info "$scratch/bad.geojson" 2> "$scratch/err.txt"
code=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2, got $code"; exit 1; }
grep -q "bad.geojson" "$scratch/err.txt"
