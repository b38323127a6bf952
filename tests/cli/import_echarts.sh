#!/usr/bin/env bash
# The importer on the real tarball (already fetched and checked at set-up): 34 provinces, the
# municipalities dissolved, 三沙's islands kept, and a clear error for a wrong tarball.
set -euo pipefail
cli=$1 data=$3 scratch=$4
tarball=$data/../downloads/echarts-4.9.0.tgz
[[ -f $tarball ]] || { echo "missing $tarball: run packaging/test.sh, which fetches it"; exit 1; }
mkdir -p "$scratch"
"$cli" import-echarts "$tarball" "$scratch/p.gpkg" > "$scratch/report.txt"
grep -q "provinces: 34" "$scratch/report.txt"
grep -q "北京市 (110000): dissolved" "$scratch/report.txt"
ogrinfo -q -sql "SELECT level, COUNT(*) AS n FROM prefectures WHERE adcode IN ('110000','460300','810000','710000') GROUP BY level" "$scratch/p.gpkg" > "$scratch/levels.txt"
grep -q "municipality" "$scratch/levels.txt"
grep -q "SAR" "$scratch/levels.txt"
grep -q "Taiwan" "$scratch/levels.txt"
# 三沙市 keeps its islands: a multipolygon of many parts.
parts=$(ogrinfo -q -sql "SELECT ST_NumGeometries(geom) AS parts FROM prefectures WHERE adcode = '460300'" "$scratch/p.gpkg" | grep -o "parts (Integer) = [0-9]*" | grep -o "[0-9]*$")
[[ $parts -gt 10 ]] || { echo "三沙市 has only $parts parts"; exit 1; }
# Every unit has a closed, non-empty geometry (GeoPackage stores valid closed rings).
empty=$(ogrinfo -q -sql "SELECT COUNT(*) AS n FROM prefectures WHERE geom IS NULL OR ST_IsEmpty(geom)" "$scratch/p.gpkg" | grep -o "n (Integer) = [0-9]*" | grep -o "[0-9]*$")
[[ $empty -eq 0 ]]
set +e
"$cli" import-echarts "$scratch/report.txt" "$scratch/bad.gpkg" 2> "$scratch/err.txt"
code=$?
set -e
[[ $code -ne 0 ]] || { echo "a wrong tarball was accepted"; exit 1; }
