/* test-person-history.c — the person's page over time, in a real window on
 * a fixed clock: 1:1s held through the window listed newest first with
 * their length and the report's share, the due date and the attendance,
 * moving and cancelling the due 1:1 through its dialogs, a past 1:1 opened
 * again and its notes edited, the roll-out fields of a manager, and how
 * long selecting someone with ten years of history takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-date-button.h"
#include "ooo-history-group.h"
#include "ooo-history.h"
#include "ooo-meeting-view.h"
#include "ooo-notes-pane.h"
#include "ooo-past-meeting-window.h"
#include "ooo-person-page.h"
#include "ooo-person-row.h"
#include "ooo-reschedule-dialog.h"
#include "ooo-text-row.h"
#include "ooo-window-fixture.h"

#define MINUTES(m) ((gint64) (m) * 60 * G_USEC_PER_SEC)
#define DAYS(d)    ((gint64) (d) * 24 * 3600 * G_USEC_PER_SEC)

static GtkWidget *
page (Fixture *fixture)
{
  return window_child (fixture, "person_page");
}

static GtkWidget *
page_child (Fixture    *fixture,
            const char *name)
{
  return child (page (fixture), OOO_TYPE_PERSON_PAGE, name);
}

static const char *
page_label (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (page_child (fixture, name)));
}

static GtkWidget *
history_list (Fixture *fixture)
{
  return child (page_child (fixture, "history_group"), OOO_TYPE_HISTORY_GROUP, "list_box");
}

static GtkWidget *
history_row (Fixture *fixture,
             int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (history_list (fixture)),
                                                      index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* The rows shown: the list keeps rows it may show again hidden. */
static guint
n_history_rows (Fixture *fixture)
{
  GtkListBoxRow *row;
  guint n = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (history_list (fixture)),
                                                        i)) != NULL; i++)
    n += gtk_widget_get_visible (GTK_WIDGET (row));
  return n;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c)) {
    GtkWidget *found;

    if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), label) == 0)
      return c;
    if ((found = find_button (c, label)) != NULL)
      return found;
  }

  return NULL;
}

#define title_of(row)    ooo_text_row_get_title (OOO_TEXT_ROW (row))
#define subtitle_of(row) ooo_text_row_get_subtitle (OOO_TEXT_ROW (row))

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  drain ();
}

/* The O3 agenda: their time, my time, and the future, shared. */
static void
choose_o3 (Fixture *fixture)
{
  GListModel *templates = G_LIST_MODEL (ooo_session_get_templates (fixture->session));

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++) {
    g_autoptr(OooTemplate) agenda = g_list_model_get_item (templates, i);

    if (g_str_equal (ooo_template_get_name (agenda), "O3 (Manager Tools)")) {
      adw_combo_row_set_selected (ADW_COMBO_ROW (page_child (fixture, "agenda_row")), i);
      return;
    }
  }
  g_assert_not_reached ();
}

/* Holds a 1:1 through the window's actions: @them minutes in their part,
 * @me in mine, @future in the shared one, @notes typed in the first. */
static void
hold_meeting (Fixture    *fixture,
              int         them,
              int         me,
              int         future,
              const char *notes)
{
  GtkWidget *view = window_child (fixture, "meeting_view");
  OooNotesPane *pane = ooo_meeting_view_get_notes (OOO_MEETING_VIEW (view));

  choose_o3 (fixture);
  activate (fixture, "win.start-meeting");
  if (notes != NULL)
    type_into (ooo_notes_pane_get_view (pane, 0), notes);
  ooo_fake_clock_advance (fixture->clock, MINUTES (them));
  activate (fixture, "win.next-segment");
  ooo_fake_clock_advance (fixture->clock, MINUTES (me));
  activate (fixture, "win.next-segment");
  ooo_fake_clock_advance (fixture->clock, MINUTES (future));
  activate (fixture, "win.end-meeting");
  activate (fixture, "win.close-summary");
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
}

