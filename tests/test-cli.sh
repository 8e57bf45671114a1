#!/bin/sh
# The command line, run as a manager or a script would: exit codes, what
# goes to stdout, and the one line on stderr that says why something failed.
# No display is needed (DISPLAY and WAYLAND_DISPLAY are unset below).
#
# Usage: test-cli.sh PATH-TO-one-on-one PATH-TO-export-golden.json   (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

app=$1
golden=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$tmp/data-home"

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
}

# run NAME EXPECTED-STATUS ARGS...: runs the app, keeps stdout and stderr.
run () {
  name=$1
  expected=$2
  shift 2
  "$app" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" -eq "$expected" ]; then
    ok "$name: exit $expected"
  else
    not_ok "$name: exit $status, not $expected" "stderr: $(cat "$tmp/err")"
  fi
}

# stderr holds exactly this one line.
says () {
  expected="one-on-one: $1"
  actual=$(cat "$tmp/err")
  lines=$(wc -l <"$tmp/err")
  if [ "$actual" = "$expected" ] && [ "$lines" -eq 1 ]; then
    ok "says: $1"
  else
    not_ok "says: $1" "got ($lines lines): $actual"
  fi
}

quiet () {
  if [ -s "$tmp/err" ]; then
    not_ok "$1: nothing on stderr" "stderr: $(cat "$tmp/err")"
  else
    ok "$1: nothing on stderr"
  fi
}

check () {
  name=$1
  shift
  if "$@"; then
    ok "$name"
  else
    not_ok "$name"
  fi
}

db="$tmp/one.db"

run "version" 0 --version
check "version is printed" grep -qx 'one-on-one [0-9][0-9.]*' "$tmp/out"

run "help" 0 --help
check "help names --export-json" grep -q -- '--export-json=FILE' "$tmp/out"
check "help names --import-json" grep -q -- '--import-json=FILE' "$tmp/out"

# Import into a new file, then the same again from stdin: nothing changes.
run "import" 0 --database "$db" --import-json "$golden"
quiet "import"
check "import says what it added" grep -qx \
  'People: 5 added, 0 updated, 0 unchanged; Meetings: 5 added, 0 updated, 0 unchanged; .*' \
  "$tmp/out"
check "the database is private" test "$(stat -c %a "$db")" = 600

"$app" --database "$db" --import-json - <"$golden" >"$tmp/out" 2>"$tmp/err"
check "import from stdin: exit 0" test $? -eq 0
check "import again changes nothing" grep -q \
  '^People: 0 added, 0 updated, 5 unchanged; Meetings: 0 added, 0 updated, 5 unchanged' \
  "$tmp/out"

# Exports.
run "export to stdout" 0 --database "$db" --export-json -
quiet "export to stdout"
check "the export is the format" grep -q '^  "format" : "one-on-one",$' "$tmp/out"
last=$(tail -c 1 "$tmp/out" | od -An -c | tr -d ' ')
check "the export ends with a newline" test "$last" = '\n'
check "no private notes by default" sh -c "! grep -q private_notes '$tmp/out'"
cp "$tmp/out" "$tmp/all.json"

run "export with private notes" 0 --database "$db" --export-json - --include-private
check "private notes on request" grep -q '"private_notes" : ""' "$tmp/out"

run "export to a file" 0 --database "$db" --export-json "$tmp/export.json"
# The same but for the time it was made (line 4).
sed 1,4d "$tmp/all.json" >"$tmp/all.tail"
sed 1,4d "$tmp/export.json" >"$tmp/export.tail"
check "the file is the same export as stdout" cmp -s "$tmp/all.tail" "$tmp/export.tail"
check "the file is private" test "$(stat -c %a "$tmp/export.json")" = 600

run "export a person by name" 0 --database "$db" --export-json - --person "Ana Lima"
check "only that person" test "$(grep -c '"relationship"' "$tmp/out")" -eq 1
check "that person" grep -q '"name" : "Ana Lima"' "$tmp/out"

