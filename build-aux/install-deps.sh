#!/bin/sh
# Installs the Debian 12 packages One-on-One needs that are missing, and
# nothing else. "--tests" adds what the test suite needs (a virtual display,
# a session bus, the accessibility bus, the Flatpak manifest checker, strace,
# valgrind, clang with libFuzzer and the sanitizers' runtime). gcc's own
# sanitizer runtimes (libasan, libubsan) come with gcc.
set -eu

packages="gcc libc6-dev pkg-config meson ninja-build gettext libxml2-utils
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev libglib2.0-bin
  libglib2.0-dev-bin desktop-file-utils appstream python3
  libgtk-4-media-gstreamer gstreamer1.0-plugins-base gstreamer1.0-plugins-good"
if [ "${1:-}" = "--tests" ]; then
  packages="$packages xvfb xauth dbus at-spi2-core libgl1-mesa-dri flatpak-builder
    python3-pyatspi gir1.2-atspi-2.0 xdotool python3-jsonschema strace valgrind
    clang libclang-rt-14-dev"
fi

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $package"
done

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