static void
set_reporting_since (Fixture    *fixture,
                     OooPerson  *person,
                     const char *date)
{
  g_autoptr(OooPerson) changes = ooo_person_copy (person);
  g_autoptr(GError) error = NULL;

  ooo_person_set_reporting_since (changes, date);
  g_assert_true (ooo_people_update (fixture->people, person, changes, &error));
  g_assert_no_error (error);
  /* The update re-sorts the list, which lets go of the selection; the
   * editor selects the person again after saving, and so does this. */
  ooo_window_select_person (fixture->window, person);
  drain ();
}

/* History */

static void
test_history_newest_first (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *row;

  add_through_ui (fixture, "Ana Costa", NULL);
  g_assert_cmpuint (n_history_rows (fixture), ==, 0);

  /* Monday 16 November: 8 minutes theirs, 4 mine. */
  hold_meeting (fixture, 8, 4, 0, NULL);
  ooo_fake_clock_advance (fixture->clock, DAYS (7));
  /* A week later: 5 theirs, 5 mine, 10 shared, with notes. */
  hold_meeting (fixture, 5, 5, 10, "Wants to lead the migration\nAsked about budget");

  g_assert_cmpuint (n_history_rows (fixture), ==, 2);
  row = history_row (fixture, 0);
  g_assert_cmpstr (title_of (row), ==, "23 November 2026");
  g_assert_cmpstr (subtitle_of (row), ==, "Wants to lead the migration");
  g_assert_true (shows_label (row, "20 min"));
  g_assert_true (shows_label (row, "50% theirs"));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  row = history_row (fixture, 1);
  g_assert_cmpstr (title_of (row), ==, "16 November 2026");
  g_assert_cmpstr (subtitle_of (row), ==, "No notes");
  g_assert_true (shows_label (row, "12 min"));
  /* 8 of 12 minutes were theirs. */
  g_assert_true (shows_label (row, "67% theirs"));

  /* A meeting in progress is not history yet. */
  activate (fixture, "win.start-meeting");
  g_assert_cmpuint (g_list_model_get_n_items (ooo_history_group_get_history (
                      OOO_HISTORY_GROUP (page_child (fixture, "history_group")))), ==, 2);
  activate (fixture, "win.end-meeting");
  activate (fixture, "win.close-summary");
  g_assert_cmpuint (n_history_rows (fixture), ==, 3);
}

/* Due date and attendance */

static void
test_due_and_attendance (Fixture       *fixture,
                         gconstpointer  data)
{
  OooPerson *person = add_through_ui (fixture, "Ana Costa", NULL);
  g_autoptr(GDateTime) now = NULL;

  g_assert_cmpstr (page_label (fixture, "last_label"), ==, "Never");

  /* Reporting for years, added today: the app knows nothing of the 1:1s
   * before, so the first is owed today, not years ago. */
  set_reporting_since (fixture, person, "2023-05-01");
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Due today");
  g_assert_false (gtk_widget_has_css_class (page_child (fixture, "due_label"), "error"));

  /* Added on Monday 2 November, reporting since that day, weekly, and none
   * held by the 16th: owed since the 2nd. */
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (fixture->store),
                                 "UPDATE person SET created_at = 1793577600", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  set_reporting_since (fixture, person, "2026-11-02");
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Overdue by 14 days");
  g_assert_true (gtk_widget_has_css_class (page_child (fixture, "due_label"), "error"));
  g_assert_cmpstr (page_label (fixture, "attendance_label"), ==, "0 of the last 2 held");
  g_assert_cmpstr (page_label (fixture, "streak_label"), ==, "None");

  /* Held today: the next is a week on. */
  hold_meeting (fixture, 10, 10, 10, NULL);
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Next on 23 November");
  g_assert_cmpstr (page_label (fixture, "attendance_label"), ==, "1 of the last 3 held");
  g_assert_cmpstr (page_label (fixture, "streak_label"), ==, "1 held in a row");
  g_assert_cmpstr (page_label (fixture, "last_label"), ==, "Today");

  /* Ten days on, the minute tick notices the new day: the 23rd was missed. */
  ooo_fake_clock_advance (fixture->clock, DAYS (10));
  now = g_date_time_new_now_utc ();
  ooo_person_page_refresh_clock (OOO_PERSON_PAGE (page (fixture)), now);
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Overdue by 3 days");
  g_assert_cmpstr (page_label (fixture, "attendance_label"), ==, "1 of the last 4 held");
  g_assert_cmpstr (page_label (fixture, "streak_label"), ==, "None");
  g_assert_cmpstr (page_label (fixture, "last_label"), ==, "10 days ago");
}

