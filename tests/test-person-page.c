/* test-person-page.c — the person's page in a real window: talking points
 * queued for next time, open action items ticked off, the personal card's
 * notes autosaved and its reminders, and a past 1:1 recorded through its
 * dialog; each checked in the store and in the file itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-action-items-group.h"
#include "ooo-date-button.h"
#include "ooo-item-edit-button.h"
#include "ooo-past-meeting-dialog.h"
#include "ooo-person-page.h"
#include "ooo-personal-card.h"
#include "ooo-reminders-group.h"
#include "ooo-talking-points-group.h"
#include "ooo-text-row.h"
#include "ooo-widget-util.h"
#include "ooo-window-fixture.h"

/* The first widget of @type inside @widget, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child_widget = gtk_widget_get_first_child (widget);
       child_widget != NULL;
       child_widget = gtk_widget_get_next_sibling (child_widget)) {
    GtkWidget *found;

    if (G_TYPE_CHECK_INSTANCE_TYPE (child_widget, type))
      return child_widget;
    if ((found = find_descendant (child_widget, type)) != NULL)
      return found;
  }

  return NULL;
}

/* The button labelled @label inside @widget. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child_widget = gtk_widget_get_first_child (widget);
       child_widget != NULL;
       child_widget = gtk_widget_get_next_sibling (child_widget)) {
    GtkWidget *found;

    if (GTK_IS_BUTTON (child_widget) &&
        g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child_widget)), label) == 0)
      return child_widget;
    if ((found = find_button (child_widget, label)) != NULL)
      return found;
  }

  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  for (GtkWidget *child_widget = gtk_widget_get_first_child (widget);
       child_widget != NULL;
       child_widget = gtk_widget_get_next_sibling (child_widget)) {
    GtkWidget *found;

    if (GTK_IS_BUTTON (child_widget) &&
        g_strcmp0 (gtk_widget_get_tooltip_text (child_widget), tooltip) == 0)
      return child_widget;
    if ((found = find_button_with_tooltip (child_widget, tooltip)) != NULL)
      return found;
  }

  return NULL;
}

static GtkWidget *
row_at (GtkWidget *list_box,
        int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* The rows shown (a hidden "Show All" row is not). */
static guint
n_rows (GtkWidget *list_box)
{
  guint n = 0;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), i)) != NULL;
       i++)
    n += gtk_widget_get_visible (GTK_WIDGET (row));
  return n;
}

static const char *
title_of (GtkWidget *row)
{
  return ooo_text_row_get_title (OOO_TEXT_ROW (row));
}

static const char *
subtitle_of (GtkWidget *row)
{
  return ooo_text_row_get_subtitle (OOO_TEXT_ROW (row));
}


static GtkWidget *
page_child (Fixture    *fixture,
            const char *name)
{
  GtkWidget *page = window_child (fixture, "person_page");

  return child (page, OOO_TYPE_PERSON_PAGE, name);
}

/* The pencil of @row. Its popover is built the first time it opens. */
static GtkWidget *
edit_button_of (GtkWidget *row)
{
  GtkWidget *button = find_descendant (row, OOO_TYPE_ITEM_EDIT_BUTTON);

  g_assert_nonnull (button);
  return button;
}

static GtkEditable *
editor_entry (GtkWidget *button)
{
  return ooo_item_edit_button_get_editor (OOO_ITEM_EDIT_BUTTON (button));
}

static OooFollowUps *
follow_ups (Fixture *fixture)
{
  return ooo_session_get_follow_ups (fixture->session);
}

/* Ana Costa, added through the editor in every test's set-up. */
static OooPerson *
ana (Fixture *fixture)
{
  GListModel *people = G_LIST_MODEL (fixture->people);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (people, i);

    if (g_str_equal (ooo_person_get_name (person), "Ana Costa"))
      return person;  /* the list keeps it */
  }

  g_assert_not_reached ();
}

static void
page_set_up (Fixture       *fixture,
             gconstpointer  data)
{
  fixture_set_up (fixture, data);
  add_through_ui (fixture, "Ana Costa", "Staff Engineer");
  g_assert_true (ooo_person_page_get_person (OOO_PERSON_PAGE (window_child (fixture,
                                                                            "person_page")))
                 == ana (fixture));
}

