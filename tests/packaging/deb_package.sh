#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package of this build: CPack makes it, its listing holds the layout (layout.txt
# under /usr), its Depends come from dpkg-shlibdeps, lintian finds no error or warning, and `dpkg -i` into a
# clean folder tree (its own --root and database) installs programs that work there.
# Usage: deb_package.sh BUILD_DIR TEST_DATA_DIR SCRATCH_DIR
set -euo pipefail
build=$(realpath "$1") testdata=$(realpath "$2")
SCRATCH=$3
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need cpack dpkg-deb dpkg-shlibdeps lintian file pdfinfo ogrinfo

rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake -B "$SCRATCH/cpack") > "$SCRATCH/cpack.log" 2>&1 ||
  fail "cpack: $(tail -20 "$SCRATCH/cpack.log")"
debs=("$SCRATCH"/cpack/clusterbelt_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no clusterbelt_*.deb: $(ls "$SCRATCH/cpack")"
deb=${debs[0]}

# The listing: every file of the layout under /usr, each a regular file owned by root.
dpkg-deb -c "$deb" > "$SCRATCH/contents.txt" || fail "dpkg-deb -c cannot read $deb"
while read -r file; do
  grep -Eq "^-[rwx-]{9} root/root .* \./usr/$file\$" "$SCRATCH/contents.txt" || fail "not in the package: /usr/$file"
done < <(layout_files)

# The control data: dpkg-shlibdeps computed the libraries (GDAL, PROJ, Qt, QCustomPlot); what is
# loaded at run time (the CJK fonts) is recommended.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgdal libproj libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqcustomplot libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
dpkg-deb -f "$deb" Recommends | grep -q fonts-noto-cjk || fail "the CJK fonts are not recommended"
[[ $(dpkg-deb -f "$deb" Package) == clusterbelt ]] || fail "the package is not named clusterbelt"

# lintian: no error and no warning (its notes are printed for the log).
lintian --fail-on error,warning --tag-display-limit 0 "$deb" > "$SCRATCH/lintian.txt" 2>&1 ||
  fail "lintian: $(cat "$SCRATCH/lintian.txt")"
cat "$SCRATCH/lintian.txt"

# dpkg -i into an empty tree with its own database: the package unpacks as dpkg installs it. The
# libraries it depends on are the host's, so dependencies are not looked up in that tree.
root=$SCRATCH/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-depends --force-not-root --force-script-chrootless \
  --no-triggers -i "$deb" > "$SCRATCH/dpkg.log" 2>&1 || fail "dpkg -i: $(cat "$SCRATCH/dpkg.log")"
dpkg --root="$root" -s clusterbelt | grep -q '^Status: install ok installed$' ||
  fail "dpkg does not list clusterbelt as installed in $root"
check_layout "$root/usr"
check_programs "$root/usr" "$testdata"
echo "$(basename "$deb"): listing, Depends, lintian and dpkg -i into $root checked"
