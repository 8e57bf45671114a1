#!/bin/bash
# Takes the screenshots in data/screenshots/ from the real app on a virtual
# display, with a few sample people. Needs xvfb, xdotool, imagemagick, sqlite3.
# Usage: xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
#          build-aux/screenshot.sh OUT.png [dark|narrow|editor|meeting]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$1
variant=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/one-on-one.db"

export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$top/build/data" TZ=Europe/Lisbon
app="$top/build/src/one-on-one"

wait_window() {
  for _ in $(seq 1 100); do
    found=$(xdotool search --onlyvisible --name "One-on-One" 2>/dev/null | head -1)
    [ -n "$found" ] && echo "$found" && return 0
    sleep 0.1
  done
  return 1
}

# First start creates the database.
"$app" --database "$db" & pid=$!
wait_window >/dev/null
kill $pid; wait $pid 2>/dev/null || true

sqlite3 "$db" <<'SQL'
INSERT INTO person (uuid, name, role, relationship, kind, employment, time_zone, cadence_days,
                    reporting_since, created_at, updated_at) VALUES
 ('11111111-1111-4111-8111-111111111111', 'Ana Costa', 'Staff Engineer', 'direct', 'individual',
  'employee', 'Europe/Lisbon', 7, '2024-03-04', strftime('%s','now'), strftime('%s','now')),
 ('22222222-2222-4222-8222-222222222222', 'Bilal Haddad', 'Engineering Manager', 'direct',
  'manager', 'employee', 'Europe/Lisbon', 7, '2023-09-18', strftime('%s','now'), strftime('%s','now')),
 ('33333333-3333-4333-8333-333333333333', 'Chen Wei', 'Site Reliability Engineer', 'direct',
  'individual', 'employee', 'Asia/Singapore', 14, '2025-01-06', strftime('%s','now'), strftime('%s','now')),
 ('44444444-4444-4444-8444-444444444444', 'Dana Okafor', 'QA Contractor', 'direct',
  'individual', 'contractor', 'Africa/Lagos', 7, '2026-06-01', strftime('%s','now'), strftime('%s','now')),
 ('55555555-5555-4555-8555-555555555555', 'Elena Petrova', 'Product Designer', 'skip-level',
  'individual', 'employee', 'America/New_York', 28, NULL, strftime('%s','now'), strftime('%s','now')),
 ('66666666-6666-4666-8666-666666666666', 'Felipe Ramos', 'Head of Data', 'peer', 'manager',
  'employee', 'America/Sao_Paulo', 14, NULL, strftime('%s','now'), strftime('%s','now'));
SQL

size="1000 700"
[ "$variant" = "meeting" ] && size="1200 760"
[ "$variant" = "narrow" ] && size="360 720"
[ "$variant" = "dark" ] && export ADW_DEBUG_COLOR_SCHEME=prefer-dark
"$app" --database "$db" & pid=$!
win=$(wait_window)
xdotool windowsize "$win" $size
sleep 1
# Select the second person: a manager of managers, in the sidebar.
eval "$(xdotool getwindowgeometry --shell "$win")"
if [ "$variant" != "narrow" ]; then
  xdotool mousemove $((X + 140)) $((Y + 125)) click 1
fi
sleep 1.5
if [ "$variant" = "editor" ]; then
  xdotool key --window "$win" ctrl+n
  sleep 1.5
fi
if [ "$variant" = "meeting" ]; then
  xdotool key --window "$win" ctrl+Return
  sleep 1
  xdotool windowfocus --sync "$win"
  xdotool type --delay 5 "Team delivered the Q3 migration two weeks early. Wants to present it at the all-hands."
  sleep 2.5
fi
import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out"
kill $pid; wait $pid 2>/dev/null || true
echo "$out"
