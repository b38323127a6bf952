#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clusterbelt-cli match: the bundled lists (no unresolved clusters), the hand-made fixtures
# (unresolved rows listed, exit 0) and unusable input (exit 2 naming the file and the problem).
set -euo pipefail
cli=$1 data=$2 bundled=$3 scratch=$4
export CLUSTERBELT_DATA_DIR=$bundled
mkdir -p "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Bundled data, JSON to a file, summary on stdout.
"$cli" match --format json --out "$scratch/match.json" > "$scratch/summary.txt" || fail "bundled match exited $?"
grep -q '^clusters: 113 ' "$scratch/summary.txt" || fail "summary: $(cat "$scratch/summary.txt")"
grep -q '^unresolved rows: 0 ' "$scratch/summary.txt" || fail "bundled rows unresolved: $(cat "$scratch/summary.txt")"
grep -q '"unresolved": \[\]' "$scratch/match.json" || fail "unresolved list in JSON"
grep -q '"code": "440300", "name": "深圳市"' "$scratch/match.json" || fail "深圳 in JSON"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['summary']['clusters']==113" "$scratch/match.json" \
  || fail "JSON does not parse or has the wrong count"

# Fixtures: GBK clusters, XLSX belts, Markdown on stdout, unresolved rows listed, exit 0.
"$cli" match --clusters "$data/match_clusters_gbk.csv" --belts "$data/match_belts.xlsx" > "$scratch/match.md" \
  2> "$scratch/match.err" || fail "fixture match exited $?"
grep -q '| cities with both clusters and belts | 3 (60.0%) |' "$scratch/match.md" || fail "fixture summary"
grep -q "match_clusters_gbk.csv:8: '火星市'" "$scratch/match.md" || fail "unresolved cluster not listed"
grep -q "match_belts.xlsx:7: '通州区'" "$scratch/match.md" || fail "ambiguous belt not listed"
grep -q 'GBK' "$scratch/match.err" || fail "GBK recoding not reported"

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
