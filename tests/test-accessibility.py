#!/usr/bin/python3
"""Every control of One-on-One can be found and used through AT-SPI.

Why this test exists: a screen reader such as Orca knows the app only through
AT-SPI. A control that AT-SPI cannot find, or finds without a name, is
invisible (or a meaningless "button") to a blind user, and a control whose
action AT-SPI cannot run cannot be used by them. So this test drives the real
app the way a screen reader does: it finds the controls by role and name, runs
their actions, types through the accessibility interfaces, and reports every
control that has no name.

About names in GTK 4.8: when a widget has no accessible label, GTK 4.8 does
not leave the name empty, it puts the widget's type name there ("GtkImage",
"GtkMenuButton", "OooPersonEditor"), which is what Orca then reads out. Such a
name counts as no name here. A tooltip alone does not name a control in GTK
4.8: it only becomes the accessible *description*; it is shown in the
diagnostics to help find the control.

Usage: test-accessibility.py PATH-TO-one-on-one

It needs a display and a session bus (run it under
`xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- ...`), and
GSETTINGS_SCHEMA_DIR pointing at the compiled schemas. It prints TAP and exits
0 only when every test point passed.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# meson may run tests with G_DEBUG=fatal-warnings. The app gets it as it is,
# but this process must not: libatspi warns here about every GTK 4 app (they
# have no AT-SPI cache object), which would abort the test itself. GLib reads
# G_DEBUG when it is loaded, so drop the fatal flags before importing gi.
APP_G_DEBUG = os.environ.get("G_DEBUG")
if APP_G_DEBUG is not None:
    os.environ["G_DEBUG"] = ",".join(
        flag for flag in re.split(r"[,:; ]+", APP_G_DEBUG)
        if flag and not flag.startswith("fatal"))

import gi  # noqa: E402

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402
import pyatspi  # noqa: E402

PERSON_NAME = "Ana Costa"
MAIN_WINDOW_NAME = "One-on-One"
APP_NAME = "one-on-one"

# A sanitized or instrumented app is several times slower (and checks for
# leaks as it exits): the test suite says how much with OOO_TEST_SLOWDOWN.
SLOWDOWN = max(1.0, float(os.environ.get("OOO_TEST_SLOWDOWN", "1")))
APP_START_TIMEOUT = 15.0 * SLOWDOWN
STEP_TIMEOUT = 5.0 * SLOWDOWN
QUIT_TIMEOUT = 5.0 * SLOWDOWN
WATCHDOG_SECONDS = int(60 * SLOWDOWN)  # the whole test normally takes a few seconds

# Roles a user operates. Containers, labels and images are not controls.
BUTTON_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_PUSH_BUTTON_MENU,
}
CONTROL_ROLES = BUTTON_ROLES | {
    getattr(pyatspi, role)
    for role in (
        "ROLE_COMBO_BOX",
        "ROLE_TEXT",
        "ROLE_ENTRY",
        "ROLE_PASSWORD_TEXT",
        "ROLE_SPIN_BUTTON",
        "ROLE_CHECK_BOX",
        "ROLE_RADIO_BUTTON",
        "ROLE_SLIDER",
        "ROLE_SWITCH",  # not in every pyatspi
        "ROLE_LINK",
        "ROLE_MENU_ITEM",
        "ROLE_CHECK_MENU_ITEM",
        "ROLE_RADIO_MENU_ITEM",
        "ROLE_LIST_ITEM",  # rows of lists: sidebar people, preference rows
    )
    if hasattr(pyatspi, role)
}

# What GTK 4.8 puts in the name of a widget that has none.
TYPE_NAME_FALLBACK = re.compile(r"^(Gtk|Adw|Gdk|Ooo)[A-Z][A-Za-z0-9]*$")
# "_Add Add": what GTK 4.8 names a button with a mnemonic label.
RAW_MNEMONIC = re.compile(r"(^|\s)_\w")


class Watchdog(Exception):
    pass


# --------------------------------------------------------------------- TAP


class Tap:
    """Numbered TAP test points with `# ` diagnostics."""

    def __init__(self, planned):
        self.number = 0
        self.failed = 0
        print(f"1..{planned}", flush=True)

    def result(self, passed, description, diagnostics=()):
        self.number += 1
        if not passed:
            self.failed += 1
        status = "ok" if passed else "not ok"
        print(f"{status} {self.number} - {description}", flush=True)
        self.diagnose(diagnostics)
        return passed

    def skip(self, description, reason):
        self.number += 1
        print(f"ok {self.number} - {description} # SKIP {reason}", flush=True)

    @staticmethod
    def diagnose(lines):
        for line in lines:
            print(f"# {line}", flush=True)


# ------------------------------------------------------------ AT-SPI helpers


def poll(predicate, timeout, interval=0.1):
    """Call predicate until it returns something true or timeout runs out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except GLib.GError:
            value = None  # the tree changed under us; try again
        if value:
            return value
        if time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def role_name(accessible):
    try:
        return accessible.getRoleName()
    except GLib.GError:
        return "?"


