/* test-meeting-notes.c — taking notes in a running 1:1: autosave, private
 * notes, action items (and the warning when the report is handed too many),
 * what carries over to the next meeting, talking points and reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-meeting-follow-ups.h"
#include "ooo-meeting-view.h"
#include "ooo-window-fixture.h"

typedef struct {
  Fixture    *fixture;
  const char *sql;
  gint64      expected;
} RowsWait;

static gboolean
rows_are (gpointer data)
{
  RowsWait *wait = data;

  return rows_in_file (wait->fixture, wait->sql) == wait->expected;
}

static void
start_meeting (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-meeting",
                                             NULL));
  drain ();
}

static void
test_notes_autosave (Fixture       *fixture,
                     gconstpointer  data)
{
  RowsWait wait = { fixture, NULL, 1 };
  GtkTextView *theirs;
  gint64 started;

  add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);
  theirs = ooo_notes_pane_get_view (notes_pane (fixture), 0);
  g_assert_cmpuint (ooo_notes_pane_get_shown (notes_pane (fixture)), ==, 0);

  /* Written within a second of the last keystroke, without a Save button. */
  type_into (theirs, "Wants to lead the migration");
  started = g_get_monotonic_time ();
  wait.sql = "SELECT count(*) FROM meeting_segment WHERE position = 0"
             " AND notes = 'Wants to lead the migration'";
  wait_until (rows_are, &wait);
  g_assert_cmpint (g_get_monotonic_time () - started, <, G_USEC_PER_SEC * slowdown ());

  /* Undo works in the text, and its result is saved too. */
  type_into (theirs, " next quarter");
  g_assert_true (gtk_text_buffer_get_can_undo (gtk_text_view_get_buffer (theirs)));
  gtk_widget_activate_action (GTK_WIDGET (theirs), "text.undo", NULL);
  {
    g_autofree char *text = text_of (theirs);
    g_assert_cmpstr (text, ==, "Wants to lead the migration");
  }

  /* Moving on writes at once and brings the next part's notes forward,
   * with the cursor: typing goes on where the manager can see it. */
  type_into (theirs, ".");
  gtk_widget_grab_focus (GTK_WIDGET (theirs));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-segment", NULL);
  drain ();
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (ooo_notes_pane_get_view (notes_pane (fixture),
                                                                           1))));
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment WHERE"
                                          " position = 0 AND notes ="
                                          " 'Wants to lead the migration.'"), ==, 1);
  g_assert_cmpuint (ooo_notes_pane_get_shown (notes_pane (fixture)), ==, 1);

  /* Private notes are kept apart, and closing the window writes them. */
  type_into (GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (notes_pane (fixture)),
                                                           OOO_TYPE_NOTES_PANE,
                                                           "private_view")),
             "Seems tired");
  gtk_window_close (GTK_WINDOW (fixture->window));
  drain ();
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"
                                          " WHERE private_notes = 'Seems tired'"), ==, 1);
  g_assert_finalize_object (fixture->window);
  fixture->window = NULL;
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

static GtkWidget *
follow_ups_child (Fixture    *fixture,
                  const char *name)
{
  GtkWidget *found = find_named (child (notes_pane (fixture), OOO_TYPE_NOTES_PANE, "follow_ups"),
                                 name);

  g_assert_nonnull (found);
  return found;
}

static void
add_action_through_ui (Fixture    *fixture,
                       const char *text,
                       OooSide     owner)
{
  GtkWidget *entry = follow_ups_child (fixture, "new_action_row");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (follow_ups_child (fixture, "owner_dropdown")),
                              owner == OOO_SIDE_ME ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "entry-activated");
  drain ();
}

