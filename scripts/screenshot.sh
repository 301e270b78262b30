#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the README screenshots: the main window on the demo ISP (5,000
# customers) at 1400x850, under a virtual X server with the default platform
# (real fonts, unlike the offscreen platform), in a throw-away data folder.
# The demo comes the real way: `--demo` runs the simulated ISP in-process and
# syncs from it; the first shot shows that sync's panel. It runs against a
# private, unlocked keyring (scripts/with-keyring.sh) when gnome-keyring is
# installed, so the demo's credentials go to a keychain as on a desktop.
#
#   scripts/screenshot.sh [BUILD_DIR] [OUTPUT_DIR]     (defaults: build/dev docs/screenshots)
#
# Shots: sync (the demo's sync panel), main-window, wireless, fibre-los,
# not-in-crm, and sync-failed when the build has the UI tests.
#
# Each shot runs `beholder --screenshot FILE`: a hidden option that waits for
# the data, types the query, opens a result, grabs the window and quits.
# The customers named below exist in the demo generator's fixed-seed dataset;
# if the generator changes, pick new ones with `beholder-cli search`.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
out=${2:-docs/screenshots}
binary=$build/app/gui/beholder
[ -x "$binary" ] || { echo "no $binary: build first (cmake --build --preset dev)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: apt-get install xvfb xauth)" >&2; exit 1; }

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"

keyring=()
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    keyring=(scripts/with-keyring.sh)
fi

shot() {
    local name=$1
    shift
    echo "== $out/$name.png" >&2
    env -u QT_QPA_PLATFORM LANG=en_US.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
        "${keyring[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$binary" --data-dir "$data" --screenshot "$out/$name.png" --screenshot-size 1400x850 "$@"
}

# The first shot syncs the demo ISP from the simulated ISP, with the sync
# panel open; the others reuse its cache (no sync, so no panel).
shot sync --demo --demo-customers 5000 --screenshot-query perez --screenshot-select hectorperez
shot main-window --screenshot-query perez --screenshot-select hectorperez
shot wireless --screenshot-query "bautista perez" --screenshot-select perez.bautista
shot fibre-los --screenshot-query dramirez_rt
shot not-in-crm --screenshot-query juliancabrera
# A failed source is shown by the UI test that injects an HTTP 500 into the
# simulated CRM (the product has no switch for that); built with the tests only.
test_binary=$build/tests/ui/tst_syncui
if [ -x "$test_binary" ]; then
    echo "== $out/sync-failed.png" >&2
    env -u QT_QPA_PLATFORM LANG=en_US.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
        BEHOLDER_UI_SCREENSHOT_DIR="$(cd "$out" && pwd)" QT_LOGGING_RULES='beholder.*=false' \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$test_binary" failingSourceFailsAloneAndKeepsItsData >/dev/null \
        || { echo "tst_syncui failed: no sync-failed.png" >&2; exit 1; }
fi
echo "screenshots in $out" >&2