def safe_name(accessible):
    try:
        return accessible.name or ""
    except GLib.GError:
        return ""


def children(accessible):
    try:
        return [child for child in accessible if child is not None]
    except GLib.GError:
        return []


def has_state(accessible, state):
    try:
        return accessible.getState().contains(state)
    except GLib.GError:
        return False


def walk(root):
    """Yield (accessible, ancestors) for root and everything under it."""
    stack = [(root, ())]
    while stack:
        accessible, ancestors = stack.pop()
        yield accessible, ancestors
        below = ancestors + (accessible,)
        stack.extend((child, below) for child in reversed(children(accessible)))


def find_all(root, predicate):
    return [acc for acc, _ in walk(root) if predicate(acc)]


def find_first(root, predicate):
    for accessible, _ in walk(root):
        if predicate(accessible):
            return accessible
    return None


def label_is(name, wanted):
    """Whether an accessible name is the visible label `wanted`.

    GTK 4.8 names a button with a mnemonic label after both its raw label and
    its text, e.g. "_Add Person Add Person", so that form matches too.
    """
    plain = name.replace("_", "").strip()
    return plain == wanted or plain == f"{wanted} {wanted}"


def do_named_action(accessible, action_name):
    """Run the action called action_name, as a screen reader would."""
    action = accessible.queryAction()
    for index in range(action.nActions):
        if action.getName(index) == action_name:
            return action.doAction(index)
    return False


def action_names(accessible):
    try:
        action = accessible.queryAction()
        return [action.getName(index) for index in range(action.nActions)]
    except (NotImplementedError, GLib.GError):
        return []


def disable_atspi_cache(accessible):
    """Read names and children live: GTK 4 does not keep libatspi's cache fresh."""
    try:
        accessible.set_cache_mask(Atspi.Cache.NONE)
        accessible.clear_cache()
    except (AttributeError, GLib.GError):
        pass


# ---------------------------------------------------------- the app's parts


def find_app(pid):
    """Our app on the desktop: by process id, by name where that is unknown."""
    for app in children(pyatspi.Registry.getDesktop(0)):
        try:
            if app.get_process_id() == pid:
                return app
        except GLib.GError:
            if safe_name(app) == APP_NAME:
                return app
    return None


def find_main_window(app):
    for window in children(app):
        if safe_name(window) == MAIN_WINDOW_NAME:
            return window
    return None


def other_windows(app, main_window):
    return [w for w in children(app) if w != main_window]


def is_name_field(accessible):
    return (
        role_name(accessible) in ("text", "entry")
        and safe_name(accessible).strip() == "Name"
    )


def is_clickable_button(accessible, label):
    return (
        accessible.getRole() in BUTTON_ROLES
        and label_is(safe_name(accessible), label)
        and "click" in action_names(accessible)
    )


def people_list(main_window):
    return find_first(
        main_window,
        lambda a: role_name(a) == "list" and safe_name(a) == "People",
    )


def sidebar_names(main_window):
    sidebar = people_list(main_window)
    if sidebar is None:
        return None
    return [safe_name(row) for row in children(sidebar)]


# ------------------------------------------------------------ name checking


def name_problem(accessible):
    """Why this accessible has no usable name, or None when it has one."""
    name = safe_name(accessible).strip()
    if not name:
        return "no name"
    if TYPE_NAME_FALLBACK.match(name):
        return f'no name (GTK shows the widget type "{name}" instead)'
    return None