static void
test_actions_carry_over (Fixture       *fixture,
                         gconstpointer  data)
{
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  OooPerson *ana;
  const char *texts[] = { "Draft the plan", "Book the room", "Ask finance", "Write the memo" };
  g_autoptr(GListModel) open = NULL;
  g_autoptr(GDateTime) due = g_date_time_new_local (2026, 12, 4, 12, 0, 0);

  ana = add_through_ui (fixture, "Ana", NULL);
  start_meeting (fixture);

  /* Ctrl+T brings the keyboard to the new action field. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-action-item", NULL);
  drain ();
  g_assert_true (gtk_widget_is_focus (follow_ups_child (fixture, "new_action_row")) ||
                 gtk_widget_has_focus (gtk_window_get_focus (GTK_WINDOW (fixture->window))));

  for (guint i = 0; i < 3; i++)
    add_action_through_ui (fixture, texts[i], OOO_SIDE_THEM);
  /* A due date, picked on the calendar, goes with the next action only. */
  {
    GtkWidget *popover = (GtkWidget *) gtk_menu_button_get_popover (
      GTK_MENU_BUTTON (follow_ups_child (fixture, "due_button")));

    gtk_calendar_select_day (GTK_CALENDAR (find_named (popover, "due_calendar")), due);
  }
  add_action_through_ui (fixture, "Send the budget", OOO_SIDE_ME);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item WHERE due_on ="
                                          " '2026-12-04' AND text = 'Send the budget'"), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"
                                          " WHERE due_on IS NOT NULL"), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (follow_ups_child (fixture, "counts_label"))),
                   ==, "Theirs 3 · Yours 1");
  g_assert_false (gtk_widget_get_visible (follow_ups_child (fixture, "warning_label")));

  /* A fourth for the report from one meeting: a gentle word. */
  add_action_through_ui (fixture, texts[3], OOO_SIDE_THEM);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (follow_ups_child (fixture, "counts_label"))),
                   ==, "Theirs 4 · Yours 1");
  g_assert_true (gtk_widget_get_visible (follow_ups_child (fixture, "warning_label")));

  /* Empty text is refused and nothing is added. */
  add_action_through_ui (fixture, "   ", OOO_SIDE_THEM);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.end-meeting", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-summary", NULL);
  drain ();

  /* The next 1:1 opens with them, open from last time. */
  start_meeting (fixture);
  open = ooo_follow_ups_list_carried_actions (
    follow_ups, ooo_person_get_id (ana),
    ooo_meeting_get_id (ooo_meetings_get_in_progress (ooo_session_get_meetings (fixture->session),
                                                      ana)));
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 5);
  g_assert_true (gtk_widget_get_visible (child (notes_pane (fixture), OOO_TYPE_NOTES_PANE,
                                                "carried")));
  /* This meeting's own list starts empty. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (follow_ups_child (fixture, "counts_label"))),
                   ==, "Theirs 0 · Yours 0");
}

static void
test_talking_points_and_reminders (Fixture       *fixture,
                                   gconstpointer  data)
{
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(OooTalkingPoint) theirs = NULL;
  g_autoptr(OooTalkingPoint) mine = NULL;
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *points;
  GtkWidget *reminders;
  OooPerson *ana;

  ana = add_through_ui (fixture, "Ana", NULL);
  theirs = ooo_follow_ups_add_talking_point (follow_ups, ooo_person_get_id (ana),
                                             "Career path", OOO_SIDE_THEM, &error);
  mine = ooo_follow_ups_add_talking_point (follow_ups, ooo_person_get_id (ana),
                                           "Reorg news", OOO_SIDE_ME, &error);
  reminder = ooo_follow_ups_add_reminder (follow_ups, ooo_person_get_id (ana),
                                          "Ask how the move went", today, &error);
  g_assert_no_error (error);

  /* O3: their points in their time, with the due reminder; mine in mine. */
  start_meeting (fixture);
  drain ();
  points = follow_ups_child (fixture, "points_group");
  reminders = follow_ups_child (fixture, "reminders_group");
  g_assert_true (gtk_widget_get_visible (points));
  g_assert_true (gtk_widget_get_visible (reminders));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-segment", NULL);
  drain ();
  g_assert_true (gtk_widget_get_visible (points));
  g_assert_false (gtk_widget_get_visible (reminders));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-segment", NULL);
  drain ();
  g_assert_false (gtk_widget_get_visible (points));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "alert-sound", FALSE);
  }

#define ADD(name, func) \
  g_test_add ("/meeting-notes/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("autosave", test_notes_autosave);
  ADD ("actions-carry-over", test_actions_carry_over);
  ADD ("talking-points-and-reminders", test_talking_points_and_reminders);
#undef ADD

  return g_test_run ();
}
