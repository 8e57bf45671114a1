#!/usr/bin/python3
"""The JSON Schema in data/ describes what the app really writes.

Imports the golden export into a scratch database with the real binary,
exports it again (with and without private notes, whole and for one
person), and validates every file against the schema with Debian's
python3-jsonschema (draft 2020-12). A few broken files must fail, so the
schema is known to check something.

Usage: test-export-schema.py SCHEMA PATH-TO-one-on-one GOLDEN-EXPORT   (TAP)

SPDX-License-Identifier: GPL-3.0-or-later
"""

import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

SCHEMA, APP, GOLDEN = sys.argv[1:4]

results = []


def check(name, passed, detail=""):
    results.append((name, passed, detail))


def validator():
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors(check_with, document):
    return [e.message for e in check_with.iter_errors(document)]


def run_app(*args, stdin=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([APP, *args], input=stdin, capture_output=True, check=False,
                          env=env)


def main():
    check_with = validator()
    check("the schema is a valid draft 2020-12 schema", True)

    with open(GOLDEN, encoding="utf-8") as f:
        golden = json.load(f)
    found = errors(check_with, golden)
    check("the golden export is valid", not found, "; ".join(found[:3]))

    with tempfile.TemporaryDirectory() as tmp:
        database = os.path.join(tmp, "one.db")
        imported = run_app("--database", database, "--import-json", GOLDEN)
        check("the golden export imports", imported.returncode == 0,
              imported.stderr.decode(errors="replace"))

        exports = {
            "everything": ("--export-json", "-"),
            "everything with private notes": ("--export-json", "-", "--include-private"),
            "one person": ("--export-json", "-", "--person", "Bruno Ćosić"),
        }
        for name, args in exports.items():
            done = run_app("--database", database, *args)
            try:
                document = json.loads(done.stdout)
            except ValueError as error:
                check(f"the export of {name} is JSON", False, str(error))
                continue
            found = errors(check_with, document)
            check(f"the export of {name} is valid", done.returncode == 0 and not found,
                  "; ".join(found[:3]) or done.stderr.decode(errors="replace"))

        private = json.loads(run_app("--database", database, "--export-json", "-",
                                     "--include-private").stdout)

    meeting = private["people"][0]["meetings"][2]
    broken = {
        "a newer version": lambda d: d.update(version=2),
        "another format": lambda d: d.update(format="one-on-one-template"),
        "a person without a UUID": lambda d: d["people"][0].pop("uuid"),
        "a cadence of ten days": lambda d: d["people"][0].update(cadence_days=10),
        "seconds as text": lambda d: d["people"][0]["meetings"][2]["segments"][0].update(
            planned_seconds="600"),
        "negative seconds": lambda d: d["people"][0]["meetings"][2]["segments"][0].update(
            actual_seconds=-1),
        "an unknown status": lambda d: d["people"][0]["meetings"][2].update(status="done"),
        "a time without offset": lambda d: d["people"][0]["meetings"][2].update(
            started_at="2024-01-08T09:00:00"),
        "a date that is not one": lambda d: d["people"][0]["meetings"][2].update(
            due_on="08/01/2024"),
        "an unknown field": lambda d: d["people"][0].update(nmae="Ana"),
        "an empty action item": lambda d: d["people"][0]["action_items"][0].update(text=" "),
        "a template without segments": lambda d: d["templates"][0].update(segments=[]),
    }
    check("the broken files start from a valid one",
          meeting["uuid"] == "c0000000-0000-4000-8000-000000000001"
          and not errors(check_with, private))
    for name, breaking in broken.items():
        document = copy.deepcopy(private)
        breaking(document)
        check(f"the schema refuses {name}", bool(errors(check_with, document)))

    print(f"1..{len(results)}")
    for number, (name, passed, detail) in enumerate(results, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {name}")
        if not passed and detail:
            print(f"# {detail}")

    return 0 if all(passed for _, passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