def shown_at_its_place(window, accessible):
    """"yes" when a hit test at the accessible's place finds it, else "no"/"unknown".

    GTK 4.8 exposes the pages a GtkStack does not show, with their old sizes,
    and sets no "showing" state, so a hit test is the only way to tell a
    hidden page from a shown one (controls scrolled out of view say "no" too).
    GTK 4.8 finds nothing at points over some inner parts (icons, labels), so
    a few points are tried, and "unknown" means none of them found anything.
    """
    try:
        box = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if box.width <= 0 or box.height <= 0:
            return "no"
        centre_x, centre_y = box.x + box.width // 2, box.y + box.height // 2
        points = [(centre_x, centre_y),
                  (centre_x, box.y + 2), (centre_x, box.y + box.height - 3),
                  (box.x + 2, centre_y), (box.x + box.width - 3, centre_y)]
        component = window.queryComponent()
        found_other = False
        for x, y in points:
            hit = component.getAccessibleAtPoint(x, y, pyatspi.WINDOW_COORDS)
            if hit is None:
                continue
            found_other = True
            while hit is not None and hit != window:
                if hit == accessible:
                    return "yes"
                hit = hit.parent
        return "no" if found_other else "unknown"
    except (NotImplementedError, GLib.GError):
        return "unknown"


def describe(window, accessible, ancestors):
    """One diagnostic line that says what the control is and where it lives."""
    description = ""
    try:
        description = accessible.description or ""
    except GLib.GError:
        pass
    path = " > ".join(
        f'{role_name(a)} "{safe_name(a)}"' for a in ancestors if safe_name(a).strip()
    )
    # The nearest of the app's own widgets (GTK 4.8 shows their type names),
    # which tells the template (.ui file) the control comes from.
    template = next(
        (safe_name(a) for a in reversed(ancestors + (accessible,))
         if safe_name(a).startswith("Ooo")),
        f'the window "{safe_name(window)}"',
    )
    shown = ("(the window itself)" if accessible == window
             else shown_at_its_place(window, accessible))
    parts = [f'{role_name(accessible)} "{safe_name(accessible)}"']
    if description:
        parts.append(f'description/tooltip "{description}"')
    actions = action_names(accessible)
    if actions:
        parts.append(f"actions {','.join(actions)}")
    parts.append(f"inside {template}")
    parts.append(f"on screen now: {shown}")
    parts.append(f"path: {path or '(window)'}")
    return "  " + "; ".join(parts)


def controls_without_names(window):
    """Check every control in window; return (count checked, problems, notes).

    problems is a list of (what is wrong, description of the control).

    Inside a combo box only buttons are checked: the rest only shows the
    chosen value, which the combo box itself announces; a button in there
    is what takes the keyboard focus (GtkDropDown).
    """
    checked = 0
    problems = []
    notes = []
    stack = [(window, (), False)]
    while stack:
        accessible, ancestors, in_combo = stack.pop()
        try:
            role = accessible.getRole()
        except GLib.GError:
            continue
        below = (ancestors + (accessible,), in_combo or role == pyatspi.ROLE_COMBO_BOX)
        stack.extend((child,) + below for child in reversed(children(accessible)))
        if accessible == window:
            # A window's name is what a screen reader says when it opens.
            # GTK 4.8 may give a window role "filler", so any role counts.
            wanted = True
        elif in_combo:
            wanted = role in BUTTON_ROLES
        else:
            wanted = role in CONTROL_ROLES
        if not wanted:
            continue
        checked += 1
        problem = name_problem(accessible)
        if problem:
            problems.append((problem, describe(window, accessible, ancestors)))
        elif RAW_MNEMONIC.search(safe_name(accessible)):
            notes.append(
                f'note: {role_name(accessible)} "{safe_name(accessible)}" has a '
                "raw mnemonic in its name (GTK 4.8 names buttons with "
                "use-underline after label and text)"
            )
    return checked, problems, sorted(set(notes))


def check_names(tap, process, window, where):
    checked, problems, notes = controls_without_names(window)
    lines = [f"{checked} controls checked in {where}, {len(problems)} without a name"]
    for problem, description in problems:
        lines += [f"{problem}:", description]
    gone = exit_description(process)
    return tap.result(not problems and not gone, f"every control in {where} has a name",
                      ([gone] if gone else []) + lines + notes)


# --------------------------------------------------------------- the steps