/* Rescheduling and cancelling */

static OooRescheduleDialog *
open_dialog (Fixture                 *fixture,
             const char              *action,
             OooRescheduleDialogKind  kind)
{
  OooRescheduleDialog *dialog;

  g_assert_true (gtk_widget_activate_action (page (fixture), action, NULL));
  drain ();
  dialog = find_toplevel (OOO_TYPE_RESCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (ooo_reschedule_dialog_get_kind (dialog), ==, kind);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));
  return dialog;
}

/* Clicks the response button labelled @label, as a pointer would; the
 * dialog closes and is freed. */
static void
respond (OooRescheduleDialog *dialog,
         const char          *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_object_ref (dialog);
  g_signal_emit_by_name (button, "clicked");
  drain ();
  g_assert_finalize_object (dialog);
}

/* What @person's row in the sidebar says is due. */
static const char *
sidebar_due_text (Fixture   *fixture,
                  OooPerson *person)
{
  GtkWidget *list = window_child (fixture, "sidebar_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (OOO_IS_PERSON_ROW (row) && ooo_person_row_get_person (OOO_PERSON_ROW (row)) == person)
      return ooo_person_row_get_due_text (OOO_PERSON_ROW (row));

  g_assert_not_reached ();
}

static void
test_reschedule (Fixture       *fixture,
                 gconstpointer  data)
{
  OooPerson *person = add_through_ui (fixture, "Ana Costa", NULL);
  OooRescheduleDialog *dialog;
  g_autofree char *before = NULL;

  set_reporting_since (fixture, person, "2026-11-16");
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Due today");
  before = g_strdup (sidebar_due_text (fixture, person));
  g_assert_nonnull (before);

  dialog = open_dialog (fixture, "person.reschedule", OOO_RESCHEDULE_DIALOG_MOVE);
  g_assert_cmpstr (ooo_reschedule_dialog_get_due_on (dialog), ==, "2026-11-16");
  /* It offers the next day, and takes no day in the past. */
  g_assert_cmpstr (ooo_reschedule_dialog_get_date (dialog), ==, "2026-11-17");
  ooo_reschedule_dialog_set_date (dialog, "2026-11-10");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           OOO_RESPONSE_RESCHEDULE));
  ooo_reschedule_dialog_set_date (dialog, "2026-11-19");
  respond (dialog, "_Reschedule");

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"
                                          " WHERE status = 'rescheduled' AND due_on = '2026-11-16'"
                                          " AND rescheduled_to = '2026-11-19'"), ==, 1);
  g_assert_cmpuint (n_history_rows (fixture), ==, 1);
  g_assert_cmpstr (title_of (history_row (fixture, 0)), ==, "16 November 2026");
  g_assert_cmpstr (subtitle_of (history_row (fixture, 0)), ==,
                   "Rescheduled to 19 November 2026");
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (history_row (fixture, 0))));
  g_assert_cmpstr (page_label (fixture, "due_label"), ==, "Moved to 19 November");
  /* The sidebar says so at once, not at the next minute. */
  g_assert_cmpstr (sidebar_due_text (fixture, person), !=, before);
}

