#!/usr/bin/env bash
# Makes the seed corpora of the fuzz targets (tests/fuzz/corpus/TARGET/) from the project's test
# data and the bad-input corpus: small, valid or nearly valid inputs the fuzzer mutates from.
# Deterministic; run from anywhere, then commit what it writes.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$here/../data root=$here/../..
out=$here/corpus
rm -rf "$out" && mkdir -p "$out"/{echarts_decoder,echarts_importer,point_table,gazetteer,taxonomy,row_filter,project,figure_spec,cli_arguments}

# decodeRing: offset x, offset y (little-endian int64), scale (float64), then the ring.
seed() { python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<qqd', $1, $2, $3) + sys.argv[1].encode())" "$4"; }
seed 102400 30720 1024 '@@BAAB' > "$out/echarts_decoder/ascii"
seed 0 0 1024 '@@ࠐ@' > "$out/echarts_decoder/multibyte"
seed 116736 40960 10 'EHGTANB@DAHBPHFEDDNF' > "$out/echarts_decoder/scale10"

# The importer: a province map file, 0x00, china.json (from the corpus tarballs).
for t in point_feature huge_offsets odd_units; do
  { tar -xzOf "$data/bad/echarts/$t.tgz" package/map/json/province/guangdong.json; printf '\0'
    tar -xzOf "$data/bad/echarts/$t.tgz" package/map/json/china.json; } > "$out/echarts_importer/$t"
done

# CSV tables.
for f in match_clusters.csv match_belts.csv sde_points.csv sde_cities_bad.csv match_clusters_gbk.csv; do
  cp "$data/$f" "$out/point_table/$f"
done
for f in bad_year ragged_rows unbalanced_quote header_only nul_bytes crlf_mixed; do
  cp "$data/bad/table/$f.csv" "$out/point_table/$f.csv"
done

# Gazetteer: provinces, cities, areas, boundary changes, cut at 0x00.
{ cat "$data/match_code_table/provinces.csv"; printf '\0'; cat "$data/match_code_table/cities.csv"; printf '\0'
  head -c 2000 "$data/match_code_table/areas.csv"; printf '\0'; head -n 6 "$root/data/gazetteer/prefecture_changes_2011_2021.csv"; } \
  > "$out/gazetteer/match_code_table"

# Taxonomy: groups, keywords, similar pairs, a text to classify.
for t in unknown_group similar_unknown missing_columns; do
  d=$data/bad/taxonomy/$t
  { cat "$d/industry_groups.csv"; printf '\0'; cat "$d/industry_keywords.csv"; printf '\0'
    cat "$d/similar_groups.csv"; printf '\0生物医药与通信'; } > "$out/taxonomy/$t"
done

# Row filters.
printf 'strength=explicit|implied' > "$out/row_filter/values"
printf 'year=2019..2021' > "$out/row_filter/range"
printf 'year=..2020|2021..' > "$out/row_filter/open_ranges"
printf ' city = 深圳市|广州市 ' > "$out/row_filter/spaces"

# Projects and figure specs.
cp "$data/bad/project/"*.cbproj "$out/project/"
printf '%s' '{"format": "clusterbelt-project", "schemaVersion": 2, "inputs": {"boundaries": {"path": "b.gpkg", "absolutePath": "/tmp/b.gpkg"}, "clusters": {"path": "c.csv", "columns": {"city": "城市"}, "where": [{"column": "year", "values": ["2019..2021"]}]}, "sde": {"method": "confidence", "p": 0.9}, "manualPlacements": [{"kind": "cluster", "row": 3, "code": "440300"}]}, "view": {"centreX": 1, "centreY": 2, "metresPerPixel": 1000}}' \
  > "$out/project/full.cbproj"
cp "$data/bad/spec/"*.json "$out/figure_spec/"
printf '%s' '{"version": 1, "page": {"preset": "double-column", "width_mm": 170, "dpi": 300, "margins_mm": {"top": 3}}, "map": {"extent": [-2000000, 1000000, 2000000, 5000000], "highlight_city": "440300", "ellipse_groups": ["clusters"]}, "furniture": {"title": "T", "graticule": {"show": true, "step_deg": 5}}, "type": {"title_size": "10pt"}, "lines": {"frame": "0.6pt"}}' \
  > "$out/figure_spec/full.json"

# Argument lists, cut at 0x00.
printf -- '--clusters\0c.csv\0--clusters-where\0year=2019..2021\0--map\0city=城市,industry=产业\0--method\0confidence\0--p\0.9' \
  > "$out/cli_arguments/analysis"
printf -- '--method=arcgis\0--sd=2\0--width\0800\0positional\0--belts-map\0lon=x' > "$out/cli_arguments/inline"
echo "seeds in $out: $(find "$out" -type f | wc -l) files"
