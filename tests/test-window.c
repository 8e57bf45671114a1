/* test-window.c — the real main window under a display: the welcome page,
 * adding, editing, archiving and deleting people through the same actions
 * the buttons use, the narrow layout, and the window being freed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ooo-archived-people.h"
#include "ooo-meeting-view.h"
#include "ooo-segment-bar.h"
#include "ooo-person-page.h"
#include "ooo-person-row.h"
#include "ooo-window-fixture.h"

static void
test_add_person (Fixture       *fixture,
                 gconstpointer  data)
{
  OooPersonEditor *editor;
  GtkWidget *page = window_child (fixture, "person_page");
  GtkWidget *zone_dropdown;
  GtkStringList *zones;
  OooPerson *ana;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "One-on-One");
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");

  editor = open_editor (fixture, "win.add-person");
  /* No name, no saving. */
  g_assert_false (gtk_widget_get_sensitive (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                   "save_button")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                    "relationship_row")),
                              OOO_RELATIONSHIP_SKIP_LEVEL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                    "cadence_row")), 1);
  zone_dropdown = child (editor, OOO_TYPE_PERSON_EDITOR, "time_zone_dropdown");
  zones = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (zone_dropdown)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (zones)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (zones, i), "Asia/Kolkata") == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (zone_dropdown), i);
  fill_and_save (editor, "  Ana Costa ", "Staff Engineer");

  ana = ooo_window_get_selected (fixture->window);
  g_assert_nonnull (ana);
  g_assert_cmpstr (ooo_person_get_name (ana), ==, "Ana Costa");
  g_assert_cmpint (ooo_person_get_relationship (ana), ==, OOO_RELATIONSHIP_SKIP_LEVEL);
  g_assert_cmpint (ooo_person_get_cadence (ana), ==, OOO_CADENCE_EVERY_TWO_WEEKS);
  g_assert_cmpstr (ooo_person_get_time_zone (ana), ==, "Asia/Kolkata");

  /* The sidebar shows them, selected, with their page beside. */
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  g_assert_true (row_person (fixture, 0) == ana);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (window_child (fixture,
                                                                             "sidebar_list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (window_child (fixture,
                                                                               "sidebar_list")),
                                                   0));
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
  g_assert_true (ooo_person_page_get_person (OOO_PERSON_PAGE (page)) == ana);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (page, OOO_TYPE_PERSON_PAGE,
                                                          "name_label"))), ==, "Ana Costa");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (page, OOO_TYPE_PERSON_PAGE,
                                                          "relationship_label"))), ==,
                   "Skip-level");

  /* And it is in the file. */
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name ="
                                          " 'Ana Costa' AND role = 'Staff Engineer'"
                                          " AND relationship = 'skip-level'"), ==, 1);
}

static void
test_edit_keeps_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  OooPerson *ana = add_through_ui (fixture, "Ana", NULL);
  OooPerson *bob = add_through_ui (fixture, "Bob", NULL);
  OooPersonEditor *editor;

  g_assert_true (row_person (fixture, 0) == ana);
  ooo_window_select_person (fixture->window, ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == ana);

  editor = open_editor (fixture, "win.edit-person");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR,
                                                                "name_row"))), ==, "Ana");
  fill_and_save (editor, "Zara", "Product Manager");

  /* Renamed, moved after Bob, and still the one selected. */
  g_assert_cmpstr (ooo_person_get_name (ana), ==, "Zara");
  g_assert_true (row_person (fixture, 0) == bob);
  g_assert_true (row_person (fixture, 1) == ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == ana);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (window_child (fixture,
                                                                             "sidebar_list")))
                 == gtk_list_box_get_row_at_index (GTK_LIST_BOX (window_child (fixture,
                                                                               "sidebar_list")),
                                                   1));
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person WHERE name = 'Zara'"
                                          " AND role = 'Product Manager'"), ==, 1);
}

