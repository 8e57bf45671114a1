/* test-window-faults.c — the main window while the disk is full, the file
 * is held by another program, or the folder is read-only: the manager is
 * told in plain words, what was typed stays, and is written once the
 * fault is gone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-fault-vfs.h"
#include "ooo-lock-holder.h"
#include "ooo-meeting-view.h"
#include "ooo-window-fixture.h"

#define FULL_MESSAGE "Notes cannot be saved: the disk is full. They are kept here and saved " \
                     "when space is free."
#define READ_ONLY_MESSAGE "Notes cannot be saved: the folder of your data cannot be written " \
                          "to. They are kept here and saved when it can be written again."
#define TIMER_FULL_MESSAGE "The timer cannot be saved: the disk is full. It goes on here and " \
                           "is saved when space is free."
#define LOCKED_MESSAGE "Notes cannot be saved: another program is using your data. They are " \
                       "kept here and saved when it lets go."

/* Like wait_until, with room for the autosave's pauses between tries (up to
 * 8 s) and a busy machine. */
static void
wait_long (gboolean (*done) (gpointer),
           gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data)) {
    g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    g_main_context_iteration (NULL, FALSE);
    g_usleep (2000);
  }
  drain ();
}

typedef struct {
  Fixture    *fixture;
  const char *message;   /* NULL: none on screen */
} MessageWait;

static gboolean
message_is (gpointer data)
{
  MessageWait *wait = data;

  return g_strcmp0 (ooo_window_get_storage_problem (wait->fixture->window),
                    wait->message) == 0;
}

typedef struct {
  Fixture    *fixture;
  const char *sql;
} RowWait;

static gboolean
row_exists (gpointer data)
{
  RowWait *wait = data;

  return rows_in_file (wait->fixture, wait->sql) > 0;
}

static void
start_meeting (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-meeting",
                                             NULL));
  drain ();
}

/* Whether a label under @root shows @text: what the manager reads in a toast. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;

  return FALSE;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} TextWait;

static gboolean
text_shown (gpointer data)
{
  TextWait *wait = data;

  return shows_text (wait->root, wait->text);
}

static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  TextWait wait = { root, text };

  wait_long (text_shown, &wait);
}

/* Typing while writes fail: the message stays on screen, the text stays in
 * the field, more typing joins it, and all of it is written once the fault
 * goes, without another keystroke. */
static void
check_notes_kept (Fixture    *fixture,
                  const char *message,
                  OooFault    fault)
{
  MessageWait shown = { fixture, message };
  MessageWait gone = { fixture, NULL };
  RowWait saved = { fixture, "SELECT count(*) FROM meeting_segment WHERE position = 0"
                             " AND notes = 'Wants to lead the migration'" };
  GtkTextView *theirs;

  add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);
  theirs = ooo_notes_pane_get_view (notes_pane (fixture), 0);
  g_assert_null (ooo_window_get_storage_problem (fixture->window));

  if (fault != OOO_FAULT_NONE)
    ooo_fault_set (fault);
  type_into (theirs, "Wants to lead");
  wait_long (message_is, &shown);
  g_assert_true (gtk_widget_get_mapped (window_child (fixture, "storage_label")));

  type_into (theirs, " the migration");
  {
    g_autofree char *text = text_of (theirs);
    g_assert_cmpstr (text, ==, "Wants to lead the migration");
  }
  g_assert_false (row_exists (&saved));

  ooo_fault_set (OOO_FAULT_NONE);
  wait_long (message_is, &gone);
  g_assert_true (row_exists (&saved));
  wait_for_text (window_child (fixture, "toast_overlay"), "Notes saved");
}

static void
test_notes_disk_full (Fixture       *fixture,
                      gconstpointer  data)
{
  check_notes_kept (fixture, FULL_MESSAGE, OOO_FAULT_DISK_FULL);
}

static void
test_notes_read_only (Fixture       *fixture,
                      gconstpointer  data)
{
  check_notes_kept (fixture, READ_ONLY_MESSAGE, OOO_FAULT_READ_ONLY);
}

static gboolean
note_stall (gpointer data)
{
  gint64 *last = data;
  gint64 now = g_get_monotonic_time ();

  /* last[0]: the previous tick; last[1]: the longest gap between two. */
  last[1] = MAX (last[1], now - last[0]);
  last[0] = now;
  return G_SOURCE_CONTINUE;
}

