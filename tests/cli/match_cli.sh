#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clusterbelt-cli match: the bundled lists (no unresolved clusters), the hand-made fixtures
# (unresolved rows listed, exit 0) and unusable input (exit 2 naming the file and the problem).
set -euo pipefail
cli=$1 data=$2 bundled=$3 scratch=$4
export CLUSTERBELT_DATA_DIR=$bundled
mkdir -p "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Bundled data, JSON to a file, summary on stdout. The expected counts are read from the bundled
# CSV itself, so the test follows the data as it grows.
read -r rows first_batch < <(python3 - "$bundled/clusters/national_clusters.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
first = {r["cluster_name_zh"] for r in rows if r["program"] == "NDRC-SEI" and r["batch_year"] == "2019"}
print(len(rows), len(first))
PY
)
"$cli" match --format json --out "$scratch/match.json" > "$scratch/summary.txt" || fail "bundled match exited $?"
grep -q "^clusters: $rows " "$scratch/summary.txt" || fail "summary: $(cat "$scratch/summary.txt")"
grep -q '^unresolved rows: 0 ' "$scratch/summary.txt" || fail "bundled rows unresolved: $(cat "$scratch/summary.txt")"
grep -q '^industries the taxonomy cannot place: 0$' "$scratch/summary.txt" || fail "unplaced industries"
grep -q "first batch (2019): $first_batch of 66 " "$scratch/summary.txt" || fail "completeness: $(cat "$scratch/summary.txt")"
grep -q '"unresolved": \[\]' "$scratch/match.json" || fail "unresolved list in JSON"
grep -q '"code": "440300", "name": "深圳市"' "$scratch/match.json" || fail "深圳 in JSON"
python3 - "$scratch/match.json" "$rows" "$first_batch" <<'PY' || fail "JSON does not parse or has the wrong counts"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["summary"]["clusters"] == int(sys.argv[2])
lists = {c["id"]: c for c in d["completeness"]}
assert lists["ndrc_sei_2019"]["held"] == int(sys.argv[3]) and lists["ndrc_sei_2019"]["announced"] == 66
assert lists["belts_all"]["announced"] is None
PY

# Row filters: only the belts of explicit evidence reported for 2021 or before; the rows left out
# are counted, and a filter on a column the table lacks is unusable input.
kept=$(python3 - "$bundled/belts/online_belts.csv" <<'PY'
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
print(sum(1 for r in rows if r["strength"] == "explicit" and r["year"] and int(r["year"]) <= 2021))
PY
)
"$cli" match --belts-where 'strength=explicit' --belts-where 'year=..2021' --out "$scratch/filtered.md" \
  > "$scratch/filtered.txt" 2> "$scratch/filtered.err" || fail "filtered match exited $?"
grep -q "^belts: $kept in " "$scratch/filtered.txt" || fail "filtered belts: $(cat "$scratch/filtered.txt")"
grep -q 'left out by the filter strength=explicit' "$scratch/filtered.err" || fail "filter count: $(cat "$scratch/filtered.err")"
# The other commands take the same filters (they share the analysis): the exported belts table.
"$cli" export --what belts --out "$scratch/kept.csv" --belts-where 'strength=explicit' --belts-where 'year=..2021' \
  > /dev/null 2> "$scratch/export.err" || fail "filtered export exited $?"
grep -q "$kept belt rows kept by --belts-where" "$scratch/export.err" || fail "export: $(cat "$scratch/export.err")"
set +e
"$cli" match --belts-where 'colour=red' > /dev/null 2> "$scratch/colour.err"; rc=$?
"$cli" match --belts-where 'strength' > /dev/null 2>&1; rc2=$?
set -e
[[ $rc -eq 2 && $rc2 -eq 2 ]] || fail "bad filters: exit $rc $rc2"
grep -q "no column 'colour' to filter on" "$scratch/colour.err" || fail "bad filter message: $(cat "$scratch/colour.err")"

# Fixtures: GBK clusters, XLSX belts, Markdown on stdout, unresolved rows listed, exit 0.
"$cli" match --clusters "$data/match_clusters_gbk.csv" --belts "$data/match_belts.xlsx" > "$scratch/match.md" \
  2> "$scratch/match.err" || fail "fixture match exited $?"
grep -q '| cities with both clusters and belts | 3 (60.0%) |' "$scratch/match.md" || fail "fixture summary"
grep -q "match_clusters_gbk.csv:8: '火星市'" "$scratch/match.md" || fail "unresolved cluster not listed"
grep -q "match_belts.xlsx:7: '通州区'" "$scratch/match.md" || fail "ambiguous belt not listed"
grep -q 'GBK' "$scratch/match.err" || fail "GBK recoding not reported"
# The user's own lists are measured against no published list.
grep -q 'Completeness of the bundled lists' "$scratch/match.md" && fail "completeness shown for the user's lists"

# CSV with a column mapping (the fixture's city column read as the county).
"$cli" match --clusters "$data/match_clusters.csv" --belts "$data/match_belts.csv" --format csv \
  --belts-map county=city > "$scratch/match.csv" 2>/dev/null || fail "csv match exited $?"
head -1 "$scratch/match.csv" | grep -q '^kind,file,row,name' || fail "csv header"

# Unusable input: exit 2 and a message naming the file and the problem.
set +e
"$cli" match --clusters "$data/match_no_industry.csv" > /dev/null 2> "$scratch/bad.err"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "no industry column: exit $rc"
grep -q 'match_no_industry.csv.*industry' "$scratch/bad.err" || fail "message: $(cat "$scratch/bad.err")"
set +e
"$cli" match --belts "$scratch/nowhere.csv" > /dev/null 2> "$scratch/missing.err"; rc=$?
"$cli" match --format pdf > /dev/null 2>&1; rc2=$?
"$cli" match --map nothing=x > /dev/null 2>&1; rc3=$?
set -e
[[ $rc -eq 2 ]] || fail "missing file: exit $rc"
grep -q 'nowhere.csv' "$scratch/missing.err" || fail "missing file not named"
[[ $rc2 -eq 2 && $rc3 -eq 2 ]] || fail "bad arguments: exit $rc2 $rc3"
echo "match CLI OK"
