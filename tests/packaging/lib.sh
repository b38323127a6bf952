# Checks shared by install_tree.sh and deb_package.sh: the layout of an installation and its
# programs at work. Sourced; every function exits the test with a message on failure.
# SPDX-License-Identifier: GPL-3.0-or-later

CB_LAYOUT=$(dirname "${BASH_SOURCE[0]}")/layout.txt
CB_APP_ID=org.clusterbelt.ClusterBelt

fail() { echo "FAIL: $*" >&2; exit 1; }
# Exit code 77 is the tests' SKIP_RETURN_CODE: a tool of the packaging set-up is missing.
need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 ||
      { echo "SKIP: $tool is not installed (packaging/test.sh installs the packaging tools)"; exit 77; }
  done
}

# The files of layout.txt, relative to the prefix, one a line.
layout_files() { grep -v '^#' "$CB_LAYOUT" | sed '/^$/d'; }

# check_layout PREFIX: every file of layout.txt is there, the programs are executables, the PNG
# icons have their sizes, and nothing was installed outside the folders the layout names.
check_layout() {
  local prefix=$1 file size
  while read -r file; do
    [[ -f $prefix/$file ]] || fail "not installed: $file"
  done < <(layout_files)
  for file in bin/clusterbelt bin/clusterbelt-cli; do
    [[ -x $prefix/$file ]] || fail "$file is not executable"
    file -b "$prefix/$file" | grep -q '^ELF' || fail "$file is not a program: $(file -b "$prefix/$file")"
  done
  for size in 16 22 24 32 48 64 128 256; do
    file -b "$prefix/share/icons/hicolor/${size}x${size}/apps/$CB_APP_ID.png" |
      grep -q "PNG image data, $size x $size," || fail "the ${size}px icon is not a $size × $size PNG"
  done
  local stray
  stray=$(cd "$prefix" && find . -type f | sed 's|^\./||' |
    grep -Ev '^(bin/clusterbelt(-cli)?|share/(clusterbelt/data|applications|metainfo|mime|icons/hicolor|man/man1|doc/clusterbelt)/.*)$' || true)
  [[ -z $stray ]] || fail "installed outside the layout: $stray"
}

# check_desktop_files PREFIX: the desktop entry, the AppStream metadata, the MIME type and the
# manual pages pass their validators.
check_desktop_files() {
  local prefix=$1 page
  desktop-file-validate "$prefix/share/applications/$CB_APP_ID.desktop" ||
    fail "desktop-file-validate rejects the desktop entry"
  grep -q '^Name\[zh_CN\]=集群–产业带$' "$prefix/share/applications/$CB_APP_ID.desktop" ||
    fail "the desktop entry has no Chinese name"
  grep -q '^MimeType=application/x-clusterbelt-project;$' "$prefix/share/applications/$CB_APP_ID.desktop" ||
    fail "the desktop entry does not open projects"
  appstreamcli validate --no-net "$prefix/share/metainfo/$CB_APP_ID.metainfo.xml" ||
    fail "appstreamcli validate rejects the metainfo"
  # update-mime-database parses the type and builds the database of this prefix alone.
  local mime=$SCRATCH/mime
  rm -rf "$mime" && mkdir -p "$mime/packages" && cp "$prefix/share/mime/packages/$CB_APP_ID.xml" "$mime/packages/"
  update-mime-database "$mime" > "$SCRATCH/mime.log" 2>&1 || fail "update-mime-database: $(cat "$SCRATCH/mime.log")"
  grep -q ':application/x-clusterbelt-project:\*\.cbproj' "$mime/globs2" || fail "no *.cbproj glob in the MIME database"
  for page in clusterbelt clusterbelt-cli; do
    # As lintian reads them: any warning of man or groff is an error of the page.
    local warnings
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$prefix/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man page $page.1: $warnings"
  done
}