static void
test_cancel_offers_reschedule (Fixture       *fixture,
                               gconstpointer  data)
{
  OooPerson *person = add_through_ui (fixture, "Ana Costa", NULL);
  OooRescheduleDialog *dialog;
  OooRescheduleDialog *move;

  set_reporting_since (fixture, person, "2026-11-16");

  /* The first question offers to move it, and says why. */
  dialog = open_dialog (fixture, "person.cancel", OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Cancel the One-on-One?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "costs trust"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   OOO_RESPONSE_RESCHEDULE);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                               OOO_RESPONSE_CANCEL_MEETING),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  respond (dialog, "_Reschedule Instead");

  /* Rescheduling instead asks for the date; backing out stores nothing. */
  move = find_toplevel (OOO_TYPE_RESCHEDULE_DIALOG);
  g_assert_nonnull (move);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (move)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_cmpint (ooo_reschedule_dialog_get_kind (move), ==, OOO_RESCHEDULE_DIALOG_MOVE);
  g_assert_cmpstr (ooo_reschedule_dialog_get_due_on (move), ==, "2026-11-16");
  respond (move, "_Cancel");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"), ==, 0);

  /* Keep It keeps it. */
  dialog = open_dialog (fixture, "person.cancel", OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL);
  respond (dialog, "_Keep It");
  g_assert_null (find_toplevel (OOO_TYPE_RESCHEDULE_DIALOG));

  /* Cancelling after all asks why, and the reason is stored. */
  dialog = open_dialog (fixture, "person.cancel", OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL);
  respond (dialog, "_Cancel It");
  dialog = find_toplevel (OOO_TYPE_RESCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (ooo_reschedule_dialog_get_kind (dialog), ==,
                   OOO_RESCHEDULE_DIALOG_CANCEL_REASON);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, OOO_TYPE_RESCHEDULE_DIALOG,
                                              "reason_entry")),
                         "  Off sick ");
  respond (dialog, "_Cancel One-on-One");

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"
                                          " WHERE status = 'cancelled' AND due_on = '2026-11-16'"
                                          " AND cancel_reason = 'Off sick'"), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpuint (n_history_rows (fixture), ==, 1);
  g_assert_cmpstr (subtitle_of (history_row (fixture, 0)), ==, "Cancelled: Off sick");
  g_assert_cmpstr (page_label (fixture, "attendance_label"), ==, "0 of the last 1 held");
}

/* A past 1:1 opened again */

static OooPastMeetingWindow *
open_history_row (Fixture *fixture,
                  int      index)
{
  OooPastMeetingWindow *window;

  g_signal_emit_by_name (history_list (fixture), "row-activated",
                         history_row (fixture, index));
  drain ();
  window = find_toplevel (OOO_TYPE_PAST_MEETING_WINDOW);
  g_assert_nonnull (window);
  return window;
}

