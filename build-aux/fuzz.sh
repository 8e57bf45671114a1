#!/bin/sh
# Runs each fuzzer of fuzz/ for a bounded time (FUZZ_SECONDS, 60 by default)
# in a clang build folder of its own, build-fuzz, with AddressSanitizer and
# UndefinedBehaviorSanitizer. The runs are the meson suite "fuzz", so
# build-fuzz/meson-logs/testlog.json counts them. New inputs go to
# build-fuzz/fuzz/corpus/, crashes to build-fuzz/fuzz/artifacts/: the
# corpus in the source tree is only read.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

seconds=${FUZZ_SECONDS:-60}
# A log left by an earlier run must not count for this one.
rm -f build-fuzz/meson-logs/testlog.json

if [ -f build-fuzz/build.ninja ]; then
  meson configure build-fuzz -Dfuzz_seconds="$seconds"
else
  CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dwerror=true -Dfuzz_seconds="$seconds"
fi
# Only the fuzzers: the rest of the project is built and tested by test.sh.
meson compile -C build-fuzz fuzz/fuzz-import-json fuzz/fuzz-template-file

status=0
meson test -C build-fuzz --no-rebuild --suite fuzz --print-errorlogs || status=$?
# What each run did: executions, their speed, the inputs it kept.
grep -E '^(#[0-9]+[[:space:]]+DONE|stat::(number_of_executed_units|average_exec_per_sec))' \
  build-fuzz/meson-logs/testlog.txt || true
exit $status
