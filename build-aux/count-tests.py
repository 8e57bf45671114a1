#!/usr/bin/python3
"""Prints 'N passed, N failed, N skipped' for one or more meson test logs
(testlog.json), counting each TAP subtest of a test program as one test, and
adding up the logs given. A log that is missing or unreadable (its pass did
not build, say) counts as one failure. Exits 1 when anything failed."""
import json
import re
import sys


def count(runs):
    passed = failed = skipped = 0
    for run in runs:
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
            if result not in ("OK", "SKIP") and not any(
                    line.startswith("not ok") for line in subtests):
                failed += 1
        elif result == "OK":
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    if not paths:
        print("usage: count-tests.py TESTLOG.json...", file=sys.stderr)
        failed = 1
    for path in paths:
        try:
            with open(path, encoding="utf-8") as log:
                runs = [json.loads(line) for line in log if line.strip()]
        except (OSError, ValueError) as error:
            print(f"cannot read the test log {path}: {error}", file=sys.stderr)
            failed += 1
            continue
        p, f, s = count(runs)
        passed, failed, skipped = passed + p, failed + f, skipped + s

    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
