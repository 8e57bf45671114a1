#!/bin/sh
# Installs what is missing, then runs the test suite in three passes, each
# built with warnings as errors, the widget and app tests on a virtual display
# with their own session bus:
#   1. plain: the build the app ships as (build/);
#   2. sanitizers: everything again, built with AddressSanitizer and
#      UndefinedBehaviorSanitizer (build-sanitize/): any memory error, leak
#      or undefined behaviour fails the test;
#   3. valgrind: the core tests of the plain build under memcheck: any memory
#      error or definite leak fails the test;
#   4. fuzzing: each fuzzer of fuzz/ for a minute, in its own clang build with
#      the sanitizers (build-aux/fuzz.sh, build-fuzz/).
# Arguments go to every `meson test` (a test name, say). Ends with one line
# "N passed, N failed, N skipped" over all passes, and a non-zero status when
# anything failed, including a pass that did not build.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sh build-aux/install-deps.sh --tests

status=0
logs=""

# -noreset: tests that kill and restart the app must find the display
# still there; by default Xvfb resets when its last client goes.
on_display() {
  xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session -- "$@"
}

# setup DIR OPTION... : configures DIR, or creates it, with these options.
setup() {
  dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@"
  else
    meson setup "$dir" "$@"
  fi
}

# Says how long a pass took, on stderr, so the last line stays the count.
took() {
  echo "$1 pass: $(($(date +%s) - $2)) s" >&2
}

# ---- Pass 1: plain -----------------------------------------------------------
started=$(date +%s)
log=build/meson-logs/testlog.json
rm -f "$log"
if setup build -Dwerror=true && meson compile -C build; then
  on_display meson test -C build --print-errorlogs "$@" || status=1
else
  echo "The plain build failed." >&2
  status=1
fi
logs="$logs $log"
took plain "$started"

# ---- Pass 2: AddressSanitizer and UndefinedBehaviorSanitizer -------------------
# The "sanitizers" test setup (tests/meson.build) sets ASAN/UBSAN/LSAN_OPTIONS
# and the suppressions in build-aux/sanitizers/. b_lundef=false: the
# sanitizer runtimes are linked into the programs, not the libraries.
started=$(date +%s)
log=build-sanitize/meson-logs/testlog-sanitizers.json
rm -f "$log"
if setup build-sanitize -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false \
    && meson compile -C build-sanitize; then
  on_display meson test -C build-sanitize --setup sanitizers --print-errorlogs "$@" \
    || status=1
else
  echo "The sanitizer build failed." >&2
  status=1
fi
logs="$logs $log"
took sanitizers "$started"

# ---- Pass 3: valgrind memcheck on the core tests -------------------------------
# The core has no display; its tests are the ones fast enough under valgrind.
started=$(date +%s)
log=build/meson-logs/testlog-valgrind.json
rm -f "$log"
if [ -f build/build.ninja ]; then
  meson test -C build --setup valgrind --suite core --print-errorlogs "$@" || status=1
else
  echo "No plain build for the valgrind pass." >&2
  status=1
fi
logs="$logs $log"
took valgrind "$started"

# ---- Pass 4: fuzzing ------------------------------------------------------------
started=$(date +%s)
log=build-fuzz/meson-logs/testlog.json
rm -f "$log"
sh build-aux/fuzz.sh || status=1
logs="$logs $log"
took fuzzing "$started"

# shellcheck disable=SC2086
/usr/bin/python3 build-aux/count-tests.py $logs || status=1
exit $status