/* Talking points */

static void
test_talking_points (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *group = page_child (fixture, "talking_points_group");
  GtkWidget *list_box = child (group, OOO_TYPE_TALKING_POINTS_GROUP, "list_box");
  GtkWidget *add_row = child (group, OOO_TYPE_TALKING_POINTS_GROUP, "add_row");
  GtkWidget *me_button = child (group, OOO_TYPE_TALKING_POINTS_GROUP, "me_button");
  gint64 ana_id = ooo_person_get_id (ana (fixture));
  g_autoptr(GListModel) points = NULL;
  g_autoptr(OooTalkingPoint) theirs = NULL;
  g_autoptr(OooTalkingPoint) mine = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *edit;

  /* Empty: the group says what it is for; only the add row is there. */
  g_assert_nonnull (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)));
  g_assert_cmpuint (n_rows (list_box), ==, 1);
  /* Nothing typed, nothing to add. */
  gtk_widget_activate_action (group, "points.add", NULL);
  drain ();
  g_assert_cmpuint (n_rows (list_box), ==, 1);

  /* Theirs, the default, added with Enter. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "  Wants to talk about the promotion ");
  g_signal_emit_by_name (add_row, "entry-activated");
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");

  /* Mine, added with the button's action. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (me_button), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Feedback on the design review");
  g_assert_true (gtk_widget_activate_action (group, "points.add", NULL));
  drain ();

  /* Listed, oldest first, with who raised them, and the add row last. */
  g_assert_cmpuint (n_rows (list_box), ==, 3);
  g_assert_cmpstr (title_of (row_at (list_box, 0)), ==, "Wants to talk about the promotion");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 0)), ==, "Theirs");
  g_assert_cmpstr (title_of (row_at (list_box, 1)), ==, "Feedback on the design review");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 1)), ==, "Mine");
  g_assert_true (gtk_widget_get_last_child (list_box) == add_row);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "");

  /* Stored. */
  points = ooo_follow_ups_list_pending_points (follow_ups (fixture), ana_id);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);
  theirs = g_list_model_get_item (points, 0);
  mine = g_list_model_get_item (points, 1);
  g_assert_cmpstr (ooo_talking_point_get_text (theirs), ==, "Wants to talk about the promotion");
  g_assert_cmpint (ooo_talking_point_get_raised_by (theirs), ==, OOO_SIDE_THEM);
  g_assert_cmpstr (ooo_talking_point_get_text (mine), ==, "Feedback on the design review");
  g_assert_cmpint (ooo_talking_point_get_raised_by (mine), ==, OOO_SIDE_ME);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM talking_point"
                                        " WHERE raised_by = 'me'"
                                        " AND text = 'Feedback on the design review'"), ==, 1);

  /* The pencil opens on the point; a draft closed unsaved survives a change
   * of the list and is there when it opens again. */
  edit = edit_button_of (row_at (list_box, 1));
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (edit)), ==,
                   "Feedback on the design review");
  gtk_editable_set_text (editor_entry (edit), "Feedback on the review");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Hiring plan");
  g_assert_true (gtk_widget_activate_action (group, "points.add", NULL));
  drain ();
  g_assert_cmpuint (n_rows (list_box), ==, 4);
  g_assert_true (edit_button_of (row_at (list_box, 1)) == edit);
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (edit)), ==, "Feedback on the review");

  /* Saved, raised by them now. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_button (edit, "Them")), TRUE);
  g_assert_true (gtk_widget_activate_action (edit, "item.save", NULL));
  drain ();
  sql = g_strdup_printf ("SELECT count(*) FROM talking_point WHERE id = %" G_GINT64_FORMAT
                         " AND text = 'Feedback on the review' AND raised_by = 'them'",
                         ooo_talking_point_get_id (mine));
  g_assert_cmpint (rows_in_file (fixture, sql), ==, 1);
  g_assert_cmpstr (title_of (row_at (list_box, 1)), ==, "Feedback on the review");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 1)), ==, "Theirs");

  /* A blank text is refused, and what was typed stays in the field. */
  edit_button_of (row_at (list_box, 1));
  gtk_editable_set_text (editor_entry (edit), "   ");
  gtk_widget_activate_action (edit, "item.save", NULL);
  drain ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor_entry (edit)), "error"));
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (edit)), ==, "   ");
  g_assert_cmpint (rows_in_file (fixture, sql), ==, 1);

  /* Removed. */
  g_assert_true (gtk_widget_activate_action (group, "points.remove", "x",
                                             ooo_talking_point_get_id (theirs)));
  drain ();
  g_assert_cmpuint (n_rows (list_box), ==, 3);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM talking_point"), ==, 2);

  /* Another person's page shows only theirs. */
  add_through_ui (fixture, "Bilal Haddad", NULL);
  g_assert_cmpuint (n_rows (list_box), ==, 1);
}