static void
test_cancel_saves_nothing (Fixture       *fixture,
                           gconstpointer  data)
{
  OooPersonEditor *editor = open_editor (fixture, "win.add-person");

  gtk_editable_set_text (GTK_EDITABLE (child (editor, OOO_TYPE_PERSON_EDITOR, "name_row")),
                         "Never Mind");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  drain ();
  g_assert_finalize_object (editor);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_archive_and_restore (Fixture       *fixture,
                          gconstpointer  data)
{
  OooPerson *cleo = add_through_ui (fixture, "Cleo <R&D>", NULL);
  g_autofree char *uuid = g_strdup (ooo_person_get_uuid (cleo));
  OooArchivedPeople *archived;

  /* The toasts that follow show the name as typed, not as markup. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.archive-person", NULL));
  drain ();
  /* Gone from the sidebar, kept in the file. */
  g_assert_null (row_person (fixture, 0));
  g_assert_null (ooo_window_get_selected (fixture->window));
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");
  g_assert_cmpint (rows_in_file (fixture, "SELECT archived FROM person"
                                          " WHERE name = 'Cleo <R&D>'"),
                   ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-archived", NULL));
  drain ();
  archived = find_toplevel (OOO_TYPE_ARCHIVED_PEOPLE);
  g_assert_nonnull (archived);
  g_assert_cmpstr (visible_page (child (archived, OOO_TYPE_ARCHIVED_PEOPLE, "stack")), ==,
                   "list");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (archived), "archived.restore", "s",
                                             uuid));
  drain ();
  g_assert_cmpstr (visible_page (child (archived, OOO_TYPE_ARCHIVED_PEOPLE, "stack")), ==,
                   "empty");
  g_object_ref (archived);
  gtk_window_destroy (GTK_WINDOW (archived));
  drain ();
  g_assert_finalize_object (archived);

  g_assert_true (row_person (fixture, 0) == cleo);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "people");
  g_assert_cmpint (rows_in_file (fixture, "SELECT archived FROM person"
                                          " WHERE name = 'Cleo <R&D>'"),
                   ==, 0);
}

static void
test_delete_asks_first (Fixture       *fixture,
                        gconstpointer  data)
{
  OooPerson *dan = add_through_ui (fixture, "Dan", NULL);
  AdwMessageDialog *dialog;

  for (guint round = 0; round < 2; round++) {
    const char *response = round == 0 ? "cancel" : "delete";

    ooo_window_select_person (fixture->window, dan);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                               "win.delete-person", NULL));
    drain ();
    dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete Dan?");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
    adw_message_dialog_response (dialog, response);
    gtk_window_destroy (GTK_WINDOW (dialog));
    drain ();

    if (round == 0)
      g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 1);
  }

  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->people)), ==, 0);
  g_assert_cmpstr (visible_page (window_child (fixture, "main_stack")), ==, "welcome");
}

static gboolean
is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

static void
test_narrow_window_folds (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *leaflet;
  OooPerson *eva;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  fixture_open_window (fixture, 360, 640);
  leaflet = window_child (fixture, "leaflet");

  eva = add_through_ui (fixture, "Eva", NULL);
  wait_until (is_folded, leaflet);
  ooo_window_select_person (fixture->window, eva);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 window_child (fixture, "content"));
  g_assert_true (gtk_widget_get_visible (window_child (fixture, "back_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  drain ();
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 window_child (fixture, "sidebar"));
}

static void
test_remembers_size (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 650);
  gtk_window_close (GTK_WINDOW (fixture->window));
  drain ();
  g_assert_finalize_object (fixture->window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                "session", fixture->session, NULL));
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
}

static void
test_error_state (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *message = "Cannot save your data in “/nowhere”: Permission denied.";
  OooWindow *window = g_object_ref (g_object_new (OOO_TYPE_WINDOW, NULL));

  gtk_window_present (GTK_WINDOW (window));
  ooo_window_show_error (window, message);
  drain ();
  g_assert_cmpstr (visible_page (child (window, OOO_TYPE_WINDOW, "main_stack")), ==, "error");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (
                     child (window, OOO_TYPE_WINDOW, "error_page"))), ==, message);
  /* Nothing to add people to. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-person", NULL);
  drain ();
  g_assert_null (find_toplevel (OOO_TYPE_PERSON_EDITOR));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_finalize_object (window);
}


static GtkWidget *
view_child (Fixture    *fixture,
            const char *name)
{
  return child (window_child (fixture, "meeting_view"), OOO_TYPE_MEETING_VIEW, name);
}

static const char *
view_label (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (view_child (fixture, name)));
}

typedef struct {
  Fixture    *fixture;
  const char *expected;
} LabelWait;

static gboolean
time_label_reads (gpointer data)
{
  LabelWait *wait = data;

  return g_strcmp0 (view_label (wait->fixture, "time_label"), wait->expected) == 0;
}

/* The view wakes on its own when the displayed second turns. */
static void
wait_for_time (Fixture    *fixture,
               const char *expected)
{
  LabelWait wait = { fixture, expected };

  wait_until (time_label_reads, &wait);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  drain ();
}

