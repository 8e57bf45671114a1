#!/usr/bin/python3
"""The app opens no network connection.

Why this test exists: a manager's notes are confidential and stay on their
machine; the app has no reason to reach the network, so it must never open
an Internet socket. This test runs the real app under strace, follows every
thread and child, and fails on any socket of the Internet families (IPv4 or
IPv6) it creates: first the window, shown for a few seconds on a database
with people in it, then the command line's export and import. Sockets to
the display and to the session bus are local (AF_UNIX) and allowed. The
Flatpak manifest, too, asks for no network and no access to files (export
and import go through the portal's file chooser).

Usage: test-no-network.py PATH-TO-one-on-one EXPORT.json FLATPAK-MANIFEST
       (under xvfb-run and dbus-run-session)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

INTERNET = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b")

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def internet_sockets(trace):
    with open(trace, encoding="utf-8", errors="replace") as log:
        return [line.strip() for line in log if INTERNET.search(line)]


def traced(args, trace, **kwargs):
    return subprocess.Popen(["strace", "-f", "-qq", "-e", "trace=socket,connect",
                             "-o", trace] + args, **kwargs)


def main():
    app, export, manifest = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(manifest, encoding="utf-8") as file:
        finish_args = json.load(file).get("finish-args", [])
    asked = [arg for arg in finish_args
             if arg.startswith(("--share=network", "--filesystem", "--socket=session-bus"))]
    check("the Flatpak asks for no network and no files", not asked, " ".join(asked))

    if shutil.which("strace") is None:
        check("strace is installed (build-aux/install-deps.sh --tests)", False)
        return report()

    env = dict(os.environ)
    env["GSETTINGS_BACKEND"] = "memory"
    # In the sanitizer pass: LeakSanitizer cannot run under ptrace (strace);
    # the other tests of that pass look for leaks.
    if "ASAN_OPTIONS" in env:
        env["ASAN_OPTIONS"] += ":detect_leaks=0"
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "one-on-one.db")

        # The command line first: it fills the database the window shows.
        trace = os.path.join(work, "import.trace")
        process = traced([app, "--database", db, "--import-json", export], trace, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, err = process.communicate(timeout=60)
        found = internet_sockets(trace)
        check("the command line's import opens no Internet socket",
              process.returncode == 0 and not found,
              err.decode(errors="replace") + "\n".join(found))

        trace = os.path.join(work, "export.trace")
        process = traced([app, "--database", db, "--export-json", "-", "--include-private"],
                         trace, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, err = process.communicate(timeout=60)
        found = internet_sockets(trace)
        check("the command line's export opens no Internet socket",
              process.returncode == 0 and not found,
              err.decode(errors="replace") + "\n".join(found))

        # The window, with its people, for a few seconds.
        trace = os.path.join(work, "window.trace")
        process = traced([app, "--database", db], trace, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(6)
        still_running = process.poll() is None
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with open(trace, encoding="utf-8", errors="replace") as log:
            sockets = sum(1 for line in log if "socket(" in line)
        found = internet_sockets(trace)
        check("the window ran and made its local connections", still_running and sockets > 0,
              f"running: {still_running}, sockets: {sockets}")
        check("the window opens no Internet socket", not found, "\n".join(found))

    return report()


def report():
    print(f"1..{len(results)}")
    for number, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {number} {name}")
        if not ok and detail:
            for line in detail.splitlines():
                print(f"# {line}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