run "export a person by UUID" 0 --database "$db" --export-json - \
  --person A0000000-0000-4000-8000-000000000002
check "the person of the UUID" grep -aq '"name" : "Bruno Ćosić"' "$tmp/out"

run "ambiguous name" 1 --database "$db" --export-json - --person "Sam Lee"
says "2 people are named “Sam Lee”: name one by its UUID "\
"(a0000000-0000-4000-8000-000000000004, a0000000-0000-4000-8000-000000000005)."
check "nothing on stdout" test ! -s "$tmp/out"

run "nobody by that name" 1 --database "$db" --export-json - --person "Nobody"
says "No one is named “Nobody”, and no one has it as a UUID."

# A malformed file is refused, and the database stays as it was.
sed 's/"cadence_days" : 7,/"cadence_days" : "7",/' "$golden" >"$tmp/bad.json"
run "malformed import" 1 --database "$db" --import-json "$tmp/bad.json"
says 'people[0]: "cadence_days" must be a whole number'
"$app" --database "$db" --export-json - >"$tmp/after.json" 2>/dev/null
sed 1,4d "$tmp/after.json" >"$tmp/after.tail"
check "the database is unchanged" cmp -s "$tmp/all.tail" "$tmp/after.tail"

head -c 2000 "$golden" >"$tmp/cut.json"
run "truncated import" 1 --database "$db" --import-json "$tmp/cut.json"
says "The file is not valid JSON (line $(($(wc -l <"$tmp/cut.json") + 1)))."

printf '{"format": "one-on-one", "version": 7}' >"$tmp/new.json"
run "newer format" 1 --database "$db" --import-json - <"$tmp/new.json"
says "The file is from a newer version of One-on-One (format version 7): "\
"update the app to import it."

run "missing import file" 1 --database "$db" --import-json "$tmp/missing.json"
says "There is no file “$tmp/missing.json” to import."

# Places that are not there.
run "export from a missing folder" 1 --database "$tmp/nowhere/x.db" --export-json -
says "There is no database at “$tmp/nowhere/x.db”."
run "import into a missing folder" 1 --database "$tmp/nowhere/x.db" --import-json "$golden"
says "The folder “$tmp/nowhere” does not exist."
check "the folder was not made" test ! -e "$tmp/nowhere"

run "export to a missing folder" 1 --database "$db" --export-json "$tmp/nowhere/x.json"
check "says it could not write" \
  grep -q "^one-on-one: Could not write “$tmp/nowhere/x.json”: " \
  "$tmp/err"
check "on one line" test "$(wc -l <"$tmp/err")" -eq 1

# A file that is not a database is set aside, never overwritten.
echo "not a database" >"$tmp/text.db"
run "not a database" 1 --database "$tmp/text.db" --export-json -
check "says it moved it" \
  grep -q "^one-on-one: The database “$tmp/text.db” could not be read: it was moved to "\
"“$tmp/text.db.damaged-" "$tmp/err"
check "the old file is kept" \
  sh -c "grep -l 'not a database' '$tmp'/text.db.damaged-* >/dev/null"

# The usual database, when none is named.
run "import into the usual database" 0 --import-json "$golden"
check "the usual place" test -f "$XDG_DATA_HOME/com.example.OneOnOne/one-on-one.db"
run "nobody of that name in the usual database" 1 --export-json - --person ZOE
says "No one is named “ZOE”, and no one has it as a UUID."
run "export from the usual database" 0 --export-json -
check "the usual database's people" grep -aq '"name" : "Zoë Contractor"' "$tmp/out"

# Options that do not go together.
run "--person alone" 2 --person "Ana Lima"
says "--person and --include-private go with --export-json."
run "export and import" 2 --database "$db" --export-json - --import-json "$golden"
says "Export or import, not both at once."
run "unknown option" 2 --database "$db" --export-json - --frobnicate
says "Unknown option or argument “--frobnicate”."
run "no file name" 2 --database "$db" --export-json
says "Missing argument for --export-json"

echo "1..$n"
exit $failed