static OooTimer *
shown_timer (Fixture *fixture)
{
  OooMeeting *meeting = ooo_meeting_view_get_meeting (
    OOO_MEETING_VIEW (window_child (fixture, "meeting_view")));

  g_assert_nonnull (meeting);
  return ooo_meeting_get_timer (meeting);
}

static void
test_run_meeting (Fixture       *fixture,
                  gconstpointer  data)
{
  OooMeetingView *view = OOO_MEETING_VIEW (window_child (fixture, "meeting_view"));
  OooSegmentBar *bar;

  add_through_ui (fixture, "Ana", NULL);
  activate (fixture, "win.start-meeting");

  /* Running at once, on the person's agenda, large and on the first part. */
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "meeting");
  g_assert_cmpint (ooo_timer_get_state (shown_timer (fixture)), ==, OOO_TIMER_STATE_RUNNING);
  g_assert_true (ooo_meeting_view_is_ticking (view));
  g_assert_cmpstr (view_label (fixture, "segment_label"), ==, "Their time");
  g_assert_cmpstr (view_label (fixture, "progress_label"), ==, "1 of 3 · Them");
  g_assert_cmpstr (view_label (fixture, "time_label"), ==, "10:00");
  g_assert_cmpstr (view_label (fixture, "schedule_label"), ==,
                   "30:00 left in the meeting · on plan");

  ooo_fake_clock_advance (fixture->clock, 95 * G_USEC_PER_SEC);
  wait_for_time (fixture, "8:25");
  g_assert_cmpstr (view_label (fixture, "schedule_label"), ==,
                   "28:25 left in the meeting · on plan");

  activate (fixture, "win.next-segment");
  g_assert_cmpstr (view_label (fixture, "segment_label"), ==, "My time");
  g_assert_cmpstr (view_label (fixture, "time_label"), ==, "10:00");
  /* Their part ended 8:25 early. */
  g_assert_cmpstr (view_label (fixture, "schedule_label"), ==,
                   "28:25 left in the meeting · 8:25 ahead of plan");
  bar = OOO_SEGMENT_BAR (view_child (fixture, "segment_bar"));
  g_assert_cmpfloat_with_epsilon (ooo_segment_bar_get_fill (bar, 0), 95.0 / 600.0, 1e-9);
  g_assert_cmpfloat (ooo_segment_bar_get_fill (bar, 1), ==, 0.0);

  /* Paused: the clock moves, the meeting does not, nothing wakes. */
  activate (fixture, "win.toggle-timer");
  g_assert_cmpint (ooo_timer_get_state (shown_timer (fixture)), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_false (ooo_meeting_view_is_ticking (view));
  ooo_fake_clock_advance (fixture->clock, 300 * G_USEC_PER_SEC);
  activate (fixture, "win.extend-segment");
  g_assert_cmpstr (view_label (fixture, "time_label"), ==, "11:00");

  /* Over time shows as +m:ss, in the warning colour. */
  activate (fixture, "win.toggle-timer");
  ooo_fake_clock_advance (fixture->clock, (11 * 60 + 5) * G_USEC_PER_SEC);
  wait_for_time (fixture, "+0:05");
  g_assert_true (gtk_widget_has_css_class (view_child (fixture, "time_label"), "overtime"));

  activate (fixture, "win.end-meeting");
  g_assert_cmpstr (visible_page (view_child (fixture, "stack")), ==, "summary");
  g_assert_false (ooo_meeting_view_is_ticking (view));
  g_assert_cmpstr (view_label (fixture, "summary_label"), ==,
                   "12:40 in all · 13% of it was their time");
  g_assert_cmpint (rows_in_file (fixture, "SELECT count(*) FROM meeting WHERE status = 'held'"),
                   ==, 1);

  activate (fixture, "win.close-summary");
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
}