/* Action items */

static void
test_action_items (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *group = page_child (fixture, "action_items_group");
  GtkWidget *list_box = child (group, OOO_TYPE_ACTION_ITEMS_GROUP, "list_box");
  gint64 ana_id = ooo_person_get_id (ana (fixture));
  g_autoptr(OooActionItem) late = NULL;
  g_autoptr(OooActionItem) open = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *check;
  GtkWidget *edit;

  g_assert_false (gtk_widget_get_visible (list_box));
  g_assert_nonnull (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)));

  /* Today is 16 November 2026 on the fake clock. */
  late = ooo_follow_ups_add_action (follow_ups (fixture), ana_id, 0, "Send the offsite agenda",
                                    OOO_SIDE_ME, "2026-11-10", &error);
  g_assert_no_error (error);
  open = ooo_follow_ups_add_action (follow_ups (fixture), ana_id, 0, "Book the training",
                                    OOO_SIDE_THEM, NULL, &error);
  g_assert_no_error (error);
  drain ();

  g_assert_true (gtk_widget_get_visible (list_box));
  g_assert_cmpuint (n_rows (list_box), ==, 2);
  g_assert_cmpstr (title_of (row_at (list_box, 0)), ==, "Send the offsite agenda");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 0)), ==,
                   "My action · was due 10 November 2026");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 1)), ==, "Their action");
  g_assert_true (shows_label (row_at (list_box, 0), "Overdue"));
  g_assert_false (shows_label (row_at (list_box, 1), "Overdue"));

  /* The text is corrected with the pencil. */
  edit = edit_button_of (row_at (list_box, 1));
  gtk_editable_set_text (editor_entry (edit), "Book the leadership training");
  g_signal_emit_by_name (editor_entry (edit), "activate");
  drain ();
  sql = g_strdup_printf ("SELECT count(*) FROM action_item WHERE id = %" G_GINT64_FORMAT
                         " AND text = 'Book the leadership training' AND owner = 'them'",
                         ooo_action_item_get_id (open));
  g_assert_cmpint (rows_in_file (fixture, sql), ==, 1);
  g_assert_cmpstr (title_of (row_at (list_box, 1)), ==, "Book the leadership training");

  /* Ticked on the page: done in the store, and gone from the open list. */
  check = find_descendant (row_at (list_box, 0), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  drain ();
  items = ooo_follow_ups_list_open_actions (follow_ups (fixture), ana_id);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item"
                                        " WHERE text = 'Send the offsite agenda'"
                                        " AND done_at IS NOT NULL"), ==, 1);
  g_assert_cmpuint (n_rows (list_box), ==, 1);
  g_assert_cmpstr (title_of (row_at (list_box, 0)), ==, "Book the leadership training");
}

/* The personal card */

static gboolean
notes_in_file (gpointer data)
{
  Fixture *fixture = data;

  return rows_in_file (fixture, "SELECT count(*) FROM person WHERE name = 'Ana Costa'"
                              " AND personal_notes = 'Two kids, loves climbing.'") == 1;
}

