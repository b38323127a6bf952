#!/usr/bin/env python3
# Makes the bad-input corpus of tests/data/bad/: small files that are broken the way real files
# break (truncated, mutated, mislabelled, hostile), and manifest.tsv, one line per file saying what
# is wrong with it and what the command line must answer. tests/bad/run_corpus.sh runs every
# command on every file; tests/bad/check_corpus.py checks that the committed files are what this
# script makes.
#
#   python3 tests/data/bad/make_corpus.py [OUT_DIR]     (default: the folder of this script)
#
# Deterministic: no clock, no randomness without a fixed seed, tar and gzip headers with mtime 0.
# SPDX-License-Identifier: GPL-3.0-or-later
import gzip
import io
import json
import math
import os
import random
import sqlite3
import struct
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
RNG = random.Random(20240613)

MANIFEST_HEADER = "file\tkind\texpect\tmessage\tproblem\n"
entries = []  # (file, kind, expect, message regex, problem)


def add(name, data, kind, expect, message, problem):
    """Writes one corpus file and its manifest line. `message` is an extended regular expression
    (grep -E) that standard error must match; `expect` is `error` (exit 2) or `warning` (exit 0)."""
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    entries.append((name, kind, expect, message, problem))


def side_file(name, data):
    """A companion file (.shx, .dbf, …) that belongs to a manifest entry but is not one."""
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# ---- geometry shared by the formats --------------------------------------------------------

# Two squares in Guangdong, lon/lat: 广州市 and 深圳市 (not their shapes; their places).
GUANGZHOU = [(113.0, 23.0), (113.5, 23.0), (113.5, 23.5), (113.0, 23.5), (113.0, 23.0)]
SHENZHEN = [(114.0, 22.5), (114.4, 22.5), (114.4, 22.8), (114.0, 22.8), (114.0, 22.5)]
BOWTIE = [(113.0, 23.0), (113.5, 23.5), (113.5, 23.0), (113.0, 23.5), (113.0, 23.0)]

# ---- CSV tables (clusters, belts, points) --------------------------------------------------

CLUSTER_HEADER = "program,batch_year,cluster_name_zh,province,city,industry_zh,lon,lat\n"
CLUSTER_ROW = "NDRC-SEI,2019,深圳信息通信集群,广东省,深圳市,新一代信息通信,114.06,22.54\n"
CLUSTER_ROW2 = "MIIT-AMC,2021,广州智能装备集群,广东省,广州市,智能装备,113.26,23.13\n"
GOOD_CSV = CLUSTER_HEADER + CLUSTER_ROW + CLUSTER_ROW2