static void
test_open_past_meeting (Fixture       *fixture,
                        gconstpointer  data)
{
  OooPastMeetingWindow *window;
  GtkTextView *notes;
  GtkWidget *title;
  g_autofree char *recap = NULL;
  g_autofree char *text = NULL;
  g_autofree char *clipboard_text = NULL;
  GValue value = G_VALUE_INIT;

  add_through_ui (fixture, "Ana Costa", NULL);
  hold_meeting (fixture, 8, 4, 0, "Agreed on the promotion plan");

  window = open_history_row (fixture, 0);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (window)));
  /* Modal within the main window's group only. */
  g_assert_true (gtk_window_get_group (GTK_WINDOW (window)) ==
                 gtk_window_get_group (GTK_WINDOW (fixture->window)));
  g_assert_true (gtk_window_has_group (GTK_WINDOW (fixture->window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Ana Costa, 16 November 2026");
  title = child (window, OOO_TYPE_PAST_MEETING_WINDOW, "window_title");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==,
                   "16 November 2026");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW
                     (child (window, OOO_TYPE_PAST_MEETING_WINDOW, "summary_row"))), ==,
                   "12:00 in all");
  g_assert_cmpint (ooo_timer_get_state (ooo_meeting_get_timer (
                     ooo_past_meeting_window_get_meeting (window))), ==,
                   OOO_TIMER_STATE_FINISHED);

  notes = ooo_notes_pane_get_view (OOO_NOTES_PANE (child (window, OOO_TYPE_PAST_MEETING_WINDOW,
                                                          "notes_pane")), 0);
  g_object_get (gtk_text_view_get_buffer (notes), "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Agreed on the promotion plan");
  g_assert_true (gtk_text_view_get_editable (notes));

  /* The recap goes to the clipboard, with what was just typed. */
  type_into (notes, " for next quarter");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "past-meeting.copy-recap",
                                             NULL));
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (
                   gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window))),
                   &value, NULL));
  clipboard_text = g_value_dup_string (&value);
  g_value_unset (&value);
  g_assert_nonnull (strstr (clipboard_text, "Agreed on the promotion plan for next quarter"));
  recap = ooo_past_meeting_window_dup_recap (window);
  g_assert_cmpstr (recap, ==, clipboard_text);

  /* Closing writes what was typed since, and the history shows it. */
  type_into (notes, ".");
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  drain ();
  g_assert_finalize_object (window);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment"
                                          " WHERE position = 0 AND notes ="
                                          " 'Agreed on the promotion plan for next quarter.'"),
                   ==, 1);
  g_assert_cmpstr (subtitle_of (history_row (fixture, 0)), ==,
                   "Agreed on the promotion plan for next quarter.");

  /* Escape closes it; so does closing the main window, which keeps what
   * was typed. */
  window = open_history_row (fixture, 0);
  g_object_ref (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  drain ();
  g_assert_finalize_object (window);

  window = open_history_row (fixture, 0);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  type_into (ooo_notes_pane_get_view (OOO_NOTES_PANE (child (window,
                                                             OOO_TYPE_PAST_MEETING_WINDOW,
                                                             "notes_pane")), 0),
             " Done.");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  drain ();
  g_assert_finalize_object (fixture->window);
  fixture->window = NULL;
  g_assert_null (window);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting_segment"
                                          " WHERE position = 0 AND notes = 'Agreed on the"
                                          " promotion plan for next quarter. Done.'"), ==, 1);
}

static void
test_open_unavailable (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *window;
  OooMeeting *running;

  /* A meeting that is not in the database says so. */
  window = ooo_past_meeting_window_new (fixture->session, "no-such-meeting");
  gtk_window_set_transient_for (window, GTK_WINDOW (fixture->window));
  gtk_window_present (window);
  drain ();
  g_assert_cmpstr (visible_page (child (window, OOO_TYPE_PAST_MEETING_WINDOW, "stack")), ==,
                   "unavailable");
  g_assert_null (ooo_past_meeting_window_get_meeting (OOO_PAST_MEETING_WINDOW (window)));
  g_object_ref (window);
  gtk_window_destroy (window);
  drain ();
  g_assert_finalize_object (window);

  /* One in progress stays with the meeting view that runs it. */
  add_through_ui (fixture, "Ana Costa", NULL);
  activate (fixture, "win.start-meeting");
  running = ooo_meetings_get_in_progress (ooo_session_get_meetings (fixture->session),
                                          ooo_window_get_selected (fixture->window));
  window = ooo_past_meeting_window_new (fixture->session, ooo_meeting_get_uuid (running));
  g_assert_cmpstr (visible_page (child (window, OOO_TYPE_PAST_MEETING_WINDOW, "stack")), ==,
                   "unavailable");
  g_object_ref (window);
  gtk_window_destroy (window);
  drain ();
  g_assert_finalize_object (window);
}

/* Roll-out fields */

#define EDITOR_CHILD(editor, name) child (editor, OOO_TYPE_PERSON_EDITOR, name)

