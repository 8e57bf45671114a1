#!/bin/sh
# Installs what is missing, builds with warnings as errors and runs the whole
# test suite on a virtual display with its own session bus, then runs each
# fuzzer for a minute (build-aux/fuzz.sh). Ends with one
# line "N passed, N failed" and a non-zero status when anything failed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sh build-aux/install-deps.sh --tests
if [ -f build/build.ninja ]; then
  meson configure build -Dwerror=true
else
  meson setup build -Dwerror=true
fi
meson compile -C build

status=0
# -noreset: tests that kill and restart the app must find the display
# still there; by default Xvfb resets when its last client goes.
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
  dbus-run-session -- meson test -C build --print-errorlogs "$@" || status=$?

# Fuzzing, apart: each fuzzer of fuzz/ for a minute, in its own clang build
# folder with the sanitizers. Its runs are counted with the tests above.
sh build-aux/fuzz.sh || status=$?

/usr/bin/python3 build-aux/count-tests.py build/meson-logs/testlog.json \
  build-fuzz/meson-logs/testlog.json || status=1
exit $status