/* Another program holds the file for 10 s, longer than the app waits for it
 * (half a second); the notes are written once it lets go. Meanwhile the
 * window never stops for longer than that wait: each try used to freeze it
 * for five seconds. */
static void
test_notes_locked (Fixture       *fixture,
                   gconstpointer  data)
{
  MessageWait shown = { fixture, LOCKED_MESSAGE };
  MessageWait gone = { fixture, NULL };
  RowWait saved = { fixture, "SELECT count(*) FROM meeting_segment WHERE position = 0"
                             " AND notes = 'Wants to lead'" };
  g_autoptr(GSubprocess) holder = NULL;
  gint64 stall[2];
  guint ticker;

  add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);
  holder = ooo_lock_holder_start (fixture->path, 10);
  stall[0] = g_get_monotonic_time ();
  stall[1] = 0;
  ticker = g_timeout_add (20, note_stall, stall);
  type_into (ooo_notes_pane_get_view (notes_pane (fixture), 0), "Wants to lead");
  wait_long (message_is, &shown);
  g_assert_false (row_exists (&saved));

  wait_long (message_is, &gone);
  g_source_remove (ticker);
  g_assert_true (row_exists (&saved));
  ooo_lock_holder_wait (holder);
  g_assert_cmpint (stall[1], <, (gint64) 2 * G_USEC_PER_SEC * slowdown ());
}

static void
select_person (Fixture   *fixture,
               OooPerson *person)
{
  ooo_window_select_person (fixture->window, person);
  drain ();
}

/* Notes of a meeting the manager moves away from while the disk is full are
 * held, come back into the field when it is shown again, and are written
 * once there is space. */
static void
test_notes_kept_across_meetings (Fixture       *fixture,
                                 gconstpointer  data)
{
  MessageWait shown = { fixture, FULL_MESSAGE };
  MessageWait gone = { fixture, NULL };
  RowWait saved = { fixture, "SELECT count(*) FROM meeting_segment WHERE notes = 'Ana''s notes'"
                             " AND position = 0" };
  g_autoptr(OooPerson) ana = g_object_ref (add_through_ui (fixture, "Ana", NULL));
  g_autoptr(OooPerson) bo = NULL;

  start_meeting (fixture);
  bo = g_object_ref (add_through_ui (fixture, "Bo", NULL));
  start_meeting (fixture);
  select_person (fixture, ana);

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  type_into (ooo_notes_pane_get_view (notes_pane (fixture), 0), "Ana's notes");
  wait_long (message_is, &shown);

  select_person (fixture, bo);
  {
    g_autofree char *text = text_of (ooo_notes_pane_get_view (notes_pane (fixture), 0));
    g_assert_cmpstr (text, ==, "");
  }
  select_person (fixture, ana);
  {
    g_autofree char *text = text_of (ooo_notes_pane_get_view (notes_pane (fixture), 0));
    g_assert_cmpstr (text, ==, "Ana's notes");
  }
  select_person (fixture, bo);
  g_assert_false (row_exists (&saved));

  ooo_fault_set (OOO_FAULT_NONE);
  wait_long (message_is, &gone);
  g_assert_true (row_exists (&saved));
}

/* A pause the disk refuses: the banner says so, the timer stays paused on
 * screen, and the pause is written once there is space, without another
 * click, so a restart would not find the timer still running. */
static void
test_timer_disk_full (Fixture       *fixture,
                      gconstpointer  data)
{
  MessageWait shown = { fixture, TIMER_FULL_MESSAGE };
  MessageWait gone = { fixture, NULL };
  RowWait paused = { fixture, "SELECT count(*) FROM meeting WHERE timer_state = 'paused'" };
  RowWait running = { fixture, "SELECT count(*) FROM meeting WHERE timer_state = 'running'" };
  OooMeeting *meeting;

  add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);
  meeting = ooo_meeting_view_get_meeting (OOO_MEETING_VIEW (window_child (fixture,
                                                                          "meeting_view")));
  g_assert_true (row_exists (&running));

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-timer",
                                             NULL));
  wait_long (message_is, &shown);
  g_assert_cmpint (ooo_timer_get_state (ooo_meeting_get_timer (meeting)), ==,
                   OOO_TIMER_STATE_PAUSED);
  g_assert_true (row_exists (&running));

  ooo_fault_set (OOO_FAULT_NONE);
  wait_long (message_is, &gone);
  g_assert_true (row_exists (&paused));
  wait_for_text (window_child (fixture, "toast_overlay"), "Timer saved");
}