static void
test_personal_notes (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *card = page_child (fixture, "personal_card");
  GtkTextView *view = GTK_TEXT_VIEW (child (card, OOO_TYPE_PERSONAL_CARD, "notes_view"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  gint64 started = g_get_monotonic_time ();
  g_autofree char *shown = NULL;
  GtkTextIter end;
  OooPerson *bilal;

  /* Typed, then saved a moment later, without a Save button. */
  gtk_text_buffer_set_text (buffer, "Two kids, loves climbing.", -1);
  g_assert_false (notes_in_file (fixture));
  wait_until (notes_in_file, fixture);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 900 * 1000);
  g_assert_cmpstr (ooo_person_get_personal_notes (ana (fixture)), ==,
                   "Two kids, loves climbing.");

  /* Typed, and at once another person: written before their page shows. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Moving house in December.", -1);
  bilal = add_through_ui (fixture, "Bilal Haddad", NULL);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name = 'Ana Costa'"
                                        " AND personal_notes = 'Two kids, loves climbing."
                                        " Moving house in December.'"), ==, 1);
  g_object_get (buffer, "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, "");

  /* Each person's own notes come back with their page. */
  gtk_text_buffer_set_text (buffer, "Plays the cello.", -1);
  ooo_window_select_person (fixture->window, ana (fixture));
  drain ();
  g_clear_pointer (&shown, g_free);
  g_object_get (buffer, "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, "Two kids, loves climbing. Moving house in December.");
  g_assert_cmpstr (ooo_person_get_personal_notes (bilal), ==, "Plays the cello.");
}

static void
test_reminders (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *card = page_child (fixture, "personal_card");
  GtkWidget *group = child (card, OOO_TYPE_PERSONAL_CARD, "reminders_group");
  GtkWidget *list_box = child (group, OOO_TYPE_REMINDERS_GROUP, "list_box");
  GtkWidget *add_row = child (group, OOO_TYPE_REMINDERS_GROUP, "add_row");
  OooDateButton *date_button = OOO_DATE_BUTTON (child (group, OOO_TYPE_REMINDERS_GROUP,
                                                       "date_button"));
  gint64 ana_id = ooo_person_get_id (ana (fixture));
  g_autoptr(GListModel) reminders = NULL;
  g_autoptr(OooReminder) first = NULL;
  GtkWidget *check;

  g_assert_cmpuint (n_rows (list_box), ==, 1);
  /* A week from today by default. */
  g_assert_cmpstr (ooo_date_button_get_date (date_button), ==, "2026-11-23");

  gtk_editable_set_text (GTK_EDITABLE (add_row), "How the move went");
  g_signal_emit_by_name (add_row, "entry-activated");
  drain ();

  /* One due today, added with the button's action. */
  ooo_date_button_set_date (date_button, "2026-11-16");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Her daughter's exam");
  g_assert_true (gtk_widget_activate_action (group, "reminders.add", NULL));
  drain ();

  reminders = ooo_follow_ups_list_open_reminders (follow_ups (fixture), ana_id);
  g_assert_cmpuint (g_list_model_get_n_items (reminders), ==, 2);
  first = g_list_model_get_item (reminders, 0);
  g_assert_cmpstr (ooo_reminder_get_text (first), ==, "Her daughter's exam");
  g_assert_cmpstr (ooo_reminder_get_remind_on (first), ==, "2026-11-16");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM reminder"
                                        " WHERE text = 'How the move went'"
                                        " AND remind_on = '2026-11-23'"), ==, 1);

  /* Listed soonest first, the due one marked; the date back to a week on. */
  g_assert_cmpuint (n_rows (list_box), ==, 3);
  g_assert_cmpstr (title_of (row_at (list_box, 0)),
                   ==, "Her daughter's exam");
  g_assert_cmpstr (subtitle_of (row_at (list_box, 0)), ==,
                   "16 November 2026");
  g_assert_true (shows_label (row_at (list_box, 0), "Due"));
  g_assert_false (shows_label (row_at (list_box, 1), "Due"));
  g_assert_cmpstr (ooo_date_button_get_date (date_button), ==, "2026-11-23");

  /* Ticked off once asked. */
  check = find_descendant (row_at (list_box, 0), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  drain ();
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM reminder"
                                        " WHERE text = 'Her daughter''s exam'"
                                        " AND done_at IS NOT NULL"), ==, 1);
  g_assert_cmpuint (n_rows (list_box), ==, 2);
  g_assert_cmpstr (title_of (row_at (list_box, 0)),
                   ==, "How the move went");
}

/* A past 1:1 */

