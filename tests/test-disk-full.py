#!/usr/bin/python3
"""A real full disk under the running app: notes stay, are said, are saved.

Why this test exists: the widget tests inject a full disk through SQLite's
VFS; this one fills a real file system (a 2 MB tmpfs, mounted in a private
mount namespace) while the real app takes notes in a 1:1, as a manager's
laptop would run out of space. The notes typed must stay on screen, a
message must say (to a screen reader too) that they cannot be saved and
why, and once space is freed they must be in the file without another key.

Where a mount namespace cannot be made (no unshare, no user namespaces),
the test says so and skips.

Usage: test-disk-full.py PATH-TO-one-on-one   (under xvfb-run and
dbus-run-session)
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid

MESSAGE = ("Notes cannot be saved: the disk is full. They are kept here and saved "
           "when space is free.")
TYPED = "Wants to lead the migration"
INSIDE = "OOO_DISK_FULL_MOUNT"


def reexec_in_namespace():
    """Runs this script again in a mount namespace of its own, over a
    small tmpfs; returns the exit status, or None when that cannot be."""
    folder = tempfile.mkdtemp(prefix="ooo-disk-full-")
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    script = 'mount -t tmpfs -o size=2m tmpfs "$1" && shift && exec "$@"'
    env = dict(os.environ)
    env[INSIDE] = folder
    try:
        # A try first: without the right to unshare or mount, skip.
        probe = subprocess.run(unshare + ["sh", "-c", script, "sh", folder, "true"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if probe.returncode != 0:
            return None
        return subprocess.run(unshare + ["sh", "-c", script, "sh", folder, sys.executable]
                              + sys.argv, env=env).returncode
    except FileNotFoundError:
        return None
    finally:
        os.rmdir(folder)


def poll(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None


def x_window(pid):
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                         capture_output=True, text=True).stdout.split()
    return out[0] if out else None


def app_env():
    env = dict(os.environ)
    env.pop(INSIDE, None)
    env["GSETTINGS_BACKEND"] = "memory"
    # Warnings stay warnings in the app: a full disk may make GLib complain.
    if "G_DEBUG" in env:
        env["G_DEBUG"] = ",".join(flag for flag in re.split(r"[,:; ]+", env["G_DEBUG"])
                                  if flag and not flag.startswith("fatal"))
    return env


def create_database(binary, path):
    process = subprocess.Popen([binary, "--database", path], env=app_env())
    try:
        if not poll(lambda: x_window(process.pid), 30):
            raise RuntimeError("the app did not show a window")
    finally:
        process.kill()
        process.wait()

    db = sqlite3.connect(path)
    now = int(time.time())
    db.execute("INSERT INTO person (uuid, name, time_zone, created_at, updated_at)"
               " VALUES (?, 'Ana Costa', 'UTC', ?, ?)", (str(uuid.uuid4()), now, now))
    db.execute("INSERT INTO meeting (uuid, person_id, template_name, status, started_at,"
               " timer_state, created_at, updated_at) VALUES (?, 1, 'O3', 'in-progress', ?,"
               " 'paused', ?, ?)", (str(uuid.uuid4()), now, now, now))
    for position, (title, owner) in enumerate([("Their time", "them"), ("My time", "me"),
                                               ("The future", "both")]):
        db.execute("INSERT INTO meeting_segment (uuid, meeting_id, position, title, owner,"
                   " planned_seconds) VALUES (?, 1, ?, ?, ?, 600)",
                   (str(uuid.uuid4()), position, title, owner))
    db.commit()
    db.close()


def saved_notes(path):
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT notes FROM meeting_segment WHERE position = 0").fetchone()[0]
    finally:
        db.close()


def fill(folder):
    """Writes zeros until the file system is full."""
    filler = os.path.join(folder, "filler")
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def screen_text(pid):
    """Every label of the app, as a screen reader would read them."""
    import gi
    gi.require_version("Atspi", "2.0")
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    texts = []

    def walk(accessible, depth=0):
        if accessible is None or depth > 60:
            return
        try:
            if accessible.getRole() == pyatspi.ROLE_LABEL and accessible.name:
                texts.append(accessible.name)
            count = accessible.childCount
        except Exception:
            return
        for index in range(count):
            try:
                walk(accessible.getChildAtIndex(index), depth + 1)
            except Exception:
                continue

    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid:
                walk(app)
        except Exception:
            continue
    return texts


def main():
    folder = os.environ.get(INSIDE)
    if folder is None:
        status = reexec_in_namespace()
        if status is None:
            print("1..0 # SKIP no mount namespace with a tmpfs can be made here")
            return 0
        return status

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

    print("1..5")
    os.environ.pop("NO_AT_BRIDGE", None)
    os.environ.pop("GTK_A11Y", None)
    path = os.path.join(folder, "one-on-one.db")
    create_database(binary, path)

    process = subprocess.Popen([binary, "--database", path], env=app_env())
    filler = None
    try:
        window = poll(lambda: x_window(process.pid), 30)
        report(window is not None, "the app opens on the meeting")
        if window is None:
            print("1..%d" % tests)
            return 1
        time.sleep(1)

        filler = fill(folder)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        time.sleep(0.3)
        subprocess.run(["xdotool", "type", "--delay", "15", TYPED], check=True)

        said = poll(lambda: MESSAGE in screen_text(process.pid), 30, interval=0.5)
        report(bool(said), "the manager is told the notes wait for space",
               "labels: %r" % screen_text(process.pid))
        report(saved_notes(path) in (None, ""), "nothing half written in the meantime",
               "found: %r" % saved_notes(path))

        os.unlink(filler)
        filler = None
        written = poll(lambda: saved_notes(path) == TYPED, 30, interval=0.5)
        report(bool(written), "the notes are written once space is free",
               "found: %r" % saved_notes(path))
        gone = poll(lambda: MESSAGE not in screen_text(process.pid), 15, interval=0.5)
        report(bool(gone), "and the message goes")
    finally:
        if filler is not None:
            os.unlink(filler)
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