/* The notes and the timer are said apart: the banner shows the latest
 * cause, and goes only when both are stored, each saying so. */
static void
test_banner_kinds (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *toasts = window_child (fixture, "toast_overlay");

  ooo_window_show_storage_problem (fixture->window, OOO_STORAGE_NOTES, FULL_MESSAGE);
  ooo_window_show_storage_problem (fixture->window, OOO_STORAGE_TIMER, TIMER_FULL_MESSAGE);
  g_assert_cmpstr (ooo_window_get_storage_problem (fixture->window), ==, TIMER_FULL_MESSAGE);

  ooo_window_clear_storage_problem (fixture->window, OOO_STORAGE_TIMER, "Timer saved");
  g_assert_cmpstr (ooo_window_get_storage_problem (fixture->window), ==, FULL_MESSAGE);
  wait_for_text (toasts, "Timer saved");

  /* Said once: the timer has nothing more to clear. */
  ooo_window_clear_storage_problem (fixture->window, OOO_STORAGE_TIMER, "Timer saved again");
  drain ();
  g_assert_false (shows_text (toasts, "Timer saved again"));
  g_assert_cmpstr (ooo_window_get_storage_problem (fixture->window), ==, FULL_MESSAGE);

  ooo_window_clear_storage_problem (fixture->window, OOO_STORAGE_NOTES, "Notes saved");
  g_assert_null (ooo_window_get_storage_problem (fixture->window));
  wait_for_text (toasts, "Notes saved");
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c)) {
    GtkWidget *found = find_named (c, name);

    if (found != NULL)
      return found;
  }

  return NULL;
}

/* An action item the disk refuses: said in a toast, the text stays in the
 * field to add again, nothing half written. */
static void
test_action_item_disk_full (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *entry;

  add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);
  entry = find_named (child (notes_pane (fixture), OOO_TYPE_NOTES_PANE, "follow_ups"),
                      "new_action_row");
  g_assert_nonnull (entry);

  ooo_fault_set (OOO_FAULT_DISK_FULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Send the budget");
  g_signal_emit_by_name (entry, "entry-activated");
  drain ();
  wait_for_text (window_child (fixture, "toast_overlay"),
                 "The disk is full, so the change was not saved.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Send the budget");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"), ==, 0);

  ooo_fault_set (OOO_FAULT_NONE);
  g_signal_emit_by_name (entry, "entry-activated");
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"
                                          " WHERE text = 'Send the budget'"), ==, 1);
}

/* A person the disk refuses: the form stays open with the reason, the list
 * unchanged; saving again once there is space adds them once. */
static void
test_person_disk_full (Fixture       *fixture,
                       gconstpointer  data)
{
  OooPersonEditor *editor = open_editor (fixture, "win.add-person");

  gtk_editable_set_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR, "name_row")),
                         "Ana");
  ooo_fault_set (OOO_FAULT_DISK_FULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  g_assert_true (find_toplevel (OOO_TYPE_PERSON_EDITOR) == editor);
  wait_for_text (GTK_WIDGET (editor), "The disk is full, so the change was not saved.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);

  ooo_fault_set (OOO_FAULT_NONE);
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  g_assert_finalize_object (editor);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name = 'Ana'"), ==,
                   1);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  ooo_fault_set (OOO_FAULT_NONE);
  fixture_set_up (fixture, data);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  ooo_fault_set (OOO_FAULT_NONE);
  fixture_tear_down (fixture, data);
}

int
main (int   argc,
      char *argv[])
{
  /* Drawing is not under test here: GL through llvmpipe compiles shaders
   * for seconds on a loaded machine, time the waits below do not allow. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ooo_fault_vfs_register ();

#define ADD(name, func) \
  g_test_add ("/window-faults/" name, Fixture, NULL, set_up, func, tear_down)
  ADD ("notes/disk-full", test_notes_disk_full);
  ADD ("notes/read-only", test_notes_read_only);
  ADD ("notes/locked-by-another-program", test_notes_locked);
  ADD ("notes/kept-across-meetings", test_notes_kept_across_meetings);
  ADD ("timer/disk-full", test_timer_disk_full);
  ADD ("banner-kinds", test_banner_kinds);
  ADD ("action-item/disk-full", test_action_item_disk_full);
  ADD ("person/disk-full", test_person_disk_full);
#undef ADD

  return g_test_run ();
}
