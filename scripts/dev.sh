#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#
#   scripts/dev.sh demo   install what is missing, configure, build, start Beholder on the demo ISP
#   scripts/dev.sh test   install what is missing, configure, build, run every test,
#                         then build, install and start the .deb (scripts/check-package.sh)
#
# Package installation is idempotent: nothing is installed when everything is
# there. Builds go to build/dev (demo) and build/ci (test, warnings are errors).
set -euo pipefail

cd "$(dirname "$0")/.."

# Debian packages the build and the tests need. Keep in sync with README.md.
packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libxkbcommon-dev libsqlite3-dev
    qtkeychain-qt6-dev libsecret-1-0
    clang-format clang libclang-rt-14-dev
    xvfb xauth fonts-dejavu-core
    gnome-keyring dbus dbus-bin dbus-x11
    libsnmp-dev snmp snmpsim
    dpkg-dev openssl desktop-file-utils
)

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#packages[@]} Debian packages are installed"
        return
    fi
    say "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    say "configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    say "building ($preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

command=${1:-}
case "$command" in
demo)
    shift
    install_missing_packages
    build dev
    say "starting Beholder on the demo ISP"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec build/dev/app/gui/beholder --demo "$@"
    fi
    say "no display: running under xvfb-run (the window is not visible; use a desktop session to see it)"
    exec xvfb-run -a build/dev/app/gui/beholder --demo "$@"
    ;;
test)
    shift
    # A full run needs about 2 GB here; on a full disk the link fails, and this line says why.
    say "free disk space: $(df -Ph . | awk 'NR == 2 { print $4 " of " $2 }')"
    install_missing_packages
    build ci
    say "running every test"
    ctest --preset ci "$@"
    # The .deb from the tree just built and tested (no second build), installed
    # on this machine and started from /usr/bin; scripts/check-package.sh says more.
    say "building, installing and starting the Debian package"
    scripts/check-package.sh build/ci
    say "running the core tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    build asan
    ctest --preset asan "$@"
    say "fuzzing the protocol decoders"
    exec scripts/run-fuzzers.sh "${BEHOLDER_FUZZ_SECONDS:-30}"
    ;;
*)
    echo "usage: scripts/dev.sh demo|test [extra arguments]" >&2
    exit 2
    ;;
esac
