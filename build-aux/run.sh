#!/bin/sh
# Installs what is missing, builds One-on-One and starts it from the build
# folder. Arguments go to the app, e.g. --database /tmp/try.db
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sh build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
meson compile -C build

GSETTINGS_SCHEMA_DIR="$top/build/data" exec "$top/build/src/one-on-one" "$@"
