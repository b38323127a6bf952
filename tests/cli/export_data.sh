#!/usr/bin/env bash
# `clusterbelt-cli export` writes the outcomes and ellipses as layers GDAL reads back, and the
# tables as CSV with a UTF-8 byte-order mark and as XLSX.
set -euo pipefail
cli=$1 data=$3 scratch=$4/export
mkdir -p "$scratch"
rm -f "$scratch"/*
export CLUSTERBELT_DATA_DIR=$data

"$cli" export --what outcomes --out "$scratch/outcomes.gpkg" >/dev/null
count=$(ogrinfo -ro -so "$scratch/outcomes.gpkg" outcomes | sed -n 's/^Feature Count: //p')
[[ $count -gt 330 ]] || { echo "only $count outcome features"; exit 1; }
ogrinfo -ro -geom=NO "$scratch/outcomes.gpkg" outcomes -where "code='440300'" | grep "name (String) = 深圳市" >/dev/null \
  || { echo "深圳 missing from the outcomes"; exit 1; }

"$cli" export --what ellipses --out "$scratch/ellipses.shp" >/dev/null
[[ $(cat "$scratch/ellipses.cpg") == UTF-8* ]] || { echo "no UTF-8 .cpg"; exit 1; }
ogrinfo -ro -so "$scratch/ellipses.shp" ellipses | grep "Feature Count: [1-9]" >/dev/null || { echo "no ellipses"; exit 1; }

# The ellipse convention is an analysis input: --sd 2 doubles both axes of every exported ellipse
# (ArcGIS k SD scales √2·√λ by k), and the method column says so.
"$cli" export --what ellipses --out "$scratch/e1.csv" >/dev/null
"$cli" export --what ellipses --sd 2 --out "$scratch/e2.csv" >/dev/null
python3 - "$scratch/e1.csv" "$scratch/e2.csv" <<'PY' || exit 1
import csv, sys
one, two = ({r["group"]: r for r in csv.DictReader(open(p, encoding="utf-8-sig"))} for p in sys.argv[1:3])
assert one.keys() == two.keys() and one, (one.keys(), two.keys())
for group, r in one.items():
    if r["has_ellipse"] != "1":
        continue
    for axis in ("sigma_major", "sigma_minor"):
        ratio = float(two[group][axis]) / float(r[axis])
        assert abs(ratio - 2) < 1e-9, (group, axis, ratio)
    assert "ArcGIS 2 SD" in two[group]["method"], two[group]["method"]
PY

"$cli" export --what cities --out "$scratch/cities.csv" >/dev/null
[[ $(head -c 3 "$scratch/cities.csv" | od -An -tx1 | tr -d ' \n') == efbbbf ]] || { echo "no BOM"; exit 1; }
head -1 "$scratch/cities.csv" | grep >/dev/null "code,name,province,outcome,clusters,belts" || { echo "bad header"; exit 1; }

"$cli" export --what clusters --out "$scratch/clusters.xlsx" >/dev/null
rows=$(ogrinfo -ro -so "$scratch/clusters.xlsx" clusters | sed -n 's/^Feature Count: //p')
[[ $rows -gt 50 ]] || { echo "only $rows cluster rows in the XLSX"; exit 1; }

set +e
"$cli" export --what belts --out "$scratch/belts.shp" 2>/dev/null
code=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2 for belts as a Shapefile, got $code"; exit 1; }
echo ok