typedef struct {
  Fixture    *fixture;
  const char *expected;
} AlertWait;

static gboolean
alert_reads (gpointer data)
{
  AlertWait *wait = data;

  return g_strcmp0 (ooo_alerts_get_last_message (ooo_window_get_alerts (wait->fixture->window)),
                    wait->expected) == 0;
}

static void
test_alerts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AlertWait wait = { fixture, NULL };

  g_settings_set_int (settings, "heads-up-minutes", 2);
  add_through_ui (fixture, "Ana", NULL);
  activate (fixture, "win.start-meeting");
  g_assert_null (ooo_alerts_get_last_message (ooo_window_get_alerts (fixture->window)));

  /* Two minutes before the end of their time. */
  ooo_fake_clock_advance (fixture->clock, 8 * 60 * G_USEC_PER_SEC);
  wait.expected = "2 minutes left: Their time";
  wait_until (alert_reads, &wait);

  ooo_fake_clock_advance (fixture->clock, 2 * 60 * G_USEC_PER_SEC);
  wait.expected = "Their time is up — Next: My time";
  wait_until (alert_reads, &wait);

  /* With auto-advance on, the next segment takes over by itself. */
  g_settings_set_boolean (settings, "auto-advance", TRUE);
  activate (fixture, "win.next-segment");
  ooo_fake_clock_advance (fixture->clock, 10 * 60 * G_USEC_PER_SEC);
  wait.expected = "My time is up — Next: The future";
  wait_until (alert_reads, &wait);
  g_assert_cmpuint (ooo_timer_get_current (shown_timer (fixture)), ==, 2);
  g_assert_cmpstr (view_label (fixture, "segment_label"), ==, "The future");

  g_settings_reset (settings, "heads-up-minutes");
  g_settings_reset (settings, "auto-advance");
}

static GtkEventController *
space_controller (Fixture *fixture)
{
  g_autoptr(GListModel) controllers =
    gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
        gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
      return controller;
  }

  return NULL;
}

static gboolean
press_space (Fixture *fixture)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (space_controller (fixture), "key-pressed", GDK_KEY_space, 0, 0,
                         &handled);
  drain ();
  return handled;
}

/* Space starts and pauses the timer, unless the manager is typing. */
static gboolean
has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

static void
test_space_toggles (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *notes;

  add_through_ui (fixture, "Ana", NULL);
  /* No meeting on screen: Space is left alone. */
  g_assert_false (press_space (fixture));

  activate (fixture, "win.start-meeting");
  /* The meeting puts the cursor in its notes: Space is a space there. */
  notes = GTK_WIDGET (ooo_notes_pane_get_view (
    ooo_meeting_view_get_notes (OOO_MEETING_VIEW (window_child (fixture, "meeting_view"))), 0));
  wait_until (has_focus, notes);
  g_assert_false (press_space (fixture));
  g_assert_cmpint (ooo_timer_get_state (shown_timer (fixture)), ==, OOO_TIMER_STATE_RUNNING);

  /* Elsewhere it starts and pauses the timer. */
  gtk_widget_grab_focus (view_child (fixture, "toggle_button"));
  g_assert_true (press_space (fixture));
  g_assert_cmpint (ooo_timer_get_state (shown_timer (fixture)), ==, OOO_TIMER_STATE_PAUSED);
  g_assert_true (press_space (fixture));
  g_assert_cmpint (ooo_timer_get_state (shown_timer (fixture)), ==, OOO_TIMER_STATE_RUNNING);
}

