#!/usr/bin/env python3
# The resource limits of README.md ("Resource limits"), measured: a CSV of 1,000,000 rows and a
# polygon of 10,000,000 vertices load within their time and memory bounds; a text table over the
# size limit is refused at once with a message naming it.
#   resource_limits.py CLUSTERBELT_CLI SCRATCH_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
import math
import os
import resource
import struct
import subprocess
import sys
import time

cli, scratch = sys.argv[1], sys.argv[2]
os.makedirs(scratch, exist_ok=True)
GIB = 1024 ** 3
failures = []


def run(args, bound_bytes, bound_seconds, want=0, message=None):
    """Runs the CLI in a child of its own and checks status, time and peak memory (ru_maxrss)."""
    probe = ("import resource,subprocess,sys,time\n"
             "t=time.time(); p=subprocess.run(sys.argv[1:],capture_output=True,text=True)\n"
             "print(p.returncode, time.time()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss*1024)\n"
             "sys.stderr.write(p.stderr)\n")
    p = subprocess.run([sys.executable, "-c", probe, cli] + args, capture_output=True, text=True)
    code, seconds, peak = p.stdout.split()
    code, seconds, peak = int(code), float(seconds), int(peak)
    what = "clusterbelt-cli " + " ".join(args)
    print("%s: exit %d, %.1f s, peak %.2f GiB" % (what, code, seconds, peak / GIB))
    if code != want:
        failures.append("%s: exit %d, expected %d\n%s" % (what, code, want, p.stderr[-2000:]))
    if seconds > bound_seconds:
        failures.append("%s: %.0f s, more than %d s" % (what, seconds, bound_seconds))
    if peak > bound_bytes:
        failures.append("%s: peak %.2f GiB, more than %.2f GiB" % (what, peak / GIB, bound_bytes / GIB))
    if message and message not in p.stderr:
        failures.append("%s: no message '%s' in\n%s" % (what, message, p.stderr[-2000:]))


# 1,000,000 cluster rows (58 MB).
table = os.path.join(scratch, "million_rows.csv")
cities = ["深圳市", "广州市", "温州市", "济南市", "杭州市", "苏州市"]
industries = ["生物医药", "新一代信息通信", "智能装备", "汽车", "电气", "手机"]
with open(table, "w", encoding="utf-8") as f:
    f.write("program,batch_year,cluster_name_zh,province,city,industry_zh\n")
    for i in range(1_000_000):
        f.write("NDRC-SEI,2019,集群%d,广东省,%s,%s\n" % (i, cities[i % 6], industries[(i // 6) % 6]))
run(["match", "--clusters", table, "--no-pairs", "--format", "json", "--out", os.path.join(scratch, "m.json")],
    1.5 * GIB, 180)

# One polygon of 10,000,000 vertices (a circle round 深圳, 160 MB of .shp).
n, cx, cy, r = 10_000_000, 114.0, 22.6, 0.5
ring = bytearray()
step = 2 * math.pi / (n - 1)
for i in range(n - 1):
    ring += struct.pack("<2d", cx + r * math.cos(i * step), cy + r * math.sin(i * step))
ring += ring[:16]
content = struct.pack("<i4di", 5, cx - r, cy - r, cx + r, cy + r, 1) + struct.pack("<ii", n, 0) + bytes(ring)


def header(words):
    return (struct.pack(">i5ii", 9994, 0, 0, 0, 0, 0, words) + struct.pack("<ii", 1000, 5) +
            struct.pack("<8d", cx - r, cy - r, cx + r, cy + r, 0, 0, 0, 0))


base = os.path.join(scratch, "ten_million_vertices")
record = struct.pack(">ii", 1, len(content) // 2) + content
with open(base + ".shp", "wb") as f:
    f.write(header(50 + len(record) // 2) + record)
with open(base + ".shx", "wb") as f:
    f.write(header(54) + struct.pack(">ii", 50, len(content) // 2))
dbf = struct.pack("<BBBBIHH20x", 3, 124, 1, 1, 1, 32 + 64 + 1, 1 + 6 + 30)
for name, width in [("adcode", 6), ("name", 30)]:
    dbf += struct.pack("<11sc4xBB14x", name.encode(), b"C", width, 0)
dbf += b"\r " + b"440300" + "深圳市".encode().ljust(30) + b"\x1a"
with open(base + ".dbf", "wb") as f:
    f.write(dbf)
with open(base + ".cpg", "w") as f:
    f.write("UTF-8")
with open(base + ".prj", "w") as f:
    f.write('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
            'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')
del ring, content, record
out = os.path.join(scratch, "outcomes.gpkg")
if os.path.exists(out):
    os.remove(out)
run(["export", "--what", "outcomes", "--boundaries", base + ".shp", "--out", out], 2 * GIB, 180)

# A text table over the size limit (sparse: no disk is used) is refused before it is read.
huge = os.path.join(scratch, "over_the_limit.csv")
with open(huge, "wb") as f:
    f.truncate(300 * 1024 * 1024)
run(["match", "--clusters", huge, "--no-pairs"], 0.5 * GIB, 30, want=2, message="300 MiB; a text table over 256 MiB is refused")

for name in ("million_rows.csv", "ten_million_vertices.shp", "over_the_limit.csv"):
    for f in os.listdir(scratch):
        if f.startswith(name.split(".")[0]):
            os.remove(os.path.join(scratch, f))
print("\n".join(failures) if failures else "all within the limits")
sys.exit(1 if failures else 0)
