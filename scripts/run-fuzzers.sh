#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) and runs each one for a while from its
# seed corpus under tests/fuzz/corpus/<name>/. Fails on any crash, sanitizer report, leak, timeout or
# out-of-memory; the input that broke it is kept in the artifacts directory and named in the output.
#
# Usage: scripts/run-fuzzers.sh [seconds per target, default 60]
# Environment: BUILD_DIR (default build/fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [seconds]" >&2; exit 2; }
build_dir=${BUILD_DIR:-build/fuzz}
# Each target and the folder of its seed corpus under tests/fuzz/corpus/.
declare -A seeds_of=([fuzz_routeros_decoder]=routeros [fuzz_json_stream]=json)
targets=("${!seeds_of[@]}")

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

say "configuring the fuzz preset in $build_dir"
cmake --preset fuzz -B "$build_dir" >/dev/null
say "building ${targets[*]}"
cmake --build "$build_dir" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

status=0
for target in "${targets[@]}"; do
    binary=$(find "$build_dir" -type f -name "$target" -perm -u+x | head -n 1)
    [ -n "$binary" ] || { echo "$target was not built" >&2; exit 1; }
    seeds="tests/fuzz/corpus/${seeds_of[$target]}"
    corpus="$work/$target"
    mkdir -p "$corpus"
    # Work on a copy: new inputs the fuzzer finds must not land in the repository by accident.
    [ -d "$seeds" ] && cp -R "$seeds/." "$corpus/"
    say "fuzzing $target for ${seconds}s (seeds: $seeds)"
    if ! "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=512 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log" >&2
        echo "FAILED: $target (inputs kept in $artifacts)" >&2
        status=1
        continue
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/$target.log" | sed "s/^/$target: /" >&2 || true
    say "$target: no crash in ${seconds}s"
done
exit $status
