#!/usr/bin/python3
"""A second One-on-One started while the first runs, and the command line
beside the running app.

Why this test exists: a manager clicks the icon again while the app is open
(hidden behind other windows, or on another workspace). That must bring the
open window forward, not start a second app on the same notes, and the
second process must exit cleanly. And a script that exports the data while
the app is open (a backup, say) must work: the file is in WAL mode, so a
reader is never told "database is locked".

The test starts the real app on its default data file (XDG_DATA_HOME points
to a scratch folder), takes the keyboard focus away from its window (to the
root window, as another application would), starts the app a second time,
and checks that the second exits 0 at once and the first window has the
focus again (raised: Xvfb runs no window manager, so GTK raises and focuses
the window itself); then it exports with the command line, while the app is
open and while another program writes to the file.

Usage: test-second-instance.py PATH-TO-one-on-one   (under xvfb-run and
dbus-run-session)
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid


def poll(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None


def xdotool(*args):
    return subprocess.run(["xdotool"] + list(args), capture_output=True,
                          text=True).stdout.split()


def focused_window():
    found = xdotool("getwindowfocus")
    return found[0] if found else None


def visible_windows(pid):
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                         capture_output=True, text=True).stdout.split()
    return out


def main():
    binary = sys.argv[1]
    tests = 0
    failed = 0

    def report(ok, what, detail=""):
        nonlocal tests, failed
        tests += 1
        if not ok:
            failed += 1
        print(("ok" if ok else "not ok") + " %d - %s" % (tests, what))
        if detail and not ok:
            for line in str(detail).splitlines():
                print("# " + line)

    print("1..9")
    with tempfile.TemporaryDirectory(prefix="ooo-second-") as folder:
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = folder
        env["GSETTINGS_BACKEND"] = "memory"
        path = os.path.join(folder, "com.example.OneOnOne", "one-on-one.db")

        first = subprocess.Popen([binary], env=env)
        try:
            windows = poll(lambda: visible_windows(first.pid), 30)
            report(bool(windows), "the first instance shows its window")
            if not windows:
                print("1..%d" % tests)
                return 1
            window = windows[0]

            # Another application takes the focus; only the app can take it
            # back, when it is asked to.
            root = xdotool("search", "--maxdepth", "0", "")[0]
            subprocess.run(["xdotool", "windowfocus", "--sync", root], check=True)
            time.sleep(0.5)
            report(focused_window() == root, "its window has lost the focus",
                   "focus on %s" % focused_window())

            started = time.monotonic()
            try:
                second = subprocess.run([binary], env=env, capture_output=True, text=True,
                                        timeout=30)
                status, stderr = second.returncode, second.stderr
            except subprocess.TimeoutExpired as error:
                # It stayed: a second app on the same notes.
                status, stderr = None, error.stderr
            took = time.monotonic() - started
            report(status == 0, "the second instance exits 0",
                   "exit %s, stderr: %s" % (status, stderr))
            report(took < 15, "and at once (%.1f s)" % took)

            raised = poll(lambda: focused_window() == window, 20)
            report(bool(raised), "the first window is raised and has the focus",
                   "focus on %s, not %s" % (focused_window(), window))
            report(first.poll() is None and len(visible_windows(first.pid)) == 1,
                   "the first instance goes on, with one window")

            # The command line beside the running app.
            export = subprocess.run([binary, "--database", path, "--export-json", "-"],
                                    env=env, capture_output=True, text=True, timeout=60)
            try:
                data = json.loads(export.stdout)
            except ValueError as error:
                data = None
                report(False, "the export is JSON", error)
            else:
                report(export.returncode == 0 and isinstance(data, dict),
                       "--export-json - works while the app is open",
                       "exit %d, stderr: %s" % (export.returncode, export.stderr))

            # Another program writes (a person, committed in small steps)
            # while the export reads: no "database is locked".
            stop = threading.Event()

            def write_people():
                db = sqlite3.connect(path, timeout=10)
                now = int(time.time())
                while not stop.is_set():
                    db.execute("INSERT INTO person (uuid, name, time_zone, created_at,"
                               " updated_at) VALUES (?, 'Writer', 'UTC', ?, ?)",
                               (str(uuid.uuid4()), now, now))
                    db.commit()
                    time.sleep(0.01)
                db.close()

            writer = threading.Thread(target=write_people)
            writer.start()
            try:
                results = [subprocess.run([binary, "--database", path, "--export-json", "-"],
                                          env=env, capture_output=True, text=True, timeout=60)
                           for _ in range(3)]
            finally:
                stop.set()
                writer.join()
            bad = [r for r in results if r.returncode != 0 or "locked" in r.stderr]
            report(not bad, "--export-json - works while another program writes",
                   "\n".join("exit %d: %s" % (r.returncode, r.stderr) for r in bad))
            people = [len(json.loads(r.stdout).get("people", [])) for r in results
                      if r.returncode == 0]
            report(len(people) == 3 and people[-1] > 0,
                   "each export holds the people written so far", people)
        finally:
            first.terminate()
            try:
                first.wait(10)
            except subprocess.TimeoutExpired:
                first.kill()
                first.wait()

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
