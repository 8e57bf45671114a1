#!/bin/sh
# Every source with translatable text must be listed in po/POTFILES.in, or its
# strings never reach translators; and everything listed must exist.
set -eu
cd "$1"
missing=0
for file in $(find src -name '*.c' -o -name '*.ui' | sort); do
  if grep -qE '(\b_\(|\bN_\(|translatable="yes")' "$file" &&
     ! grep -qx "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    missing=1
  fi
done
for file in $(grep -v '^#' po/POTFILES.in); do
  if [ ! -e "$file" ]; then
    echo "listed in po/POTFILES.in but missing: $file"
    missing=1
  fi
done
exit $missing