/* A meeting still in progress when the app starts is what it opens on. */
static void
test_resume_on_start (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OooPerson *bea;

  add_through_ui (fixture, "Ana", NULL);
  bea = add_through_ui (fixture, "Bea", NULL);
  ooo_window_select_person (fixture->window, bea);
  activate (fixture, "win.start-meeting");
  ooo_fake_clock_advance (fixture->clock, 61 * G_USEC_PER_SEC);

  /* Quit, and start again on the same file. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  fixture->people = NULL;
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->store);
  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->session = ooo_session_new (fixture->store, OOO_CLOCK (fixture->clock));
  g_assert_true (ooo_session_load (fixture->session, &error));
  fixture->people = ooo_session_get_people (fixture->session);
  fixture_open_window (fixture, 1000, 700);

  g_assert_cmpstr (ooo_person_get_name (ooo_window_get_selected (fixture->window)), ==, "Bea");
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "meeting");
  g_assert_cmpstr (view_label (fixture, "time_label"), ==, "8:59");
}

/* A long sidebar shows a screenful of people first and builds the rest of
 * its rows while the app is idle; someone picked before their row is built
 * gets it at once. */
static void
test_long_sidebar (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkListBox *sidebar;
  guint built = 0;
  OooPerson *last;

  for (guint i = 0; i < 40; i++) {
    g_autofree char *name = g_strdup_printf ("Person %02u", i);
    g_autoptr(OooPerson) person = ooo_person_new (name);

    ooo_person_set_time_zone (person, "UTC");
    g_assert_true (ooo_people_add (fixture->people, person, &error));
    g_assert_no_error (error);
  }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);

  fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                "session", fixture->session, NULL));
  sidebar = GTK_LIST_BOX (window_child (fixture, "sidebar_list"));
  while (gtk_list_box_get_row_at_index (sidebar, (int) built) != NULL)
    built++;
  g_assert_cmpuint (built, >=, 12);
  g_assert_cmpuint (built, <, 40);

  last = g_list_model_get_item (G_LIST_MODEL (fixture->people), 39);
  g_object_unref (last);   /* the list keeps it */
  ooo_window_select_person (fixture->window, last);
  g_assert_nonnull (gtk_list_box_get_selected_row (sidebar));
  g_assert_true (ooo_person_row_get_person (OOO_PERSON_ROW (gtk_list_box_get_selected_row
                                                              (sidebar))) == last);

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);
  drain ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (sidebar, 39));
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, 40));
  g_assert_true (ooo_window_get_selected (fixture->window) == last);
}

/* A window left alone draws nothing, where a spinner on a page not shown
 * used to ask for sixty frames a second. */
static void
test_idle_draws_nothing (Fixture       *fixture,
                         gconstpointer  data)
{
  guint frames = 0;

  /* As on the manager's desktop (the fixture turns them off), from the
   * window's start. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture_open_window (fixture, 1000, 700);
  add_through_ui (fixture, "Ana", NULL);
  /* Nor is a text cursor blinking. */
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  /* The page's transition ends first. */
  frames_drawn (GTK_WIDGET (fixture->window), 1000 * slowdown ());

  /* Half a second without a frame, within five tries: on a busy machine a
   * passing animation can end late, or the window wake for a new minute,
   * but a page that keeps drawing never gets there. */
  for (guint tries = 0; tries < 5; tries++) {
    frames = frames_drawn (GTK_WIDGET (fixture->window), 500 * slowdown ());
    if (frames == 0)
      break;
  }
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_cmpuint (frames, ==, 0);
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
  g_test_add ("/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-person", test_add_person);
  ADD ("edit-keeps-selection", test_edit_keeps_selection);
  ADD ("cancel-saves-nothing", test_cancel_saves_nothing);
  ADD ("archive-and-restore", test_archive_and_restore);
  ADD ("delete-asks-first", test_delete_asks_first);
  ADD ("narrow-window-folds", test_narrow_window_folds);
  ADD ("long-sidebar", test_long_sidebar);
  ADD ("idle-draws-nothing", test_idle_draws_nothing);
  ADD ("remembers-size", test_remembers_size);
  ADD ("error-state", test_error_state);
  ADD ("run-meeting", test_run_meeting);
  ADD ("resume-on-start", test_resume_on_start);
  ADD ("alerts", test_alerts);
  ADD ("space-toggles", test_space_toggles);
#undef ADD

  return g_test_run ();
}