# check_programs PREFIX TESTDATA: the installed programs find their data in PREFIX, with no
# CLUSTERBELT_DATA_DIR and run from a folder outside the source and build trees, and the
# options --boundaries, --clusters and --belts still replace the bundled files.
check_programs() {
  local prefix=$1 testdata=$2 cli=$1/bin/clusterbelt-cli
  cd "$SCRATCH"
  unset CLUSTERBELT_DATA_DIR

  "$cli" info --json > info.json || fail "installed clusterbelt-cli info exited $?"
  python3 - info.json "$(realpath "$prefix")/share/clusterbelt/data" <<'PY' || fail "info: $(head -c 400 info.json)"
import json, sys
info = json.load(open(sys.argv[1]))
assert info["path"].startswith(sys.argv[2] + "/"), f'{info["path"]} is not under {sys.argv[2]}'
layers = {l["name"]: l for l in info["layers"]}
assert 360 <= layers["prefectures"]["feature_count"] <= 375, layers["prefectures"]
assert info["import_report"], "no import report"
PY

  "$cli" match --format json --out match.json > match.txt || fail "installed match exited $?"
  grep -q '^unresolved rows: 0 ' match.txt || fail "match with the installed data: $(cat match.txt)"
  grep -q '^industries the taxonomy cannot place: 0$' match.txt || fail "installed taxonomy: $(cat match.txt)"
  # The hand-made fixtures hold 7 placed clusters (tests/core/match_engine_test.cpp).
  "$cli" match --clusters "$testdata/match_clusters.csv" --belts "$testdata/match_belts.csv" \
    --out fixture.md > fixture.txt || fail "match --clusters --belts exited $?"
  grep -q '^clusters: 7 ' fixture.txt || fail "--clusters and --belts did not replace the bundled lists: $(cat fixture.txt)"

  "$cli" figure --out figure.pdf --width-mm 120 > /dev/null || fail "installed figure exited $?"
  pdfinfo figure.pdf | grep -q '^Pages: *1$' || fail "figure.pdf is not a one-page PDF"
  "$cli" export --what outcomes --boundaries "$testdata/regions/regions.geojson" --out outcomes.gpkg \
    > /dev/null 2>&1 || fail "export --boundaries exited $?"
  local units
  units=$(ogrinfo -ro -so -al outcomes.gpkg | sed -n 's/^Feature Count: //p' | head -1)
  [[ -n $units && $units -lt 20 ]] || fail "--boundaries did not replace the bundled prefectures ($units units)"
}

# check_gui PREFIX: the installed application starts offscreen and stays up; given a project file
# (what a double-click passes), it opens it: under Xvfb its window title names the file, and no
# "Cannot open project" box appears.
check_gui() {
  local prefix=$1 gui=$1/bin/clusterbelt pid
  cd "$SCRATCH"
  unset CLUSTERBELT_DATA_DIR
  # Settings (language, window geometry, recent files) go to the scratch folder, not the user's.
  export XDG_CONFIG_HOME=$SCRATCH/config LANG=C.UTF-8 LC_ALL=C.UTF-8
  QT_QPA_PLATFORM=offscreen "$gui" > gui.out 2> gui.err &
  pid=$!
  sleep 8
  if ! kill -0 "$pid" 2>/dev/null; then
    local code=0
    wait "$pid" || code=$?
    fail "the installed clusterbelt exited ($code): $(cat gui.err)"
  fi
  kill "$pid" && wait "$pid" || true
  ! grep -qi 'clusterbelt:\|not found\|could not' gui.err || fail "clusterbelt offscreen: $(cat gui.err)"

  QT_QPA_PLATFORM=offscreen "$gui" --clusters x.csv study.cbproj 2> mixed.err &&
    fail "a project with --clusters was accepted"
  grep -q 'names its own data' mixed.err || fail "no message for a project with --clusters: $(cat mixed.err)"

  printf '%s\n' '{"format": "clusterbelt-project", "schemaVersion": 2, "inputs": {}}' > 研究.cbproj
  # The X11 platform, whatever QT_QPA_PLATFORM the tests run with, so that xwininfo sees the window.
  QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    "$1" 研究.cbproj 2> project.err &
    app=$!
    for _ in $(seq 60); do
      sleep 1
      xwininfo -root -tree > windows.txt 2>/dev/null || true
      grep -q "cbproj" windows.txt && break
    done
    sleep 2; xwininfo -root -tree > windows.txt 2>/dev/null || true
    kill "$app"' _ "$gui" || true
  grep -q 'cbproj' windows.txt || fail "no window titled with the project: $(grep '"' windows.txt | head -5)"
  ! grep -q 'Cannot open project' windows.txt || fail "the project was not opened: $(cat project.err)"
}
