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
# not-in-crm, verdict-<id> (one diagnosis per verdict: mass-outage, dispatch,
# customer-side, administrative, remote, ok), snmp-<tab> (the SNMP admin
# screens with the demo's first poll running, when snmpsimd is installed), and
# sync-failed when the build has the UI tests, settings-<page> (Tools > Settings,
# with a connection test on a source's page), and main-window-es,
# main-window-pt_BR, settings-<page>-es and settings-<page>-pt_BR (the console
# in Spanish and Brazilian Portuguese, chosen by the locale).
#
# Each shot runs `beholder --screenshot FILE`: a hidden option that waits for
# the data, types the query, opens a result, grabs the window and quits. The
# verdicts run `--screenshot-diagnosis USER` once per user in one process
# (`--demo`, so that the live sources answer from the simulated ISP): it opens
# each user and grabs when the diagnosis is final. The users are the demo
# ISP's scenarios (`beholder-cli demo scenarios --json`), one per verdict.
# The customers named below exist in the demo generator's fixed-seed dataset;
# if the generator changes, pick new ones with `beholder-cli search`.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
out=${2:-docs/screenshots}
binary=$build/app/gui/beholder
cli=$build/app/cli/beholder-cli
customers=5000
[ -x "$binary" ] || { echo "no $binary: build first (cmake --build --preset dev)" >&2; exit 1; }
[ -x "$cli" ] || { echo "no $cli: build first (cmake --build --preset dev)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing (it reads the scenarios' JSON)" >&2; exit 1; }
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
# panel open. The others run the simulated ISP too (--demo), so that the
# diagnosis of the opened customer gets its live answers, and close the
# sync panel; each grabs when that diagnosis is final.
shot sync --demo --demo-customers "$customers" --screenshot-query perez --screenshot-select hectorperez
card() {
    local name=$1
    shift
    shot "$name" --demo --demo-customers "$customers" --screenshot-no-sync-panel "$@"
}
card main-window --screenshot-query perez --screenshot-select hectorperez
card wireless --screenshot-query "bautista perez" --screenshot-select perez.bautista
card fibre-los --screenshot-query dramirez_rt
card not-in-crm --screenshot-query juliancabrera

# One customer per verdict, diagnosed live against the simulated ISP.
mapfile -t verdict_users < <("$cli" demo scenarios --json --customers "$customers" | python3 -c '
import json, sys
wanted = ["MASS_OUTAGE", "DISPATCH", "CUSTOMER_SIDE", "ADMINISTRATIVE", "REMOTE", "OK"]
first = {}
for scenario in json.load(sys.stdin):
    first.setdefault(scenario["expected_verdict"], scenario["pppoe_user"])
for verdict in wanted:
    if verdict in first:
        print(first[verdict])
    else:
        print("no demo scenario expects " + verdict, file=sys.stderr)
')
diagnoses=()
for user in "${verdict_users[@]}"; do diagnoses+=(--screenshot-diagnosis "$user"); done
echo "== $out/verdict-*.png (${verdict_users[*]})" >&2
env -u QT_QPA_PLATFORM LANG=en_US.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
    "${keyring[@]}" xvfb-run -a -s "-screen 0 1600x1100x24" \
    "$binary" --data-dir "$data" --demo --demo-customers "$customers" \
    --screenshot "$out/verdict-{verdict}.png" --screenshot-size 1400x1000 "${diagnoses[@]}"
# The SNMP admin screens (Tools > SNMP Monitoring) while the demo's first jobs
# run: its OLTs answer SNMP when snmpsimd is installed.
if command -v snmpsimd >/dev/null; then
    echo "== $out/snmp-{executions,olts,onus,jobs}.png" >&2
    env -u QT_QPA_PLATFORM LANG=en_US.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=1 \
        "${keyring[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$binary" --data-dir "$data" --demo --demo-customers "$customers" \
        --screenshot "$out/snmp-{tab}.png" --screenshot-size 1400x850 --screenshot-after 1500 \
        --screenshot-snmp executions --screenshot-snmp olts --screenshot-snmp onus --screenshot-snmp jobs
fi
# Tools > Settings: a source's page after its connection test (every step, the
# pinned certificate of the demo's TLS), the TLS exceptions, the routers, users.
settings() {
    local lang=$1 suffix=$2
    shift 2
    echo "== $out/settings-*$suffix.png" >&2
    env -u QT_QPA_PLATFORM LANG="$lang" LANGUAGE= QT_SCALE_FACTOR=1 \
        "${keyring[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$binary" --data-dir "$(mktemp -d -p "$data")" --demo --demo-customers "$customers" \
        --screenshot "$out/settings-{page}$suffix.png" "$@"
}
settings en_US.UTF-8 "" --screenshot-settings cnmaestro --screenshot-settings tls --screenshot-settings routers \
    --screenshot-settings users --screenshot-settings general
# The console in Spanish (this user base's language, and the default for an
# unknown locale) and in Brazilian Portuguese, chosen by the locale.
for lang in es:es_AR.UTF-8 pt_BR:pt_BR.UTF-8; do
    code=${lang%%:*}
    echo "== $out/main-window-$code.png" >&2
    env -u QT_QPA_PLATFORM LANG="${lang#*:}" LANGUAGE= QT_SCALE_FACTOR=1 \
        "${keyring[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$binary" --data-dir "$(mktemp -d -p "$data")" --demo --demo-customers "$customers" \
        --screenshot "$out/main-window-$code.png" --screenshot-size 1400x850 --screenshot-no-sync-panel \
        --screenshot-query perez --screenshot-select hectorperez
    settings "${lang#*:}" "-$code" --screenshot-settings smartolt --screenshot-settings tls
done
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
