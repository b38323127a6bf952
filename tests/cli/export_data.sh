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
