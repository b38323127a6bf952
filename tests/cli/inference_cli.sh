#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clusterbelt-cli match --permutations / --colocation and sde --study --bootstrap / --by-year on
# the hand-made fixtures: the tests reach every output format, are fixed by their seed, and
# refuse what they cannot compute with a message naming the file, the row and the problem.
set -euo pipefail
cli=$1 data=$2 bundled=$3 scratch=$4
export CLUSTERBELT_DATA_DIR=$bundled
scratch=$scratch/inference
rm -rf "$scratch" && mkdir -p "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
fixtures=(--clusters "$data/match_clusters.csv" --belts "$data/match_belts.csv")

# The observed figures of the test are the match's own; the seed fixes every null value, and the
# number of threads changes nothing.
"$cli" match "${fixtures[@]}" --format json --permutations 999 --seed 5 --threads 1 --out "$scratch/a.json" \
  > /dev/null 2>&1 || fail "match --permutations exited $?"
"$cli" match "${fixtures[@]}" --format json --permutations 999 --seed 5 --threads 2 --out "$scratch/b.json" \
  > /dev/null 2>&1 || fail "second run exited $?"
cmp -s "$scratch/a.json" "$scratch/b.json" || fail "the same seed gave different reports"
"$cli" match "${fixtures[@]}" --format json --permutations 999 --seed 6 --out "$scratch/c.json" > /dev/null 2>&1
python3 - "$scratch/a.json" "$scratch/c.json" <<'PY' || fail "significance in the JSON report"
import json, sys
a, c = (json.load(open(p)) for p in sys.argv[1:])
test = a["significance"]["permutation_test"]
assert test["permutations"] == 999 and test["seed"] == 5 and test["null_model"] == "industries"
figures = {(f["figure"], f["programme"]): f for f in test["figures"]}
s = a["summary"]
assert figures[("cities_with_both", None)]["observed"] == s["cities_with_both"]
assert figures[("cities_with_both", None)]["fixed_by_model"] == 1
assert figures[("clusters_identical", None)]["observed"] == s["clusters_identical"]
identical = figures[("clusters_identical_or_similar", None)]
assert identical["observed"] == s["clusters_identical_or_similar"]
r = identical["at_least_observed"]
assert identical["p_value"] == round((r + 1) / 1000, 10) or abs(identical["p_value"] - (r + 1) / 1000) < 1e-9
assert sum(h["counts"][0] >= 0 for h in test["histograms"]) == len(test["figures"])
assert all(sum(h["counts"]) == 999 for h in test["histograms"])
assert c["significance"]["permutation_test"]["histograms"] != test["histograms"]
PY

# Markdown carries a Significance section; CSV needs a folder for the tables.
"$cli" match "${fixtures[@]}" --permutations 199 --null prefectures 2>/dev/null > "$scratch/report.md"
grep -q '^## Significance' "$scratch/report.md" || fail "no Significance section"
grep -q "^| cities with both | " "$scratch/report.md" || fail "no test of the cities with both"
if "$cli" match "${fixtures[@]}" --permutations 199 --format csv > /dev/null 2> "$scratch/err.txt"; then
  fail "csv without --significance-out was accepted"
fi
grep -q "significance-out" "$scratch/err.txt" || fail "csv refusal: $(cat "$scratch/err.txt")"
"$cli" match "${fixtures[@]}" --permutations 199 --format csv --significance-out "$scratch/tables" \
  > "$scratch/report.csv" 2>/dev/null || fail "csv with tables exited $?"
head -1 "$scratch/tables/permutation_test.csv" | grep -q "figure,programme,whole,observed" \
  || fail "permutation table header: $(head -1 "$scratch/tables/permutation_test.csv")"

# Fewer than 99 permutations, and unusable weights, are refused naming the problem.
if "$cli" match "${fixtures[@]}" --permutations 50 > /dev/null 2> "$scratch/err.txt"; then fail "50 permutations"; fi
grep -q "at least 99" "$scratch/err.txt" || fail "50 permutations: $(cat "$scratch/err.txt")"
printf 'code,population\n440300,1756\n330300,-5\n370100,\n999999,3\n' > "$scratch/weights.csv"
set +e
"$cli" match "${fixtures[@]}" --permutations 99 --null weights --unit-weights "$scratch/weights.csv" \
  --weight-column population > /dev/null 2> "$scratch/err.txt"
