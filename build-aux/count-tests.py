#!/usr/bin/python3
"""Prints 'N passed, N failed, N skipped' for one or more meson test logs,
counting each TAP subtest of a test program as one test:

    count-tests.py LOG [LOG...]

A log that cannot be read counts as one failure. Exits 1 when anything
failed, or nothing passed."""
import json
import re
import sys

passed = failed = skipped = 0


def count(run):
    global passed, failed, skipped
    result = run.get("result")
    stdout = run.get("stdout") or ""
    subtests = []
    # The test log does not say which tests speak TAP; a TAP plan line does.
    if re.search(r"^1\.\.\d+", stdout, re.MULTILINE):
        subtests = [line for line in stdout.splitlines()
                    if line.startswith(("ok ", "not ok "))]
    if subtests:
        for line in subtests:
            if line.startswith("not ok"):
                if "# TODO" in line:
                    skipped += 1
                else:
                    failed += 1
            elif "# SKIP" in line:
                skipped += 1
            else:
                passed += 1
        # A program that crashed after its last subtest still failed.
        if result not in ("OK", "SKIP") and not any(l.startswith("not ok") for l in subtests):
            failed += 1
    elif result == "OK":
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1


if len(sys.argv) < 2:
    print("usage: count-tests.py LOG [LOG...]", file=sys.stderr)

for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            runs = [json.loads(line) for line in log if line.strip()]
    except (OSError, ValueError) as error:
        print(f"cannot read the test log {path}: {error}", file=sys.stderr)
        failed += 1
        continue
    for run in runs:
        count(run)

print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or (passed == 0) else 0)