def tables():
    k = "table"
    add("table/empty.csv", b"", k, "error", r"empty\.csv.*(empty|no table)", "a zero-byte file")
    add("table/bom_only.csv", b"\xef\xbb\xbf", k, "error", r"bom_only\.csv.*empty", "only a UTF-8 byte order mark")
    add("table/whitespace_only.csv", b"  \n\n\t\n", k, "error", r"whitespace_only\.csv.*empty", "blank lines only")
    add("table/header_only.csv", CLUSTER_HEADER, k, "warning", r"header_only\.csv.*no rows", "a header and no rows")
    add("table/no_industry_column.csv", "program,city\nNDRC-SEI,深圳市\n", k, "error",
        r"no_industry_column\.csv.*no industry column", "lacks the industry column")
    add("table/no_place_column.csv", "program,industry_zh\nNDRC-SEI,生物医药\n", k, "error",
        r"no_place_column\.csv.*no place column", "lacks every place column (city, code, county)")
    add("table/binary_garbage.csv", bytes(RNG.randrange(256) for _ in range(700)), k, "error",
        r"binary_garbage\.csv.*(neither UTF-8 nor GBK|cannot read|no industry column)", "random bytes named .csv")
    add("table/nul_bytes.csv", GOOD_CSV.encode() .replace(b"\xe6\xb7\xb1", b"\x00\x00\x00"), k, "warning", r"nul_bytes\.csv:2: warning: no industry given", "NUL bytes in the middle of a name")
    add("table/invalid_utf8_not_gbk.csv", CLUSTER_HEADER.encode() + b"NDRC-SEI,2019,\xff\xfe\xff\xfe,\x80\x80,\xff,\xfe,1,2\n",
        k, "warning", r"invalid_utf8_not_gbk\.csv(:2: warning: no industry given|.*read it as GBK)", "bytes that are neither UTF-8 nor GBK")
    add("table/unbalanced_quote.csv", CLUSTER_HEADER + 'NDRC-SEI,2019,"深圳信息通信集群,广东省,深圳市,新一代信息通信,1,2\n',
        k, "warning", r"unbalanced_quote\.csv", "a quote opened and never closed (the rest of the file is one value)")
    add("table/ragged_rows.csv", CLUSTER_HEADER + "NDRC-SEI,2019\n" + CLUSTER_ROW.strip() + ",extra,extra,extra\n",
        k, "warning", r"ragged_rows\.csv:2.*no industry", "rows with too few and too many fields")
    add("table/bad_year.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("2019", "二〇一九"), k, "warning",
        r"bad_year\.csv:2: warning: not a year", "a year that is not a number")
    add("table/year_out_of_range.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("2019", "99999999999999999999"), k,
        "warning", r"year_out_of_range\.csv:2: warning: not a year", "a year of twenty digits")
    add("table/bad_lon.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("114.06", "114°E"), k, "warning",
        r"bad_lon\.csv:2: warning: not a number in lon", "a longitude with a degree sign")
    add("table/nan_lat.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("22.54", "nan"), k, "warning",
        r"nan_lat\.csv:2: warning: not a number in lat", "a latitude of NaN")
    add("table/inf_lon.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("114.06", "1e999"), k, "warning",
        r"inf_lon\.csv:2: warning: not a number in lon", "a longitude that overflows to infinity")
    add("table/empty_industry.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("新一代信息通信", ""), k, "warning",
        r"empty_industry\.csv:2: warning: no industry given", "a row without an industry")
    add("table/unknown_city.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("深圳市", "不存在市"), k, "ok", r"", "a city no gazetteer knows")
    add("table/duplicate_header.csv", "industry_zh,industry_zh,city\n生物医药,医药,深圳市\n", k, "ok", r"", "the same column name twice")
    add("table/very_long_field.csv", CLUSTER_HEADER + CLUSTER_ROW.replace("深圳信息通信集群", "集" * 10000), k, "ok", r"", "a name of 10,000 characters")
    add("table/many_columns.csv", ",".join("c%d" % i for i in range(3000)) + ",industry_zh,city\n" +
        ",".join("" for _ in range(3000)) + ",生物医药,深圳市\n", k, "error",
        r"many_columns\.csv.*GDAL: 3002 columns detected. Limiting to 2000",
        "3,002 columns: GDAL keeps 2,000, so the industry column is lost (said so)")
    add("table/only_newlines_in_quotes.csv", CLUSTER_HEADER + '"\n\n\n",2019,a,广东省,深圳市,生物医药,1,2\n', k, "ok", r"", "a quoted value of newlines")
    add("table/gbk_header_broken.csv", "program,城市,industry_zh\n".encode("gbk")[:-3] + b"\xb3\n", k, "error",
        r"gbk_header_broken\.csv", "a GBK header cut in the middle of a character")
    add("table/semicolons.csv", GOOD_CSV.replace(",", ";"), k, "ok", r"",
        "separated by semicolons: one column")
    add("table/xlsx_bytes.csv", zip_bytes({"[Content_Types].xml": "<Types/>"}), k, "error", r"xlsx_bytes\.csv.*GDAL cannot read the file as CSV", "a zip archive named .csv")
    add("table/truncated.xlsx", xlsx_bytes()[:300], k, "error", r"truncated\.xlsx.*GDAL cannot open",
        "an XLSX cut after 300 bytes")
    add("table/empty.xlsx", b"", k, "error", r"empty\.xlsx.*GDAL cannot open", "a zero-byte .xlsx")
    add("table/not_a_zip.xlsx", "program,city\n", k, "error", r"not_a_zip\.xlsx.*GDAL cannot open",
        "CSV text named .xlsx")
    add("table/zip_without_workbook.xlsx", zip_bytes({"hello.txt": "hello"}), k, "error",
        r"zip_without_workbook\.xlsx.*GDAL cannot open", "a zip without a workbook")
    add("table/xlsx_no_industry.xlsx", xlsx_bytes([["program", "city"], ["NDRC-SEI", "深圳市"]]), k, "error",
        r"xlsx_no_industry\.xlsx.*no industry column", "a sheet without an industry column")
    add("table/xlsx_bad_year.xlsx", xlsx_bytes([["city", "industry_zh", "batch_year"], ["深圳市", "生物医药", "abc"]]),
        k, "warning", r"xlsx_bad_year\.xlsx:2: warning: not a year", "a sheet with a year that is text")
    add("table/truncated.geojson", json.dumps(points_fc(), ensure_ascii=False)[:120], k, "error",
        r"truncated\.geojson.*GDAL cannot open", "GeoJSON cut in the middle")
    add("table/geojson_no_industry.geojson", json.dumps(points_fc(industry=False), ensure_ascii=False), k, "error",
        r"geojson_no_industry\.geojson.*no industry column", "points without an industry property")
    add("table/geojson_features_not_list.geojson", '{"type":"FeatureCollection","features":7}', k, "error",
        r"geojson_features_not_list\.geojson", "\"features\" is a number")
    add("table/not_json.geojson", "this is not JSON {", k, "error", r"not_json\.geojson.*GDAL cannot open",
        "text that is not JSON named .geojson")
    add("table/random.gpkg", bytes(RNG.randrange(256) for _ in range(1024)), k, "error",
        r"random\.gpkg.*GDAL cannot open", "random bytes named .gpkg")
    add("table/directory.csv/README", "a folder named like a table\n", k, "error", r"directory\.csv.*no such file",
        "a folder named .csv (the entry is the folder)")
    entries[-1] = ("table/directory.csv",) + entries[-1][1:]
    add("table/unknown_extension.xyz", GOOD_CSV, k, "error", r"unknown_extension\.xyz.*GDAL cannot open",
        "a CSV with an extension no driver knows")
    add("table/tsv_as_csv.csv", GOOD_CSV.replace(",", "\t"), k, "ok", r"",
        "tab-separated text named .csv (GDAL detects the tab)")
    add("table/crlf_mixed.csv", CLUSTER_HEADER.replace("\n", "\r\n") + CLUSTER_ROW + CLUSTER_ROW2.replace("\n", "\r"),
        k, "ok", r"", "CRLF, LF and a lone CR mixed")
    add("table/negative_weight.csv", "city,industry_zh,weight\n深圳市,生物医药,-5\n深圳市,医药,abc\n", k, "warning",
        r"negative_weight\.csv:3: warning: not a number in weight", "a weight that is text")


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            z.writestr(info, text)
    return buffer.getvalue()


def xlsx_bytes(rows=None):
    """A minimal XLSX workbook with inline strings."""
    rows = rows or [["city", "industry_zh"], ["深圳市", "生物医药"]]

    def cell(ref, value):
        value = str(value).replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value)

    sheet_rows = "".join(
        '<row r="%d">%s</row>' % (r + 1, "".join(cell("%s%d" % (chr(65 + c), r + 1), v) for c, v in enumerate(row)))
        for r, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    return zip_bytes({
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?><workbook %s %s><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel),
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, sheet_rows),
    })