static OooPastMeetingDialog *
open_past_meeting_dialog (Fixture *fixture)
{
  GtkWidget *page = window_child (fixture, "person_page");
  OooPastMeetingDialog *dialog;

  g_assert_true (gtk_widget_activate_action (page, "person.record-past", NULL));
  drain ();
  dialog = find_toplevel (OOO_TYPE_PAST_MEETING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));
  return dialog;
}

#define DIALOG_CHILD(dialog, name) child (dialog, OOO_TYPE_PAST_MEETING_DIALOG, name)

static void
test_record_past_meeting (Fixture       *fixture,
                          gconstpointer  data)
{
  OooPastMeetingDialog *dialog = open_past_meeting_dialog (fixture);
  GtkWidget *date_button = DIALOG_CHILD (dialog, "date_button");
  GtkWidget *action_row = DIALOG_CHILD (dialog, "action_row");
  GtkWidget *actions_list = DIALOG_CHILD (dialog, "actions_list");
  GtkTextBuffer *notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (DIALOG_CHILD (dialog,
                                                                                "notes_view")));
  GtkWidget *actions_group = page_child (fixture, "action_items_group");
  AdwMessageDialog *question;
  g_autofree char *shown = NULL;

  /* Today, and the agenda that fits Ana, to begin with. */
  g_assert_cmpstr (ooo_date_button_get_date (OOO_DATE_BUTTON (date_button)), ==, "2026-11-16");
  g_assert_true (adw_combo_row_get_selected_item (ADW_COMBO_ROW (DIALOG_CHILD (dialog,
                                                                               "agenda_row")))
                 == ooo_session_agenda_for (fixture->session, ana (fixture)));

  gtk_text_buffer_set_text (notes, "Walked to the café; talked about the roadmap.", -1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (DIALOG_CHILD (dialog, "minutes_spin")), 45);
  {
    /* Letters typed into the minutes are refused as they are typed. */
    GtkEditable *minutes = GTK_EDITABLE (DIALOG_CHILD (dialog, "minutes_spin"));
    int position = -1;

    gtk_editable_insert_text (minutes, "half an hour", -1, &position);
    gtk_spin_button_update (GTK_SPIN_BUTTON (minutes));
    g_assert_cmpstr (gtk_editable_get_text (minutes), ==, "45");
  }
  gtk_editable_set_text (GTK_EDITABLE (action_row), "Draft the Q1 roadmap");
  g_signal_emit_by_name (action_row, "entry-activated");
  g_assert_cmpuint (n_rows (actions_list), ==, 2);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (DIALOG_CHILD (dialog, "me_button")), TRUE);
  /* Typed but not added: Save keeps it too. */
  gtk_editable_set_text (GTK_EDITABLE (action_row), "Ask finance about the budget");

  /* Cancelling with notes typed asks first; keeping on loses nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "past-meeting.cancel", NULL);
  drain ();
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "keep");
  gtk_window_destroy (GTK_WINDOW (question));
  drain ();
  g_assert_true (find_toplevel (OOO_TYPE_PAST_MEETING_DIALOG) == dialog);

  /* A day still to come is refused, and the form keeps everything. */
  ooo_date_button_set_date (OOO_DATE_BUTTON (date_button), "2026-11-20");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "past-meeting.save", NULL));
  drain ();
  g_assert_true (find_toplevel (OOO_TYPE_PAST_MEETING_DIALOG) == dialog);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting"), ==, 0);
  g_object_get (notes, "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, "Walked to the café; talked about the roadmap.");
  g_assert_cmpuint (n_rows (actions_list), ==, 3);

  /* The day it was held: stored, and the dialog goes. */
  ooo_date_button_set_date (OOO_DATE_BUTTON (date_button), "2026-11-12");
  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "past-meeting.save", NULL));
  drain ();
  g_assert_finalize_object (dialog);

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting m"
                                        " JOIN meeting_segment s ON s.meeting_id = m.id"
                                        " JOIN person p ON p.id = m.person_id"
                                        " WHERE p.name = 'Ana Costa' AND m.status = 'held'"
                                        " AND m.ended_at - m.started_at = 45 * 60"
                                        " AND date(m.started_at, 'unixepoch', 'localtime')"
                                        "   = '2026-11-12'"
                                        " AND s.position = 0 AND s.notes ="
                                        " 'Walked to the café; talked about the roadmap.'"),
                   ==, 1);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM action_item a"
                                        " JOIN meeting m ON m.id = a.meeting_id"
                                        " WHERE (a.text = 'Draft the Q1 roadmap'"
                                        "        AND a.owner = 'them')"
                                        " OR (a.text = 'Ask finance about the budget'"
                                        "     AND a.owner = 'me')"), ==, 2);

  /* And the page lists the new open items. */
  g_assert_cmpuint (n_rows (child (actions_group, OOO_TYPE_ACTION_ITEMS_GROUP, "list_box")), ==,
                    2);
}