static void
test_rollout_fields (Fixture       *fixture,
                     gconstpointer  data)
{
  OooPersonEditor *editor = open_editor (fixture, "win.add-person");
  GtkWidget *group = EDITOR_CHILD (editor, "rollout_group");
  GtkWidget *spin = EDITOR_CHILD (editor, "team_size_spin");
  OooPerson *person;

  /* An individual contributor has no team. */
  g_assert_false (gtk_widget_get_visible (group));
  adw_combo_row_set_selected (ADW_COMBO_ROW (EDITOR_CHILD (editor, "kind_row")),
                              OOO_PERSON_KIND_MANAGER);
  g_assert_true (gtk_widget_get_visible (group));
  /* Not known yet: an empty field, not 0. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (EDITOR_CHILD (editor, "name_row")), "Bilal Haddad");
  adw_combo_row_set_selected (ADW_COMBO_ROW (EDITOR_CHILD (editor, "rollout_row")),
                              OOO_ROLLOUT_STARTING);
  ooo_date_button_set_date (OOO_DATE_BUTTON (EDITOR_CHILD (editor, "rollout_since_button")),
                            "2026-09-01");

  /* Letters are not taken; a number out of range is not saved. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "lots");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), !=, "lots");
  gtk_editable_set_text (GTK_EDITABLE (spin), "-5");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  g_assert_true (find_toplevel (OOO_TYPE_PERSON_EDITOR) == editor);
  g_assert_true (gtk_widget_has_css_class (EDITOR_CHILD (editor, "team_size_row"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (spin), "8");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  g_assert_finalize_object (editor);

  person = ooo_window_get_selected (fixture->window);
  g_assert_cmpint (ooo_person_get_rollout_status (person), ==, OOO_ROLLOUT_STARTING);
  g_assert_cmpstr (ooo_person_get_rollout_since (person), ==, "2026-09-01");
  g_assert_cmpint (ooo_person_get_team_size (person), ==, 8);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE"
                                          " rollout_status = 'starting' AND team_size = 8"
                                          " AND rollout_since = '2026-09-01'"), ==, 1);

  /* Editing shows them again; as an individual contributor they are hidden
   * and what was stored stays. */
  editor = open_editor (fixture, "win.edit-person");
  spin = EDITOR_CHILD (editor, "team_size_spin");
  g_assert_true (gtk_widget_get_visible (EDITOR_CHILD (editor, "rollout_group")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "8");
  adw_combo_row_set_selected (ADW_COMBO_ROW (EDITOR_CHILD (editor, "kind_row")),
                              OOO_PERSON_KIND_INDIVIDUAL);
  g_assert_false (gtk_widget_get_visible (EDITOR_CHILD (editor, "rollout_group")));
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  drain ();
  g_assert_finalize_object (editor);
  g_assert_cmpint (ooo_person_get_kind (person), ==, OOO_PERSON_KIND_INDIVIDUAL);
  g_assert_cmpint (ooo_person_get_team_size (person), ==, 8);
}

/* Ten years of weekly 1:1s */

static gboolean
is_drawn (gpointer fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (((Fixture *) fixture)->window));

  return gdk_frame_clock_get_frame_counter (clock) >
         (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (clock), "test-frame"));
}

/* Waits until the window has laid out and drawn a new frame: a frame
 * clock runs all of its phases in one go. */
static void
wait_for_paint (Fixture *fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));

  g_object_set_data (G_OBJECT (clock), "test-frame",
                     GSIZE_TO_POINTER (gdk_frame_clock_get_frame_counter (clock)));
  gtk_widget_queue_draw (GTK_WIDGET (fixture->window));
  wait_until (is_drawn, fixture);
}