def points_fc(industry=True):
    props = {"city": "深圳市", "name": "深圳信息通信集群"}
    if industry:
        props["industry_zh"] = "新一代信息通信"
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [114.06, 22.54]}}]}


# ---- boundaries: GeoJSON, Shapefile, GeoPackage ---------------------------------------------

def polygon_fc(rings_by_feature, props=None):
    features = []
    for i, rings in enumerate(rings_by_feature):
        p = (props or [{"adcode": "440100", "name": "广州市"}, {"adcode": "440300", "name": "深圳市"}])[i % 2]
        geometry = None if rings is None else {"type": "Polygon", "coordinates": [[list(pt) for pt in ring] for ring in rings]}
        features.append({"type": "Feature", "properties": p, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def shp_files(rings, shape_type=5):
    """Polygon (type 5) Shapefile bytes: .shp, .shx, .dbf (fields adcode, name; UTF-8)."""
    records = []
    for ring in rings:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        content = struct.pack("<i4di", shape_type, min(xs), min(ys), max(xs), max(ys), 1)
        content += struct.pack("<ii", len(ring), 0)
        content += b"".join(struct.pack("<2d", *p) for p in ring)
        records.append(content)
    allx = [p[0] for r in rings for p in r] or [0]
    ally = [p[1] for r in rings for p in r] or [0]

    def header(length_words):
        return (struct.pack(">i5ii", 9994, 0, 0, 0, 0, 0, length_words) +
                struct.pack("<ii", 1000, shape_type) +
                struct.pack("<8d", min(allx), min(ally), max(allx), max(ally), 0, 0, 0, 0))

    body, index, offset = b"", b"", 50
    for n, content in enumerate(records, start=1):
        body += struct.pack(">ii", n, len(content) // 2) + content
        index += struct.pack(">ii", offset, len(content) // 2)
        offset += 4 + len(content) // 2
    shp = header(50 + len(body) // 2) + body
    shx = header(50 + len(index) // 2) + index
    fields = [("adcode", 6), ("name", 30)]
    names = [("440100", "广州市"), ("440300", "深圳市")]
    record_size = 1 + sum(w for _, w in fields)
    dbf = struct.pack("<BBBBIHH20x", 3, 124, 1, 1, len(rings), 32 + 32 * len(fields) + 1, record_size)
    for name, width in fields:
        dbf += struct.pack("<11sc4xBB14x", name.encode(), b"C", width, 0)
    dbf += b"\r"
    for i in range(len(rings)):
        code, name = names[i % 2]
        dbf += b" " + code.encode().ljust(6) + name.encode("utf-8").ljust(30)
    dbf += b"\x1a"
    return shp, shx, dbf


WGS84_PRJ = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
             'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')


def shapefile(base, shp, shx, dbf, prj=WGS84_PRJ, cpg="UTF-8"):
    """Writes the companions of `base`.shp; the .shp itself is the manifest entry."""
    if shx is not None:
        side_file(base + ".shx", shx)
    if dbf is not None:
        side_file(base + ".dbf", dbf)
    if prj is not None:
        side_file(base + ".prj", prj)
    if cpg is not None:
        side_file(base + ".cpg", cpg)
    return shp


def gpkg_blob(rings, srs_id=4326):
    wkb = struct.pack("<BII", 1, 3, len(rings))
    for ring in rings:
        wkb += struct.pack("<I", len(ring)) + b"".join(struct.pack("<2d", *p) for p in ring)
    return b"GP" + bytes([0, 1]) + struct.pack("<i", srs_id) + wkb


def gpkg_bytes(features, table="prefectures", contents_table=None, geometry_type="MULTIPOLYGON"):
    """A GeoPackage made with SQL (the layout of the OGC standard, the least GDAL checks)."""
    path = os.path.join(OUT, ".tmp.gpkg")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=1196444487")
    db.execute("PRAGMA user_version=10300")
    db.executescript("""
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
        description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT '2000-01-01T00:00:00.000Z', min_x DOUBLE,
        min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
    """)
    db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, ?, NULL)", (
        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]',))
    db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL)")
    db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)")
    name = contents_table or table
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 4326)", (name, name))
    db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)", (name, geometry_type))
    if table:
        db.execute('CREATE TABLE "%s" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, adcode TEXT, name TEXT)' % table)
        for code, fname, blob in features:
            db.execute('INSERT INTO "%s" (geom, adcode, name) VALUES (?, ?, ?)' % table, (blob, code, fname))
    db.commit()
    db.close()
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