status=$?
set -e
[[ $status -eq 2 ]] || fail "bad weights: exit $status"
grep -q "weights.csv:3: error: population '-5'" "$scratch/err.txt" || fail "negative weight: $(cat "$scratch/err.txt")"
grep -q "weights.csv:4: error: no population" "$scratch/err.txt" || fail "missing weight: $(cat "$scratch/err.txt")"
grep -q "weights.csv:5: error: '999999'" "$scratch/err.txt" || fail "unknown place: $(cat "$scratch/err.txt")"
printf 'city,population\n深圳市,1756\n温州市,965\n济南市,934\n莱芜市,100\n' > "$scratch/weights.csv"
"$cli" match "${fixtures[@]}" --permutations 99 --null weights --unit-weights "$scratch/weights.csv" \
  --weight-place city --weight-column population --format json > "$scratch/w.json" 2> "$scratch/err.txt" \
  || fail "weights: $(cat "$scratch/err.txt")"
grep -q "weights are added" "$scratch/err.txt" || fail "莱芜 not merged into 济南: $(cat "$scratch/err.txt")"
grep -Eq '"null_model": ?"weights"' "$scratch/w.json" || fail "weights model not in the report"

# The colocation quotient at the prefectures' points, with one local value per placed cluster.
"$cli" match "${fixtures[@]}" --colocation knn --k 4 --permutations 199 --format json --out "$scratch/clq.json" \
  > /dev/null 2>&1 || fail "colocation exited $?"
python3 - "$scratch/clq.json" <<'PY' || fail "colocation in the JSON report"
import json, sys
d = json.load(open(sys.argv[1]))
c = d["significance"]["colocation"]
assert c["neighbourhood"] == "knn" and c["k"] == 4 and c["permutations"] == 199
assert c["clq"] >= 0 and 0 < c["p_value"] <= 1
assert len(c["local"]) == d["summary"]["clusters"]
assert all(0 < row["p_value"] <= 1 for row in c["local"])
PY

# Ellipse bootstraps and the ellipses per year of the clusters' batch_year.
"$cli" sde --study "${fixtures[@]}" --bootstrap 199 --by-year batch_year > "$scratch/sde.json" 2> "$scratch/err.txt" \
  || fail "sde --bootstrap exited $?: $(cat "$scratch/err.txt")"
python3 - "$scratch/sde.json" <<'PY' || fail "bootstrap or over_time in sde --study"
import json, sys
d = json.load(open(sys.argv[1]))
groups = [e["group"] for e in d["ellipses"]]
assert [b["group"] for b in d["bootstrap"]] == groups
for b in d["bootstrap"]:
    if b["reason"] is None:
        assert b["center_x_low"] <= b["center_x"] <= b["center_x_high"], b
        assert b["replicates"] + b["undefined_replicates"] == 199
years = {(r["group"], r["year"]) for r in d["over_time"]}
assert ("clusters", 2019) in years and ("clusters", 2021) in years, years
PY
if "$cli" sde --study "${fixtures[@]}" --bootstrap 199 --format csv > /dev/null 2> "$scratch/err.txt"; then
  fail "sde csv without --significance-out"
fi
if "$cli" sde --study "${fixtures[@]}" --bootstrap 10 > /dev/null 2> "$scratch/err.txt"; then fail "10 replicates"; fi
grep -q "at least 99" "$scratch/err.txt" || fail "10 replicates: $(cat "$scratch/err.txt")"
# A weighted points table: each group's bootstrap is about the very ellipse sde reports.
"$cli" sde --points "$data/sde_points.csv" --x lon --y lat --weight employment --group kind --bootstrap 199 \
  --seed 3 > "$scratch/points.json" 2> "$scratch/err.txt" || fail "sde --points --bootstrap: $(cat "$scratch/err.txt")"
python3 - "$scratch/points.json" <<'PY' || fail "bootstrap of sde --points"
import json, sys
d = json.load(open(sys.argv[1]))
ellipses = {e["group"]: e for e in d["ellipses"]}
assert [b["group"] for b in d["bootstrap"]] == sorted(ellipses), d["bootstrap"]
for b in d["bootstrap"]:
    e = ellipses[b["group"]]
    assert abs(b["sigma_major"] - e["sigma_major"]) < 1e-3 * e["sigma_major"], (b, e["sigma_major"])
    assert abs(b["center_x"] - e["center_x"]) < 1.0, (b["center_x"], e["center_x"])
    assert b["sigma_major_low"] < b["sigma_major"] < b["sigma_major_high"]
PY
echo "inference CLI: OK"