def start_app(binary, database):
    env = dict(os.environ)
    env["GSETTINGS_BACKEND"] = "memory"
    if APP_G_DEBUG is not None:
        env["G_DEBUG"] = APP_G_DEBUG
    for variable in ("NO_AT_BRIDGE", "GTK_A11Y"):
        env.pop(variable, None)  # accessibility is what is under test
    if "ASAN_OPTIONS" in env:
        # GTK 4.8 leaks a list of action names each time an assistive
        # technology reads a widget's NActions, which this test does for every
        # control. LeakSanitizer's stacks stop at g_malloc in Debian's GLib, so
        # that cannot be suppressed by function; here only memory errors and
        # undefined behaviour fail the sanitized app. Its leaks are checked by
        # the widget tests, which run the same windows in the test process.
        env["ASAN_OPTIONS"] += ":detect_leaks=0"
    return subprocess.Popen(
        [binary, "--database", database],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=sys.stderr,  # keep stdout for TAP
    )


def x_window_of(process, window):
    """The X window id of an app window: the app's visible X window of its size.

    X windows are a little larger than what AT-SPI reports (GTK's client-side
    decoration margins), so the closest size wins.
    """
    size = window.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                         capture_output=True, text=True, timeout=10).stdout.split()
    best = None
    for window_id in ids:
        shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window_id],
                               capture_output=True, text=True, timeout=10).stdout
        geometry = dict(line.split("=", 1) for line in shell.split() if "=" in line)
        width, height = int(geometry.get("WIDTH", 0)), int(geometry.get("HEIGHT", 0))
        margin_x, margin_y = width - size.width, height - size.height
        if margin_x < 0 or margin_y < 0:
            continue
        if best is None or margin_x + margin_y < best[0]:
            best = (margin_x + margin_y, window_id, margin_x // 2, margin_y // 2)
    return best[1:] if best else None


def type_with_xdotool(process, window, field, text):
    """Focus the field (AT-SPI grabFocus, else a click on it) and type text."""
    try:
        if field.queryComponent().grabFocus():
            subprocess.run(["xdotool", "type", "--delay", "20", text],
                           check=True, timeout=10)
            return "AT-SPI grabFocus and xdotool type"
    except (NotImplementedError, GLib.GError):
        pass  # GTK 4.8 does not implement GrabFocus
    found = x_window_of(process, window)
    if found is None:
        raise RuntimeError("no X window of the app has the size of the window")
    window_id, offset_x, offset_y = found
    box = field.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    subprocess.run(["xdotool", "mousemove", "--window", window_id, "--sync",
                    str(offset_x + box.x + box.width // 2),
                    str(offset_y + box.y + box.height // 2),
                    "click", "1", "sleep", "0.2", "type", "--delay", "20", text],
                   check=True, timeout=10)
    return "a click on the field and xdotool type"


def set_text(process, window, text_field, text, add_button):
    """Put text in the field: EditableText first, typing with xdotool if not.

    Returns (how, diagnostics). The app enables its Add button once the Name
    is not empty, which tells the text really arrived.
    """
    diagnostics = []

    def arrived():
        try:
            content = text_field.queryText()
            if content.getText(0, content.characterCount) == text:
                return True
        except (NotImplementedError, GLib.GError):
            pass
        return has_state(add_button, pyatspi.STATE_SENSITIVE)

    try:
        if text_field.queryEditableText().setTextContents(text) and poll(arrived, 3):
            return "EditableText.setTextContents", diagnostics
        diagnostics.append("setTextContents did not change the text")
    except (NotImplementedError, GLib.GError) as error:
        diagnostics.append(f"no EditableText: {error}")

    try:
        how = type_with_xdotool(process, window, text_field, text)
        if poll(arrived, 3):
            return how, diagnostics
        diagnostics.append(f"{how} did not change the text either")
    except (OSError, RuntimeError, subprocess.SubprocessError, GLib.GError,
            NotImplementedError) as error:
        diagnostics.append(f"typing with xdotool failed: {error}")
    return None, diagnostics


def quit_app(process, main_window):
    """Close the main window through AT-SPI (Ctrl+Q if it cannot); wait for exit."""
    how = None
    try:
        if do_named_action(main_window, "window.close"):
            how = 'AT-SPI action "window.close" on the main window'
    except (NotImplementedError, GLib.GError):
        pass  # the window may already be going away
    if how is None and process.poll() is None:
        try:
            window_id, _, _ = x_window_of(process, main_window)
            # No window manager under Xvfb: the key goes where the pointer is.
            subprocess.run(["xdotool", "mousemove", "--window", window_id, "--sync",
                            "20", "20", "key", "ctrl+q"], timeout=10, check=True)
            how = "xdotool key ctrl+q"
        except (TypeError, OSError, subprocess.SubprocessError, GLib.GError,
                NotImplementedError) as error:
            how = f"nothing: ctrl+q could not be sent ({error})"
    try:
        return how, process.wait(QUIT_TIMEOUT)
    except subprocess.TimeoutExpired:
        return how, None


# Test point descriptions, so that a skipped point reads like a run one.
APPEARS = "the app and its window appear in the AT-SPI desktop"
HAS_ADD_PERSON = 'the welcome page has an "Add Person" push button with a click action'
NAMES_WELCOME = "the main window on the welcome page"
OPENS_EDITOR = 'clicking "Add Person" through AT-SPI opens a window with a Name field'
NAMES_EDITOR = "the Add Person window"
ADDS_PERSON = f'"{PERSON_NAME}" is entered and "Add" is clicked: the window closes'
LISTS_PERSON = f'the sidebar list "People" has a row "{PERSON_NAME}"'
NAMES_PEOPLE = "the main window with a person"
QUITS = "the app quits cleanly"
PLANNED = 9


def exit_description(process):
    """None while the app runs, else how it ended (a crash shows as a signal)."""
    status = process.poll()
    if status is None:
        return None
    if status < 0:
        try:
            return f"the app is gone: killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"the app is gone: killed by signal {-status}"
    return f"the app is gone: it exited with status {status}"


def display_works():
    try:
        subprocess.run(["xdotool", "getdisplaygeometry"], check=True, timeout=10,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True
    except (OSError, subprocess.SubprocessError):
        return False


def display_hint():
    """A diagnostic when the X display cannot be opened (the app then exits)."""
    if display_works():
        return []
    return [f'the X display "{os.environ.get("DISPLAY", "")}" cannot be opened: is '
            "the test run under xvfb-run, and no other Xvfb on that display number?"]


def wait_for_app(tap, process):
    """Test point: the app registers with AT-SPI and shows its main window."""
    def app_and_window():
        if process.poll() is not None:
            return "exited"
        app = find_app(process.pid)
        if app is None:
            return None
        disable_atspi_cache(app)
        window = find_main_window(app)
        return (app, window) if window is not None else None

    found = poll(app_and_window, APP_START_TIMEOUT)
    if found == "exited" or process.poll() is not None:
        tap.result(False, APPEARS, [exit_description(process)] + display_hint())
        return None, None
    if not found:
        seen = ", ".join(f'"{safe_name(a)}"'
                         for a in children(pyatspi.Registry.getDesktop(0)))
        tap.result(False, APPEARS, [f"not there after {APP_START_TIMEOUT:.0f} s; "
                                    f"the desktop has: {seen or 'nothing'}"])
        return None, None
    app, main_window = found
    tap.result(True, APPEARS,
               [f'application "{safe_name(app)}", pid {app.get_process_id()}'])
    return app, main_window


def find_add_person_button(tap, main_window):
    """Test point: the welcome page offers "Add Person" as a clickable button."""
    button = poll(lambda: find_first(
        main_window,
        lambda a: is_clickable_button(a, "Add Person")
        and has_state(a, pyatspi.STATE_SENSITIVE)), STEP_TIMEOUT)
    seen = [] if button else ["buttons seen: " + ", ".join(
        f'"{safe_name(a)}"'
        for a in find_all(main_window, lambda a: a.getRole() in BUTTON_ROLES))]
    tap.result(button is not None, HAS_ADD_PERSON, seen)
    return button


def open_editor(tap, process, app, main_window, add_person):
    """Test point: clicking Add Person through AT-SPI opens the editor window."""
    clicked = do_named_action(add_person, "click")
    editor = poll(lambda: next((w for w in other_windows(app, main_window)
                                if find_first(w, is_name_field)), None),
                  STEP_TIMEOUT)
    if editor is not None:
        seen = f'the window: {role_name(editor)} "{safe_name(editor)}"'
    else:
        seen = "windows: " + ", ".join(f'"{safe_name(w)}"' for w in children(app))
    gone = exit_description(process)
    tap.result(editor is not None and not gone, OPENS_EDITOR,
               [f"doAction(click) returned {clicked}", seen] + ([gone] if gone else []))
    return editor


def add_person(tap, process, app, main_window, editor):
    """Test point: the Name is filled in, "Add" is clicked, the editor closes."""
    name_field = find_first(editor, is_name_field)
    add_button = find_first(editor, lambda a: is_clickable_button(a, "Add"))
    if add_button is None:
        tap.result(False, ADDS_PERSON,
                   ['no push button "Add" with a click action in the window'])
        return False
    how, diagnostics = set_text(process, editor, name_field, PERSON_NAME, add_button)
    windows_before = app.childCount
    clicked = how is not None and do_named_action(add_button, "click")
    # Only count the app's windows while the editor closes: asked for the
    # children of a window being destroyed, GTK 4.8 can crash (a NULL object
    # path in its AT-SPI code), so nothing in the editor is touched now.
    closed = clicked and poll(lambda: app.childCount < windows_before, STEP_TIMEOUT)
    gone = exit_description(process)
    return tap.result(bool(closed) and not gone, ADDS_PERSON, diagnostics + [
        f"text set with {how}", f"doAction(click) on Add returned {clicked}"]
        + ([gone] if gone else []))


def check_sidebar(tap, process, main_window):
    """Test point: the sidebar list "People" has a row for the new person."""
    def names_with_person():
        names = sidebar_names(main_window)
        return names if names and any(PERSON_NAME in n for n in names) else None

    names = poll(names_with_person, STEP_TIMEOUT)
    gone = exit_description(process)
    tap.result(bool(names) and not gone, LISTS_PERSON,
               [gone] if gone else [f"rows: {names or sidebar_names(main_window)}"])


def check_quit(tap, process, main_window):
    """Test point: the app exits by itself, with status 0, when asked to quit."""
    gone = exit_description(process)
    if gone:
        tap.result(False, QUITS, [f"{gone}, before it was asked to quit"])
        return
    how, status = quit_app(process, main_window)
    outcome = (f"exit status {status}" if status is not None
               else f"still running {QUIT_TIMEOUT:.0f} s later")
    tap.result(status == 0, QUITS, [f"asked to quit with {how}; {outcome}"])


def run(tap, binary, database):
    poll(display_works, STEP_TIMEOUT)  # a display just started may lag a little
    # Start the accessibility bus and its registry (D-Bus activated; they
    # connect to the display too) before the app: an app started while they
    # start failed with "cannot open display" in about one run in five here.
    children(pyatspi.Registry.getDesktop(0))
    try:
        process = start_app(binary, database)
    except OSError as error:
        tap.result(False, APPEARS, [f"the app could not be started: {error}"])
        return
    try:
        app, main_window = wait_for_app(tap, process)
        if main_window is None:
            return

        add_person_button = find_add_person_button(tap, main_window)
        check_names(tap, process, main_window, NAMES_WELCOME)

        editor = None
        if add_person_button is not None:
            editor = open_editor(tap, process, app, main_window, add_person_button)
        else:
            tap.skip(OPENS_EDITOR, "no Add Person button")

        added = False
        if editor is not None:
            check_names(tap, process, editor, NAMES_EDITOR)
            added = add_person(tap, process, app, main_window, editor)
        else:
            tap.skip(f"every control in {NAMES_EDITOR} has a name", "no editor window")
            tap.skip(ADDS_PERSON, "no editor window")

        if added:
            check_sidebar(tap, process, main_window)
        else:
            tap.skip(LISTS_PERSON, "no person was added")
        check_names(tap, process, main_window, NAMES_PEOPLE if added else NAMES_WELCOME)

        check_quit(tap, process, main_window)
    finally:
        stop(process)


def stop(process):
    """Make sure the app is gone, whatever happened."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(3)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH-TO-one-on-one", file=sys.stderr)
        return 2

    def on_watchdog(signum, frame):
        raise Watchdog(f"still running after {WATCHDOG_SECONDS} s")

    signal.signal(signal.SIGALRM, on_watchdog)
    signal.alarm(WATCHDOG_SECONDS)

    tap = Tap(PLANNED)
    tmpdir = tempfile.mkdtemp(prefix="one-on-one-a11y-")
    try:
        run(tap, os.path.abspath(sys.argv[1]), os.path.join(tmpdir, "one-on-one.db"))
    except Exception as error:  # report instead of a traceback without TAP
        tap.diagnose([f"error: {type(error).__name__}: {error}"])
        tap.failed += 1
    finally:
        signal.alarm(0)
        shutil.rmtree(tmpdir, ignore_errors=True)
    while tap.number < PLANNED:
        tap.result(False, "not reached")
    return 0 if tap.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