def boundaries():
    k = "boundaries"
    good = polygon_fc([[GUANGZHOU], [SHENZHEN]])
    text = json.dumps(good, ensure_ascii=False)
    add("boundaries/empty.geojson", b"", k, "error", r"empty\.geojson.*GDAL cannot open", "a zero-byte GeoJSON")
    add("boundaries/truncated.geojson", text[: len(text) // 2], k, "error", r"truncated\.geojson.*GDAL cannot open",
        "GeoJSON cut in half")
    add("boundaries/not_json.geojson", "<html>not found</html>", k, "error", r"not_json\.geojson.*GDAL cannot open",
        "an HTML error page saved as .geojson")
    add("boundaries/empty_collection.geojson", '{"type":"FeatureCollection","features":[]}', k, "error", r"empty_collection\.geojson.*(no polygon layer|no usable boundary polygon)", "no features")
    add("boundaries/points_only.geojson", json.dumps(points_fc(), ensure_ascii=False), k, "error",
        r"points_only\.geojson.*(no polygon layer|no regions)", "points, not polygons")
    add("boundaries/null_geometries.geojson", json.dumps(polygon_fc([None, None]), ensure_ascii=False), k, "error",
        r"null_geometries\.geojson.*(no polygon layer|no regions|empty geometry)", "features without geometry")
    add("boundaries/one_null_geometry.geojson", json.dumps(polygon_fc([[GUANGZHOU], None]), ensure_ascii=False), k,
        "warning", r"one_null_geometry\.geojson.*(empty geometry|no polygonal)", "one feature without geometry")
    add("boundaries/bowtie.geojson", json.dumps(polygon_fc([[BOWTIE], [SHENZHEN]]), ensure_ascii=False), k, "ok",
        r"", "a self-intersecting ring (repaired; `info` lists the repair)")
    add("boundaries/unclosed_ring.geojson", json.dumps(polygon_fc([[GUANGZHOU[:-1]], [SHENZHEN]]), ensure_ascii=False),
        k, "warning", r"unclosed_ring\.geojson:1: warning: .*no polygonal geometry", "a ring whose last point is not its first")
    add("boundaries/two_point_ring.geojson", json.dumps(polygon_fc([[GUANGZHOU[:2]], [SHENZHEN]]), ensure_ascii=False),
        k, "warning", r"two_point_ring\.geojson:1: warning: .*no polygonal geometry", "a ring of two points")
    add("boundaries/huge_coordinates.geojson",
        json.dumps(polygon_fc([[[(x * 1e300, y * 1e300) for x, y in GUANGZHOU]], [SHENZHEN]]), ensure_ascii=False), k, "warning", r"huge_coordinates\.geojson:1: error: .*not a number or beyond", "coordinates of 1e302 degrees")
    add("boundaries/out_of_range.geojson",
        json.dumps(polygon_fc([[[(x + 400, y + 100) for x, y in GUANGZHOU]], [SHENZHEN]]), ensure_ascii=False), k,
        "warning", r"out_of_range\.geojson", "a longitude beyond 360° and a latitude beyond 90°")
    add("boundaries/nan_coordinates.geojson", text.replace("113.5", "NaN", 1), k, "warning", r"nan_coordinates\.geojson:1: error: .*not a number or beyond", "NaN in a coordinate (not JSON)")
    add("boundaries/no_fields.geojson",
        json.dumps(polygon_fc([[GUANGZHOU], [SHENZHEN]], props=[{}, {}]), ensure_ascii=False), k, "warning",
        r"no_fields\.geojson.*no code field", "polygons without code or name")
    add("boundaries/duplicate_codes.geojson",
        json.dumps(polygon_fc([[GUANGZHOU], [SHENZHEN]], props=[{"adcode": "440300", "name": "深圳市"}] * 2),
                   ensure_ascii=False), k, "warning", r"duplicate_codes\.geojson.*duplicate code", "two features with one code")
    deep = '{"type":"FeatureCollection","features":[' + "[" * 20000 + "]" * 20000 + "]}"
    add("boundaries/deep_nesting.geojson", deep, k, "error", r"deep_nesting\.geojson.*GDAL cannot open",
        "arrays nested 20,000 deep")

    shp, shx, dbf = shp_files([GUANGZHOU, SHENZHEN])
    add("boundaries/truncated_shp/truncated.shp", shapefile("boundaries/truncated_shp/truncated", shp, shx, dbf)[:150],
        k, "error", r"truncated\.shp", "a .shp cut after 150 bytes")
    add("boundaries/header_only_shp/header_only.shp",
        shapefile("boundaries/header_only_shp/header_only", shp, shx, dbf)[:100], k, "error", r"header_only\.shp",
        "a .shp with its header and no record (the .shx still lists two)")
    add("boundaries/zero_byte_shp/zero_byte.shp", shapefile("boundaries/zero_byte_shp/zero_byte", b"", shx, dbf)
        , k, "error", r"zero_byte\.shp.*GDAL cannot open", "a zero-byte .shp")
    add("boundaries/no_shx/no_shx.shp", shapefile("boundaries/no_shx/no_shx", shp, None, dbf), k, "warning",
        r"no_shx\.shp", "a .shp without its .shx")
    add("boundaries/no_dbf/no_dbf.shp", shapefile("boundaries/no_dbf/no_dbf", shp, shx, None), k, "warning", r"no_dbf\.shp: warning: no code field", "a .shp without its .dbf")
    add("boundaries/no_prj/no_prj.shp", shapefile("boundaries/no_prj/no_prj", shp, shx, dbf, prj=None), k, "warning",
        r"no_prj\.shp.*no CRS", "a .shp without its .prj")
    bad_count = bytearray(shp)
    struct.pack_into("<i", bad_count, 100 + 8 + 36, 0x7FFFFFF0)  # numParts of the first record
    add("boundaries/huge_part_count/huge_part_count.shp",
        shapefile("boundaries/huge_part_count/huge_part_count", bytes(bad_count), shx, dbf), k, "warning", r"huge_part_count\.shp:1: warning: .*empty geometry", "a record claiming 2,147,483,632 parts")
    bad_points = bytearray(shp)
    struct.pack_into("<i", bad_points, 100 + 8 + 40, 0x7FFFFFF0)  # numPoints of the first record
    add("boundaries/huge_point_count/huge_point_count.shp",
        shapefile("boundaries/huge_point_count/huge_point_count", bytes(bad_points), shx, dbf), k, "warning", r"huge_point_count\.shp:1: warning: .*empty geometry", "a record claiming 2,147,483,632 points")
    bad_shx = bytearray(shx)
    struct.pack_into(">i", bad_shx, 100, 0x3FFFFFFF)  # offset of the first record, far past the end
    add("boundaries/bad_shx_offset/bad_shx_offset.shp",
        shapefile("boundaries/bad_shx_offset/bad_shx_offset", shp, bytes(bad_shx), dbf), k, "warning", r"bad_shx_offset\.shp:1: warning: .*empty geometry", "the .shx points the first record past the end of the .shp")
    add("boundaries/point_shapefile/point_shapefile.shp",
        shapefile("boundaries/point_shapefile/point_shapefile", *shp_files([GUANGZHOU[:1], SHENZHEN[:1]], shape_type=1)[:1],
                  None, None), k, "error", r"point_shapefile\.shp", "a Shapefile of points, no .shx nor .dbf")
    bad_dbf = bytearray(dbf)
    struct.pack_into("<I", bad_dbf, 4, 1000000)  # record count far beyond the file
    add("boundaries/dbf_record_count/dbf_record_count.shp",
        shapefile("boundaries/dbf_record_count/dbf_record_count", shp, shx, bytes(bad_dbf)), k, "ok", r"", "a .dbf claiming 1,000,000 records")
    mutated = bytearray(shp)
    for _ in range(12):
        mutated[RNG.randrange(100, len(mutated))] = RNG.randrange(256)
    add("boundaries/mutated_shp/mutated.shp", shapefile("boundaries/mutated_shp/mutated", bytes(mutated), shx, dbf),
        k, "error", r"mutated\.shp", "twelve random bytes of the records changed")
    add("boundaries/gbk_no_cpg/gbk_no_cpg.shp",
        shapefile("boundaries/gbk_no_cpg/gbk_no_cpg", shp, shx, dbf.replace("广州市".encode(), "广州市".encode("gbk") + b"   ")
                  .replace("深圳市".encode(), "深圳市".encode("gbk") + b"   "), cpg=None), k, "warning",
        r"gbk_no_cpg\.shp.*GBK", "GBK names, no .cpg")

    blobs = [("440100", "广州市", gpkg_blob([GUANGZHOU])), ("440300", "深圳市", gpkg_blob([SHENZHEN]))]
    valid = gpkg_bytes(blobs)
    add("boundaries/truncated.gpkg", valid[: len(valid) // 3], k, "error", r"truncated\.gpkg",
        "a GeoPackage cut to a third")
    add("boundaries/random.gpkg", bytes(RNG.randrange(256) for _ in range(2048)), k, "error",
        r"random\.gpkg.*GDAL cannot open", "random bytes named .gpkg")
    add("boundaries/text.gpkg", "not a database\n", k, "error", r"text\.gpkg.*GDAL cannot open", "text named .gpkg")
    add("boundaries/garbage_blob.gpkg", gpkg_bytes([("440100", "广州市", b"GP\x00\x01garbage"),
                                                    ("440300", "深圳市", gpkg_blob([SHENZHEN]))]), k, "warning",
        r"garbage_blob\.gpkg", "one geometry blob is garbage")
    add("boundaries/huge_ring_count.gpkg",
        gpkg_bytes([("440100", "广州市", gpkg_blob([GUANGZHOU])[:12] + struct.pack("<I", 0x7FFFFFFF)),
                    ("440300", "深圳市", gpkg_blob([SHENZHEN]))]), k, "warning", r"huge_ring_count\.gpkg",
        "a WKB polygon claiming 2^31 rings")
    add("boundaries/missing_table.gpkg", gpkg_bytes([], table=None, contents_table="prefectures"), k, "error",
        r"missing_table\.gpkg", "gpkg_contents names a table that is not there")
    add("boundaries/no_features.gpkg", gpkg_bytes([]), k, "error", r"no_features\.gpkg", "a polygon layer of no features")
    mutated = bytearray(valid)
    for _ in range(40):
        mutated[RNG.randrange(100, len(mutated))] = RNG.randrange(256)
    add("boundaries/mutated.gpkg", bytes(mutated), k, "error", r"mutated\.gpkg", "forty random bytes changed")


# ---- ECharts tarballs -------------------------------------------------------------------------

def zigzag(v):
    return v * 2 if v >= 0 else -v * 2 - 1


def encode_ring(ring, scale=1024):
    q = [(math.floor(x * scale + 0.5), math.floor(y * scale + 0.5)) for x, y in ring[:-1]]
    ox, oy = q[0]
    px, py = ox, oy
    out = ""
    for x, y in q:
        out += chr(zigzag(x - px) + 64) + chr(zigzag(y - py) + 64)
        px, py = x, y
    return out, [ox, oy]


def echarts_map(rings_by_id, scale=1024, scale_field=None, encoded=True):
    features = []
    for code, name, ring in rings_by_id:
        text, offsets = encode_ring(ring, scale)
        features.append({"type": "Feature", "id": code, "properties": {"name": name, "cp": list(ring[0]), "childNum": 1},
                         "geometry": {"type": "Polygon", "coordinates": [text], "encodeOffsets": [offsets]}})
    doc = {"type": "FeatureCollection", "features": features}
    if encoded:
        doc["UTF8Encoding"] = True
    if scale_field is not None:
        doc["UTF8Scale"] = scale_field
    return doc


def tar_gz(members):
    """A .tgz like `npm pack`: every member under package/, mtime 0."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members.items():
            data = data if isinstance(data, bytes) else data.encode("utf-8")
            info = tarfile.TarInfo("package/" + name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=out, mode="wb", mtime=0) as z:
        z.write(raw.getvalue())
    return out.getvalue()


def echarts():
    k = "echarts"
    province = [("440100", "广州市", GUANGZHOU), ("440300", "深圳市", SHENZHEN)]
    china = [("440000", "广东", GUANGZHOU)]

    def tarball(prov_doc, china_doc=None):
        p = prov_doc if isinstance(prov_doc, (str, bytes)) else json.dumps(prov_doc, ensure_ascii=False)
        c = china_doc if china_doc is not None else json.dumps(echarts_map(china), ensure_ascii=False)
        return tar_gz({"map/json/province/guangdong.json": p, "map/json/china.json": c})

    def scaled(value):
        return tarball(echarts_map(province, scale_field=value))

    add("echarts/negative_scale.tgz", scaled(-1024), k, "error", r"negative_scale\.tgz.*UTF8Scale",
        "UTF8Scale is -1024 (the importer once never returned)")
    add("echarts/zero_scale.tgz", scaled(0), k, "error", r"zero_scale\.tgz.*UTF8Scale", "UTF8Scale is 0")
    add("echarts/negative_tiny_scale.tgz", scaled(-1e-300), k, "error", r"negative_tiny_scale\.tgz.*UTF8Scale",
        "UTF8Scale is -1e-300: coordinates of 1e305 degrees (GEOS never returned on china.json)")
    add("echarts/tiny_scale.tgz", scaled(1e-300), k, "error", r"tiny_scale\.tgz.*UTF8Scale", "UTF8Scale is 1e-300")
    add("echarts/huge_scale.tgz", scaled(1e300), k, "error", r"huge_scale\.tgz.*UTF8Scale", "UTF8Scale is 1e300")
    add("echarts/text_scale.tgz", scaled("1024"), k, "error", r"text_scale\.tgz.*UTF8Scale",
        "UTF8Scale is the text \"1024\"")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["encodeOffsets"] = [[9223372036854775807, 9223372036854775807]]
    add("echarts/huge_offsets.tgz", tarball(doc), k, "error", r"huge_offsets\.tgz.*encodeOffsets",
        "encodeOffsets at the largest 64-bit integer (the running sum overflows)")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["encodeOffsets"] = [["a", "b"]]
    add("echarts/text_offsets.tgz", tarball(doc), k, "error", r"text_offsets\.tgz.*encodeOffsets",
        "encodeOffsets are text")
    doc = echarts_map(province)
    del doc["features"][0]["geometry"]["encodeOffsets"]
    add("echarts/no_offsets.tgz", tarball(doc), k, "error", r"no_offsets\.tgz.*encodeOffsets", "no encodeOffsets")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["coordinates"] = [doc["features"][0]["geometry"]["coordinates"][0] + "A"]
    add("echarts/odd_units.tgz", tarball(doc), k, "error", r"odd_units\.tgz.*odd number", "an odd number of code units")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["coordinates"] = ["@@\u0001\u0002"]
    add("echarts/units_below_64.tgz", tarball(doc), k, "error", r"units_below_64\.tgz", "code units below 64 (negative deltas of nothing)")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["coordinates"] = ["\uffff\uffff" * 3000]
    add("echarts/runaway_deltas.tgz", tarball(doc), k, "error", r"runaway_deltas\.tgz",
        "6,000 maximal deltas: a ring that leaves the Earth")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["type"] = "Point"
    add("echarts/point_feature.tgz", tarball(doc), k, "warning", r"point_feature\.tgz.*not polygonal",
        "a feature of type Point")
    doc = echarts_map(province)
    doc["features"][0]["geometry"]["coordinates"] = [["@@", "AA"]]
    add("echarts/array_ring.tgz", tarball(doc), k, "error", r"array_ring\.tgz", "a ring that is an array, not a string")
    text = json.dumps(echarts_map(province), ensure_ascii=False)
    add("echarts/truncated_json.tgz", tarball(text[: len(text) // 2]), k, "error", r"truncated_json\.tgz.*guangdong\.json",
        "a map file cut in half")
    add("echarts/invalid_utf8.tgz", tarball(text.encode().replace("深圳".encode(), b"\xff\xfe\xfd\xfc\xfb\xfa")), k,
        "error", r"invalid_utf8\.tgz", "a map file with bytes that are not UTF-8")
    add("echarts/features_not_list.tgz", tarball('{"UTF8Encoding":true,"features":{"a":1}}'), k, "error",
        r"features_not_list\.tgz.*features", "\"features\" is an object")
    add("echarts/no_china.tgz", tar_gz({"map/json/province/guangdong.json": text}), k, "error",
        r"no_china\.tgz.*china\.json", "no map/json/china.json")
    add("echarts/no_maps.tgz", tar_gz({"package.json": '{"name":"echarts"}'}), k, "error", r"no_maps\.tgz.*province",
        "a tarball without maps")
    add("echarts/truncated.tgz", scaled(1024)[:200], k, "error", r"truncated\.tgz", "a tarball cut after 200 bytes")
    add("echarts/not_gzip.tgz", "hello\n", k, "error", r"not_gzip\.tgz", "text named .tgz")
    add("echarts/empty.tgz", b"", k, "error", r"empty\.tgz", "a zero-byte tarball")
    many = echarts_map([(f"44{i:04d}", "x", SHENZHEN) for i in range(1)])
    many["features"] = many["features"] * 20001
    add("echarts/too_many_features.tgz", tarball(many), k, "error", r"too_many_features\.tgz.*features",
        "20,001 features in one province file")


# ---- figure specs ---------------------------------------------------------------------------

def specs():
    k = "spec"
    add("spec/not_json.json", "{ width: 170 ", k, "error", r"not_json\.json", "not JSON")
    add("spec/empty.json", b"", k, "error", r"empty\.json", "a zero-byte spec")
    add("spec/array.json", "[1, 2, 3]", k, "error", r"array\.json", "an array, not an object")
    add("spec/width_text.json", '{"page": {"width_mm": "wide"}}', k, "error", r"width_text\.json.*width_mm",
        "width_mm is text")
    add("spec/width_negative.json", '{"page": {"width_mm": -170}}', k, "error", r"width_negative\.json.*width_mm",
        "a negative width")
    add("spec/width_huge.json", '{"page": {"width_mm": 1e9}}', k, "error", r"width_huge\.json.*width_mm",
        "a width of a thousand kilometres (an image of 10^13 pixels)")
    add("spec/dpi_zero.json", '{"page": {"dpi": 0}}', k, "error", r"dpi_zero\.json.*dpi", "a resolution of 0 dpi")
    add("spec/dpi_huge.json", '{"page": {"dpi": 1e12}}', k, "error", r"dpi_huge\.json.*dpi",
        "a resolution of 10^12 dpi")
    add("spec/unknown_preset.json", '{"page": {"preset": "poster"}}', k, "error", r"unknown_preset\.json.*preset",
        "an unknown preset")
    add("spec/title_number.json", '{"furniture": {"title": 5}}', k, "error", r"title_number\.json.*title",
        "a title that is a number")
    add("spec/extent_empty.json", '{"map": {"extent": [0, 0, 0, 0]}}', k, "error", r"extent_empty\.json.*extent",
        "an extent of no area")
    add("spec/extent_huge.json", '{"map": {"extent": [-1e308, -1e308, 1e308, 1e308]}}', k, "error",
        r"extent_huge\.json.*extent", "an extent of 10^308 metres")
    add("spec/page_array.json", '{"page": [170, 300]}', k, "error", r"page_array\.json.*page", "page is an array")
    add("spec/font_size_text.json", '{"type": {"title_size": "huge"}}', k, "error",
        r"font_size_text\.json.*title_size", "a font size that is no length")
    add("spec/margins_huge.json", '{"page": {"margins_mm": {"top": 1e300}}}', k, "error",
        r"margins_huge\.json.*(margins_mm|top)", "a margin of 10^300 mm")


# ---- projects -------------------------------------------------------------------------------

def project(inputs=None, **extra):
    doc = {"format": "clusterbelt-project", "schemaVersion": 2,
           "inputs": inputs if inputs is not None else {"boundaries": {"path": ""}, "clusters": {"path": ""},
                                                        "belts": {"path": ""}, "taxonomy": {"path": ""}}}
    doc.update(extra)
    return json.dumps(doc, ensure_ascii=False, indent=1)


def projects():
    k = "project"
    good = project()
    add("project/empty.cbproj", b"", k, "error", r"empty\.cbproj.*empty", "a zero-byte project")
    add("project/truncated.cbproj", good[: len(good) // 2], k, "error", r"truncated\.cbproj.*not a valid JSON",
        "a project cut in half")
    add("project/not_a_project.cbproj", '{"type":"FeatureCollection"}', k, "error",
        r"not_a_project\.cbproj.*not a ClusterBelt project", "JSON of another kind")
    add("project/newer_schema.cbproj", good.replace('"schemaVersion": 2', '"schemaVersion": 99'), k, "error",
        r"newer_schema\.cbproj.*newer version", "written by a newer ClusterBelt")
    add("project/schema_text.cbproj", good.replace('"schemaVersion": 2', '"schemaVersion": "2"'), k, "error",
        r"schema_text\.cbproj.*schemaVersion", "schemaVersion is text")
    add("project/schema_negative.cbproj", good.replace('"schemaVersion": 2', '"schemaVersion": -9223372036854775807'),
        k, "error", r"schema_negative\.cbproj.*schemaVersion", "schemaVersion is the smallest 64-bit integer")
    add("project/inputs_array.cbproj", project(inputs=[]), k, "error", r"inputs_array\.cbproj.*inputs",
        "inputs is an array")
    add("project/bad_k.cbproj", project(inputs={"sde": {"method": "arcgis", "k": 7}}), k, "error",
        r"bad_k\.cbproj.*inputs\.sde\.k", "an ellipse size of 7 standard deviations")
    add("project/manual_not_list.cbproj", project(inputs={"manualPlacements": {"a": 1}}), k, "error",
        r"manual_not_list\.cbproj.*manualPlacements", "manualPlacements is an object")
    add("project/parent_paths.cbproj", project(inputs={"clusters": {"path": "../../../../../../../../etc/passwd"}}), k,
        "error", r"parent_paths\.cbproj.*inputs\.clusters", "a table named through ../../ far above the project")
    add("project/device_file.cbproj", project(inputs={"belts": {"path": "/dev/zero"}}), k, "error",
        r"device_file\.cbproj.*inputs\.belts.*/dev/zero", "a table that is a device file (endless zeros)")
    add("project/stdin.cbproj", project(inputs={"boundaries": {"path": "/dev/stdin"}}), k, "error",
        r"stdin\.cbproj.*inputs\.boundaries.*/dev/stdin", "boundaries read from standard input")
    add("project/layers_string.cbproj", project(layers="yes"), k, "error", r"layers_string\.cbproj.*layers",
        "layers is a text")


# ---- taxonomies (folders of three CSV files) -------------------------------------------------

GROUPS = "id,name_zh,name_en\nbio,生物医药,Biomedicine\nict,信息通信,ICT\n"
KEYWORDS = "keyword,groups\n生物,bio\n通信,ict\n"
SIMILAR = "group_a,group_b,basis\nbio,ict,test\n"


def taxonomy(name, groups=GROUPS, keywords=KEYWORDS, similar=SIMILAR, expect="error", message="", problem=""):
    base = "taxonomy/" + name
    if groups is not None:
        side_file(base + "/industry_groups.csv", groups)
    if keywords is not None:
        side_file(base + "/industry_keywords.csv", keywords)
    if similar is not None:
        side_file(base + "/similar_groups.csv", similar)
    entries.append((base, "taxonomy", expect, message, problem))


def taxonomies():
    taxonomy("unknown_group", keywords=KEYWORDS + "电池,battery\n", expect="warning",
             message=r"unknown_group/industry_keywords\.csv:4: warning: .*unknown group 'battery'",
             problem="a keyword of a group that is not defined")
    taxonomy("no_keywords", keywords=None, message=r"no_keywords.*industry_keywords\.csv", problem="no keywords file")
    taxonomy("empty_groups", groups="", message=r"empty_groups.*industry_groups\.csv", problem="an empty groups file")
    taxonomy("similar_unknown", similar=SIMILAR + "bio,space,test\n", expect="warning",
             message=r"similar_unknown/similar_groups\.csv:3: warning: not a pair",
             problem="a similar pair naming an unknown group")
    taxonomy("binary_keywords", keywords=bytes(range(256)) * 3, message=r"binary_keywords.*industry_keywords\.csv",
             problem="a keywords file of binary bytes")
    taxonomy("missing_columns", groups="a,b\n1,2\n", message=r"missing_columns.*industry_groups\.csv",
             problem="a groups file without its columns")


def main():
    tables()
    boundaries()
    echarts()
    specs()
    projects()
    taxonomies()
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MANIFEST_HEADER)
        for e in entries:
            assert all("\t" not in field and "\n" not in field for field in e), e
            f.write("\t".join(e) + "\n")
    print("%d entries in %s" % (len(entries), os.path.join(OUT, "manifest.tsv")))


if __name__ == "__main__":
    main()
