#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from an already built tree, installs it on this
# machine and checks that the installed Beholder works (issue 6, .deb acceptance):
#
#   scripts/check-package.sh BUILD_DIR [--keep]
#
#   1. cpack -G DEB                    BUILD_DIR/package/beholder_<version>_<arch>.deb
#   2. its contents                    only the programs, desktop entry, icons, AppStream
#                                      file and copyright; stripped; declared dependencies
#   3. apt-get install ./that.deb      resolves the dependencies (dpkg -i + apt-get -f as fallback)
#   4. the installed programs          beholder-cli --version; the console starts offscreen on
#                                      an empty data folder, saves a screenshot and exits 0
#   5. apt-get remove beholder         unless --keep
#
# scripts/dev.sh test runs it on build/ci after the tests. Needs root or sudo
# (apt-get). Every failure says which step failed and why.
set -euo pipefail

cd "$(dirname "$0")/.."

say() { printf '\033[1m== package: %s\033[0m\n' "$*" >&2; }
fail() {
    printf '\033[1;31mcheck-package: FAILED: %s\033[0m\n' "$*" >&2
    exit 1
}

build_dir=${1:-}
keep=no
[ "${2:-}" = "--keep" ] && keep=yes
[ -n "$build_dir" ] || { echo "usage: scripts/check-package.sh BUILD_DIR [--keep]" >&2; exit 2; }
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir/CPackConfig.cmake is missing: configure and build $build_dir first"
build_dir=$(cd "$build_dir" && pwd)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing the package needs root or sudo"
    sudo=(sudo)
fi
apt_get() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }

started=$SECONDS
work=$(mktemp -d)
installed_by_us=no
cleanup() {
    local status=$?
    if [ "$installed_by_us" = yes ] && [ "$keep" = no ]; then
        say "removing the package (scripts/check-package.sh $build_dir --keep leaves it installed)"
        apt_get remove -y -qq beholder >/dev/null || echo "check-package: could not remove beholder" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# --- 1. Build the package -------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake"
arch=$(dpkg --print-architecture)
deb="$build_dir/package/beholder_${version}_${arch}.deb"
say "building $deb"
rm -f "$build_dir"/package/beholder_*.deb
step=$SECONDS
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$build_dir/package" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package (is every target of $build_dir built?)"
fi
[ -f "$deb" ] || { cat "$work/cpack.log" >&2; fail "cpack did not write $deb"; }
say "built in $((SECONDS - step)) s"

# --- 2. What is in it ----------------------------------------------------------
say "checking the contents"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./|/|' | sort >"$work/files"
app_id=app.beholder.beholder
required=(
    /usr/bin/beholder
    /usr/bin/beholder-cli
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "/usr/share/icons/hicolor/128x128/apps/$app_id.png"
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png"
    /usr/share/doc/beholder/copyright
)
for file in "${required[@]}"; do
    grep -qxF "$file" "$work/files" || fail "$file is not in the package"
done
# Anything else (a test, a benchmark, a static library, a header) got in by an install() rule by mistake.
unexpected=$(grep -vxF -f <(printf '%s\n' "${required[@]}") "$work/files" || true)
[ -z "$unexpected" ] || fail "unexpected files in the package (an install() rule too many?):
$unexpected"

dpkg-deb -x "$deb" "$work/root"
for program in beholder beholder-cli; do
    if readelf -S "$work/root/usr/bin/$program" | grep -q '\.debug_info'; then
        fail "/usr/bin/$program is not stripped (CPACK_STRIP_FILES)"
    fi
done

dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends Suggests Installed-Size >"$work/control"
field() { sed -n "s/^$1: //p" "$work/control"; }
[ "$(field Package)" = beholder ] || fail "the package is called '$(field Package)', not beholder"
[ "$(field Version)" = "$version" ] || fail "the package's version is '$(field Version)', not $version"
[ "$(field Section)" = net ] || fail "the package's section is '$(field Section)', not net"
for dependency in libqt6widgets6 libqt6charts6 libqt6keychain1 libsnmp40 libqt6sql6-sqlite libqt6svg6; do
    field Depends | grep -qw -- "$dependency" || fail "Depends does not name $dependency (dpkg-shlibdeps or CPACK_DEBIAN_PACKAGE_DEPENDS): $(field Depends)"
done
field Recommends | grep -qw qt6-translations-l10n || fail "Recommends does not name qt6-translations-l10n"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "the desktop entry is not valid"
fi

# --- 3. Install it -------------------------------------------------------------
if dpkg-query -W -f='${Status}' beholder 2>/dev/null | grep -q '^install ok installed$'; then
    say "note: beholder $(dpkg-query -W -f='${Version}' beholder) was installed; it is replaced by this build"
fi
say "installing it with apt-get (dependencies from the Debian archive)"
step=$SECONDS
installed_by_us=yes
if ! apt_get install -y -qq "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    say "apt-get could not install it; trying dpkg -i and apt-get -f install"
    "${sudo[@]}" dpkg -i "$deb" >>"$work/install.log" 2>&1 || true
    apt_get -f install -y -qq >>"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "the package does not install"; }
fi
dpkg-query -W -f='${Status}' beholder 2>/dev/null | grep -q '^install ok installed$' \
    || { cat "$work/install.log" >&2; fail "dpkg does not list beholder as installed"; }
say "installed in $((SECONDS - step)) s"

# --- 4. The installed programs work -------------------------------------------
say "checking the installed programs"
dpkg -L beholder >"$work/listed"
for file in "/usr/share/applications/$app_id.desktop" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qxF "$file" "$work/listed" || fail "dpkg -L beholder does not list $file"
done

cli_version=$(/usr/bin/beholder-cli --version 2>/dev/null) || fail "/usr/bin/beholder-cli --version exited with $?"
case "$cli_version" in
*"$version"*) say "beholder-cli --version: $cli_version" ;;
*) fail "/usr/bin/beholder-cli --version printed '$cli_version', not version $version" ;;
esac

# The console on an empty data folder: it opens the demo profile, fills it from the
# simulated ISP, saves a screenshot and exits. Proves the Qt plugins it loads at
# run time (offscreen platform, SQLite, SVG) are there.
mkdir -p "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
screenshot="$work/start.png"
step=$SECONDS
status=0
env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime" \
    timeout 180 /usr/bin/beholder --data-dir "$work/data" --screenshot "$screenshot" >"$work/start.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 40 "$work/start.log" >&2
    fail "the installed console did not start offscreen and save a screenshot (exit $status)"
fi
[ -s "$screenshot" ] || fail "the installed console exited 0 but $screenshot is missing or empty"
[ "$(head -c 8 "$screenshot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$screenshot is not a PNG"
if grep -q "SVG image plugin is not installed" "$work/start.log"; then
    fail "the installed console found no SVG plugin (libqt6svg6): its icons are blank"
fi
say "offscreen start: screenshot of $(stat -c %s "$screenshot") bytes in $((SECONDS - step)) s"

# --- 5. Size -------------------------------------------------------------------
say "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB to download, $(field Installed-Size) KiB installed"
say "Depends: $(field Depends)"
say "Recommends: $(field Recommends); Suggests: $(field Suggests)"
say "package check passed in $((SECONDS - started)) s"