/* A long list shows its oldest items and a "Show All" row; the row shows
 * the rest, until another person is shown. */
static void
test_long_lists (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *points_group = page_child (fixture, "talking_points_group");
  GtkWidget *points_list = child (points_group, OOO_TYPE_TALKING_POINTS_GROUP, "list_box");
  GtkWidget *actions_group = page_child (fixture, "action_items_group");
  GtkWidget *actions_list = child (actions_group, OOO_TYPE_ACTION_ITEMS_GROUP, "list_box");
  gint64 ana_id = ooo_person_get_id (ana (fixture));
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *show_all;

  for (guint i = 0; i < OOO_LIST_ROWS_FIRST + 4; i++) {
    g_autofree char *text = g_strdup_printf ("Point %02u", i);
    g_autoptr(OooTalkingPoint) point = NULL;
    g_autoptr(OooActionItem) item = NULL;

    point = ooo_follow_ups_add_talking_point (follow_ups (fixture), ana_id, text,
                                              OOO_SIDE_THEM, &error);
    g_assert_no_error (error);
    item = ooo_follow_ups_add_action (follow_ups (fixture), ana_id, 0, text + strlen ("Point "),
                                      OOO_SIDE_ME, NULL, &error);
    g_assert_no_error (error);
  }
  drain ();

  /* The first eight, "Show All (12)", and the row that adds a point. */
  g_assert_cmpuint (n_rows (points_list), ==, OOO_LIST_ROWS_FIRST + 2);
  show_all = gtk_list_box_get_row_at_index (GTK_LIST_BOX (points_list), OOO_LIST_ROWS_FIRST);
  g_assert_true (shows_label (GTK_WIDGET (show_all), "Show All (12)"));
  g_assert_cmpstr (title_of (row_at (points_list, OOO_LIST_ROWS_FIRST - 1)), ==, "Point 07");
  g_signal_emit_by_name (points_list, "row-activated", show_all);
  drain ();
  g_assert_cmpuint (n_rows (points_list), ==, OOO_LIST_ROWS_FIRST + 4 + 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (show_all)));

  g_assert_cmpuint (n_rows (actions_list), ==, OOO_LIST_ROWS_FIRST + 1);
  show_all = gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions_list), OOO_LIST_ROWS_FIRST);
  g_assert_true (shows_label (GTK_WIDGET (show_all), "Show All (12)"));
  g_signal_emit_by_name (actions_list, "row-activated", show_all);
  drain ();
  g_assert_cmpuint (n_rows (actions_list), ==, OOO_LIST_ROWS_FIRST + 4);

  /* Ticking one off keeps the whole list shown. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_descendant (row_at (actions_list, 0),
                                                                  GTK_TYPE_CHECK_BUTTON)),
                               TRUE);
  drain ();
  g_assert_cmpuint (n_rows (actions_list), ==, OOO_LIST_ROWS_FIRST + 3);
}

/* Switching person gives the rows to the other person's items instead of
 * building new ones: each row then says and does what its new item says,
 * a draft typed for the first person's item does not follow the row, and
 * a row holding the focus is not given away. */
