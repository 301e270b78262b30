#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command against a private, unlocked keyring: a new D-Bus session bus
# with a gnome-keyring-daemon (the Secret Service) whose files live in a
# temporary HOME. Tests of the OS keychain use it so that they work headless
# and never touch the developer's own keyring.
#
#   scripts/with-keyring.sh COMMAND [ARGS...]
#
# Needs dbus-run-session and dbus-send (Debian: dbus, dbus-bin) and
# gnome-keyring. The command's exit status is returned.
set -eu

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not found (Debian: apt install dbus dbus-bin gnome-keyring)" >&2
        exit 1
    fi
done
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/beholder-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

# gnome-keyring keeps its keyrings under XDG_DATA_HOME and its control socket
# under XDG_RUNTIME_DIR (which must be private to the user).
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache"
mkdir -m 700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
# No desktop hints: QtKeychain would prefer KWallet in a KDE session.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID \
    GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS || true
# Tests that need this environment check for it before touching a keychain.
export BEHOLDER_TEST_KEYRING=1

status=0
dbus-run-session -- sh -c '
    # --unlock creates the "login" keyring (the default collection) with this
    # password and unlocks it, so no prompt is ever needed.
    printf %s beholder-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The daemon forks; wait (at most 10 s) until it owns the Secret Service name.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
