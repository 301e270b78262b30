#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if any project source differs from what .clang-format says.
# Usage: scripts/check-format.sh [clang-format] [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${1:-clang-format}
mode=(--dry-run --Werror)
[ "${2:-}" = "--fix" ] && mode=(-i)
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- \
    'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' \
    'bench/*.cpp' 'bench/*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no sources found" >&2; exit 1; }
"$formatter" "${mode[@]}" "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