static void
test_long_history (Fixture       *fixture,
                   gconstpointer  data)
{
  OooMeetings *meetings = ooo_session_get_meetings (fixture->session);
  OooPerson *long_serving = add_through_ui (fixture, "Ana Costa", NULL);
  OooPerson *newcomer;
  OooPersonPage *person_page = OOO_PERSON_PAGE (page (fixture));
  OooTemplate *agenda = ooo_session_agenda_for (fixture->session, long_serving);
  gint64 first_week = ooo_clock_wall_now (OOO_CLOCK (fixture->clock)) / G_USEC_PER_SEC -
                      520 * 7 * 24 * 3600;
  gint64 start, first, best = G_MAXINT64, painted = G_MAXINT64, baseline = G_MAXINT64;
  OooPerson *third;
  GtkWidget *last;

  for (int week = 0; week < 520; week++) {
    g_autofree char *notes = g_strdup_printf ("Week %d: went through the roadmap, hiring and"
                                              " the on-call rota.\nShe wants more ownership.",
                                              week);
    g_autoptr(OooMeeting) meeting = NULL;
    g_autoptr(GError) error = NULL;

    meeting = ooo_meetings_record_past (meetings, long_serving, agenda,
                                        first_week + (gint64) week * 7 * 24 * 3600, 30, notes,
                                        &error);
    g_assert_no_error (error);
  }
  newcomer = add_through_ui (fixture, "Bruno Alves", NULL);
  third = add_through_ui (fixture, "Carla Dias", NULL);

  /* The first time: the history's rows were built while idle. */
  start = g_get_monotonic_time ();
  ooo_person_page_set_person (person_page, long_serving);
  first = g_get_monotonic_time () - start;

  /* Then: the best of five, as a frame budget is judged, and the time
   * until the switch is on screen, against a switch between two people
   * without history. */
  for (int i = 0; i < 5; i++) {
    ooo_person_page_set_person (person_page, newcomer);
    wait_for_paint (fixture);
    start = g_get_monotonic_time ();
    ooo_person_page_set_person (person_page, long_serving);
    best = MIN (best, g_get_monotonic_time () - start);
    wait_for_paint (fixture);
    painted = MIN (painted, g_get_monotonic_time () - start);

    ooo_person_page_set_person (person_page, third);
    wait_for_paint (fixture);
    start = g_get_monotonic_time ();
    ooo_person_page_set_person (person_page, newcomer);
    wait_for_paint (fixture);
    baseline = MIN (baseline, g_get_monotonic_time () - start);
  }
  ooo_person_page_set_person (person_page, long_serving);
  g_test_message ("selecting a person with 520 meetings: %.1f ms (the first time %.1f ms);"
                  " on screen after %.1f ms, against %.1f ms between two people without"
                  " history", best / 1000.0, first / 1000.0, painted / 1000.0,
                  baseline / 1000.0);
  /* One frame; a sanitized build gets as many as it is slower. */
  g_assert_cmpint (best, <, 16000 * slowdown ());

  /* The newest twenty, and a row for the rest. */
  g_assert_cmpuint (n_history_rows (fixture), ==, OOO_HISTORY_GROUP_FIRST_ROWS + 1);
  last = history_row (fixture, OOO_HISTORY_GROUP_FIRST_ROWS);
  g_assert_true (shows_label (last, "Show All (520)"));
  start = g_get_monotonic_time ();
  g_signal_emit_by_name (history_list (fixture), "row-activated", last);
  g_test_message ("Show All: %.1f ms before the window draws again",
                  (g_get_monotonic_time () - start) / 1000.0);
  /* The rest is built while idle. */
  drain ();
  g_assert_cmpuint (n_history_rows (fixture), ==, 520);
  g_assert_cmpstr (title_of (history_row (fixture, 0)), ==, "9 November 2026");
  g_assert_cmpstr (subtitle_of (history_row (fixture, 0)), ==,
                   "Week 519: went through the roadmap, hiring and the on-call rota.");
  g_assert_cmpstr (page_label (fixture, "attendance_label"), ==, "10 of the last 10 held");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  {
    /* A test machine has no sound to play the chime on. */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "alert-sound", FALSE);
  }
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/person-history/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("newest-first", test_history_newest_first);
  ADD ("due-and-attendance", test_due_and_attendance);
  ADD ("reschedule", test_reschedule);
  ADD ("cancel-offers-reschedule", test_cancel_offers_reschedule);
  ADD ("open-past-meeting", test_open_past_meeting);
  ADD ("open-unavailable", test_open_unavailable);
  ADD ("rollout-fields", test_rollout_fields);
  ADD ("long-history", test_long_history);
#undef ADD

  return g_test_run ();
}