static void
test_rows_follow_person (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *page = window_child (fixture, "person_page");
  GtkWidget *group = page_child (fixture, "talking_points_group");
  GtkWidget *list_box = child (group, OOO_TYPE_TALKING_POINTS_GROUP, "list_box");
  OooPerson *ana_costa = ana (fixture);
  OooPerson *ben = add_through_ui (fixture, "Ben Ito", "Designer");
  const char * const texts[] = { "Ana's first", "Ana's second", "Ben's first", "Ben's second" };
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *first, *second, *remove;
  g_autofree char *sql = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++) {
    g_ptr_array_add (points, ooo_follow_ups_add_talking_point (follow_ups (fixture),
                                                               ooo_person_get_id (i < 2
                                                                                  ? ana_costa
                                                                                  : ben),
                                                               texts[i], OOO_SIDE_THEM, &error));
    g_assert_no_error (error);
  }
  ooo_window_select_person (fixture->window, ana_costa);
  drain ();
  first = row_at (list_box, 0);
  second = row_at (list_box, 1);
  g_assert_cmpstr (title_of (first), ==, "Ana's first");
  /* A draft, typed and left without saving. */
  gtk_editable_set_text (editor_entry (edit_button_of (first)), "Ana's first, reworded");

  ooo_window_select_person (fixture->window, ben);
  drain ();
  g_assert_true (ooo_person_page_get_person (OOO_PERSON_PAGE (page)) == ben);
  g_assert_true (row_at (list_box, 0) == first);
  g_assert_true (row_at (list_box, 1) == second);
  g_assert_cmpstr (title_of (first), ==, "Ben's first");
  g_assert_cmpstr (title_of (second), ==, "Ben's second");
  g_assert_cmpstr (gtk_editable_get_text (editor_entry (edit_button_of (first))), ==,
                   "Ben's first");

  /* The bin removes Ben's point, not Ana's that the row showed before. */
  remove = find_button_with_tooltip (second, "Remove");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  drain ();
  sql = g_strdup_printf ("SELECT count(*) FROM talking_point WHERE id = %" G_GINT64_FORMAT,
                         ooo_talking_point_get_id (g_ptr_array_index (points, 3)));
  g_assert_cmpint (rows_in_file (fixture, sql), ==, 0);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM talking_point"), ==, 3);

  /* The focus in a row keeps the row with its item. */
  ooo_window_select_person (fixture->window, ana_costa);
  drain ();
  first = row_at (list_box, 0);
  g_assert_true (gtk_widget_grab_focus (find_descendant (first, GTK_TYPE_MENU_BUTTON)));
  ooo_window_select_person (fixture->window, ben);
  drain ();
  g_assert_true (row_at (list_box, 0) != first);
  g_assert_cmpstr (title_of (row_at (list_box, 0)), ==, "Ben's first");

  /* So does the focus on the row itself. */
  ooo_window_select_person (fixture->window, ana_costa);
  drain ();
  first = row_at (list_box, 0);
  g_assert_true (gtk_widget_grab_focus (first));
  ooo_window_select_person (fixture->window, ben);
  drain ();
  g_assert_true (row_at (list_box, 0) != first);
  g_assert_cmpstr (title_of (row_at (list_box, 0)), ==, "Ben's first");
}

/* The keyboard's path into the page: Tab from the top goes through the
 * schedule's rows (read out by a screen reader) and the agenda to "Start
 * One-on-One", never to the name or role above them as text to select,
 * which GTK would select whole on focus. */
static void
test_keyboard_path (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page = window_child (fixture, "person_page");
  GtkWidget *start = find_button (page, "_Start One-on-One");
  gboolean reached_start = FALSE;

  g_assert_nonnull (start);
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  for (guint i = 0; i < 8 && !reached_start; i++) {
    GtkWidget *focus;

    g_assert_true (gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD));
    focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, page));
    g_assert_false (GTK_IS_LABEL (focus));
    reached_start = focus == start;
  }
  g_assert_true (reached_start);
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
  g_test_add ("/person-page/" name, Fixture, NULL, page_set_up, func, fixture_tear_down)
  ADD ("talking-points", test_talking_points);
  ADD ("keyboard-path", test_keyboard_path);
  ADD ("action-items", test_action_items);
  ADD ("long-lists", test_long_lists);
  ADD ("rows-follow-person", test_rows_follow_person);
  ADD ("personal-notes", test_personal_notes);
  ADD ("reminders", test_reminders);
  ADD ("record-past-meeting", test_record_past_meeting);
#undef ADD

  return g_test_run ();
}
