/* test-window-overview.c — what is due with whom, in the sidebar and in the
 * overview of everyone, the sidebar sorted by it, and the search (Ctrl+F)
 *
 * The history is made as a manager makes it: 1:1s started and ended through
 * the window's actions while the fake clock moves on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-meeting-view.h"
#include "ooo-overview-page.h"
#include "ooo-past-meeting-window.h"
#include "ooo-search-results.h"
#include "ooo-window-fixture.h"
#include "ooo-window-private.h"

#define MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define DAY    (24 * 60 * MINUTE)

typedef struct {
  OooPerson *ana;    /* due from 3 December, never met */
  OooPerson *bob;    /* met on 16 and 23 November */
  OooPerson *cleo;   /* met on 16 November only */
} History;

static void
act (Fixture    *fixture,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  drain ();
}

/* Weekly, in Lisbon (UTC in November), counted from @since. */
static void
set_schedule (Fixture    *fixture,
              OooPerson  *person,
              const char *since)
{
  g_autoptr(OooPerson) changes = ooo_person_copy (person);
  g_autoptr(GError) error = NULL;

  ooo_person_set_time_zone (changes, "Europe/Lisbon");
  ooo_person_set_cadence (changes, OOO_CADENCE_WEEKLY);
  ooo_person_set_reporting_since (changes, since);
  g_assert_true (ooo_people_update (fixture->people, person, changes, &error));
  g_assert_no_error (error);
  drain ();
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    GtkWidget *found = find_named (child, name);

    if (found != NULL)
      return found;
  }

  return NULL;
}

static GtkWidget *
sidebar_row (Fixture   *fixture,
             OooPerson *person)
{
  GtkWidget *list = window_child (fixture, "sidebar_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (OOO_IS_PERSON_ROW (row) && ooo_person_row_get_person (OOO_PERSON_ROW (row)) == person)
      return row;

  g_assert_not_reached ();
}

static const char *
due_text (Fixture   *fixture,
          OooPerson *person)
{
  return ooo_person_row_get_due_text (OOO_PERSON_ROW (sidebar_row (fixture, person)));
}

/* Ten minutes of their time, five of mine; @note typed in their part. */
static void
hold_meeting (Fixture    *fixture,
              OooPerson  *person,
              const char *note)
{
  OooNotesPane *notes = ooo_meeting_view_get_notes (OOO_MEETING_VIEW (window_child (fixture,
                                                                                    "meeting_view")));

  ooo_window_select_person (fixture->window, person);
  act (fixture, "win.start-meeting");
  g_assert_cmpstr (due_text (fixture, person), ==, "In a one-on-one now");
  if (note != NULL)
    type_into (ooo_notes_pane_get_view (notes, 0), note);
  ooo_fake_clock_advance (fixture->clock, 10 * MINUTE);
  /* Moving on writes the notes at once. */
  act (fixture, "win.next-segment");
  ooo_fake_clock_advance (fixture->clock, 5 * MINUTE);
  act (fixture, "win.end-meeting");
  act (fixture, "win.close-summary");
}

/* From Monday 16 November 2026, 09:00 UTC, to Monday 30 November. */
static void
make_history (Fixture *fixture,
              History *history)
{
  history->ana = add_through_ui (fixture, "Ana", NULL);
  history->bob = add_through_ui (fixture, "Bob", NULL);
  history->cleo = add_through_ui (fixture, "Cleo", NULL);
  set_schedule (fixture, history->ana, "2026-12-03");
  set_schedule (fixture, history->bob, "2026-11-16");
  set_schedule (fixture, history->cleo, "2026-11-16");
  ooo_window_refresh_figures (fixture->window);
  g_assert_cmpstr (due_text (fixture, history->bob), ==, "Due today");

  hold_meeting (fixture, history->bob, NULL);
  /* Ending it is enough for the row to move on to the next one. */
  g_assert_cmpstr (due_text (fixture, history->bob), ==, "Next on 23 Nov");
  hold_meeting (fixture, history->cleo, "Wants to lead the billing migration next year");

  ooo_fake_clock_advance (fixture->clock, 7 * DAY - 30 * MINUTE);
  hold_meeting (fixture, history->bob, NULL);

  ooo_fake_clock_advance (fixture->clock, 7 * DAY - 15 * MINUTE);
  ooo_window_refresh_figures (fixture->window);
}

static gboolean
figures_loaded (gpointer data)
{
  return !OOO_WINDOW (data)->figures_loading;
}

/* A window opened on a file with history loads everyone's figures on a
 * worker thread: it shows before they are known, and fills them in. A
 * refresh asked for meanwhile, or someone added, is not lost: the figures
 * are loaded again once the worker is done. */
static void
test_first_figures_in_worker (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(OooPerson) dora_added = NULL;
  History history;

  make_history (fixture, &history);

  for (guint round = 0; round < 3; round++) {
    gtk_window_destroy (GTK_WINDOW (fixture->window));
    g_clear_object (&fixture->window);
    fixture->window = g_object_ref (g_object_new (OOO_TYPE_WINDOW,
                                                  "session", fixture->session, NULL));
    g_assert_true (fixture->window->figures_loading);
    g_assert_null (ooo_window_lookup_figures (fixture->window, history.cleo));
    if (round == 1) {
      ooo_window_refresh_figures (fixture->window);
      g_assert_true (fixture->window->figures_stale);
    }
    if (round == 2) {
      /* Someone added while it runs has figures too. */
      g_autoptr(OooPerson) dora = ooo_person_new ("Dora");
      g_autoptr(GError) error = NULL;

      ooo_person_set_time_zone (dora, "Europe/Lisbon");
      ooo_person_set_reporting_since (dora, "2026-11-16");
      g_assert_true (ooo_people_add (fixture->people, dora, &error));
      g_assert_no_error (error);
      g_assert_true (fixture->window->figures_loading);
      dora_added = g_object_ref (dora);
    }

    gtk_window_present (GTK_WINDOW (fixture->window));
    wait_until (figures_loaded, fixture->window);
    drain ();
    g_assert_false (fixture->window->figures_stale);
    g_assert_nonnull (ooo_window_lookup_figures (fixture->window, history.cleo));
    g_assert_cmpstr (due_text (fixture, history.ana), ==, "Next on 3 Dec");
    g_assert_cmpstr (due_text (fixture, history.bob), ==, "Due today");
    g_assert_cmpstr (due_text (fixture, history.cleo), ==, "Overdue by 7 days");
    if (dora_added != NULL)
      g_assert_nonnull (ooo_window_lookup_figures (fixture->window, dora_added));
  }
}

static void
test_due_texts_and_sort (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (window_child (fixture, "sidebar_list"));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  History history;

  make_history (fixture, &history);
  g_assert_cmpstr (due_text (fixture, history.ana), ==, "Next on 3 Dec");
  g_assert_cmpstr (due_text (fixture, history.bob), ==, "Due today");
  g_assert_cmpstr (due_text (fixture, history.cleo), ==, "Overdue by 7 days");
  /* Only what is overdue is in the warning colour. */
  g_assert_true (gtk_widget_has_css_class (find_named (sidebar_row (fixture, history.cleo), "due"),
                                           "warning"));
  g_assert_false (gtk_widget_has_css_class (find_named (sidebar_row (fixture, history.bob), "due"),
                                            "warning"));

  /* By what is due: the most overdue first, the selection kept. */
  ooo_window_select_person (fixture->window, history.bob);
  g_assert_true (row_person (fixture, 0) == history.ana);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort-people",
                                             "s", "due"));
  drain ();
  g_assert_true (row_person (fixture, 0) == history.cleo);
  g_assert_true (row_person (fixture, 1) == history.bob);
  g_assert_true (row_person (fixture, 2) == history.ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == history.bob);
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 1));
  {
    g_autofree char *stored = g_settings_get_string (settings, "sidebar-sort");
    g_assert_cmpstr (stored, ==, "due");
  }

  /* A 1:1 held with Cleo now puts her last, and Bob stays selected. */
  ooo_window_select_person (fixture->window, history.cleo);
  hold_meeting (fixture, history.cleo, NULL);
  ooo_window_select_person (fixture->window, history.bob);
  g_assert_true (row_person (fixture, 0) == history.bob);
  g_assert_true (row_person (fixture, 2) == history.cleo);
  g_assert_cmpstr (due_text (fixture, history.cleo), ==, "Next on 7 Dec");

  /* Back by name, which the next window finds in the settings too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort-people",
                                             "s", "name"));
  drain ();
  g_assert_true (row_person (fixture, 0) == history.ana);
  g_assert_true (ooo_window_get_selected (fixture->window) == history.bob);
  {
    g_autofree char *stored = g_settings_get_string (settings, "sidebar-sort");
    g_assert_cmpstr (stored, ==, "name");
  }
}

static GtkWidget *
overview_row (GtkWidget *list,
              OooPerson *person)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ooo_overview_page_row_person (row) == person)
      return row;

  return NULL;
}

static const char *
figure (GtkWidget  *list,
        OooPerson  *person,
        const char *name)
{
  GtkWidget *row = overview_row (list, person);
  GtkWidget *label;

  g_assert_nonnull (row);
  label = find_named (row, name);
  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
test_overview_figures (Fixture       *fixture,
                       gconstpointer  data)
{
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (fixture->session);
  GtkWidget *page = window_child (fixture, "overview_page");
  GtkWidget *people_list = child (page, OOO_TYPE_OVERVIEW_PAGE, "people_list");
  GtkWidget *rollout_list = child (page, OOO_TYPE_OVERVIEW_PAGE, "rollout_list");
  g_autoptr(OooPerson) changes = NULL;
  g_autoptr(GError) error = NULL;
  History history;

  make_history (fixture, &history);

  /* The overview comes with no one selected. */
  act (fixture, "win.show-overview");
  g_assert_null (ooo_window_get_selected (fixture->window));
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "none");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (window_child (fixture,
                                                                               "content_title"))),
                   ==, "Overview");

  g_assert_cmpstr (figure (people_list, history.cleo, "days-since"), ==, "14 days");
  g_assert_cmpstr (figure (people_list, history.cleo, "attendance"), ==, "1 of 2");
  g_assert_cmpstr (figure (people_list, history.cleo, "share"), ==, "67%");
  g_assert_cmpstr (figure (people_list, history.cleo, "due"), ==, "Overdue by 7 days");
  g_assert_cmpstr (figure (people_list, history.bob, "days-since"), ==, "7 days");
  g_assert_cmpstr (figure (people_list, history.bob, "attendance"), ==, "2 of 2");
  g_assert_cmpstr (figure (people_list, history.ana, "days-since"), ==, "Never");
  g_assert_cmpstr (figure (people_list, history.ana, "attendance"), ==, "—");
  g_assert_cmpstr (figure (people_list, history.ana, "share"), ==, "—");
  g_assert_cmpstr (figure (people_list, history.cleo, "open-theirs"), ==, "0");

  /* Open action items, theirs and mine, follow as they are added. */
  for (int i = 0; i < 2; i++) {
    g_autoptr(OooActionItem) item =
      ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (history.cleo), 0,
                                 "Draft the on-call proposal", OOO_SIDE_THEM, NULL, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(OooActionItem) item =
      ooo_follow_ups_add_action (follow_ups, ooo_person_get_id (history.cleo), 0,
                                 "Book the offsite", OOO_SIDE_ME, NULL, &error);
    g_assert_no_error (error);
  }
  drain ();
  g_assert_cmpstr (figure (people_list, history.cleo, "open-theirs"), ==, "2");
  g_assert_cmpstr (figure (people_list, history.cleo, "open-mine"), ==, "1");

  /* The roll-out view lists those who manage others. */
  g_assert_false (gtk_widget_get_visible (child (page, OOO_TYPE_OVERVIEW_PAGE,
                                                 "rollout_group")));
  changes = ooo_person_copy (history.bob);
  ooo_person_set_kind (changes, OOO_PERSON_KIND_MANAGER);
  ooo_person_set_rollout_status (changes, OOO_ROLLOUT_YES);
  ooo_person_set_rollout_since (changes, "2026-09-01");
  ooo_person_set_team_size (changes, 6);
  g_assert_true (ooo_people_update (fixture->people, history.bob, changes, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_true (gtk_widget_get_visible (child (page, OOO_TYPE_OVERVIEW_PAGE,
                                                "rollout_group")));
  g_assert_nonnull (overview_row (rollout_list, history.bob));
  g_assert_null (overview_row (rollout_list, history.cleo));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (overview_row (rollout_list,
                                                                              history.bob))),
                   ==, "Since 1 September 2026 · Manages 6 people");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_named (overview_row (rollout_list,
                                                                             history.bob),
                                                               "rollout"))), ==, "Yes");

  /* Choosing a row shows that person. */
  g_signal_emit_by_name (people_list, "row-activated", overview_row (people_list, history.cleo));
  drain ();
  g_assert_true (ooo_window_get_selected (fixture->window) == history.cleo);
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
}

static OooSearchResults *
search_results (Fixture *fixture)
{
  return OOO_SEARCH_RESULTS (window_child (fixture, "search_results"));
}

static gboolean
searched (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (visible_page (window_child (fixture, "sidebar_stack")), "results") == 0;
}

/* Opens the search, types @text and waits for the entry's delay. */
static void
search_for (Fixture    *fixture,
            const char *text)
{
  GtkWidget *bar = window_child (fixture, "search_bar");

  if (!gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)))
    act (fixture, "win.search");
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  gtk_editable_set_text (GTK_EDITABLE (window_child (fixture, "search_entry")), text);
  wait_until (searched, fixture);
}

/* What Escape does in the search field. */
static void
escape (Fixture *fixture)
{
  g_signal_emit_by_name (window_child (fixture, "search_entry"), "stop-search");
  drain ();
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *hostile[] = {
    "\"(", "AND", "*", "NEAR(a b", "'; DROP TABLE person; --", "^", "-", "\"", ":", "OR",
    "col:text", "a AND OR NOT", "((((", "\\",
  };
  GtkWidget *stack = window_child (fixture, "sidebar_stack");
  GtkWidget *entry = window_child (fixture, "search_entry");
  OooSearchResult *result;
  GtkWidget *snippet;
  GtkWindow *past;
  History history;

  make_history (fixture, &history);
  g_assert_cmpstr (visible_page (stack), ==, "people");

  /* A note typed in Cleo's 1:1 is found, with the match marked. */
  search_for (fixture, "migration");
  g_assert_true (gtk_widget_is_focus (entry) || gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         entry));
  g_assert_cmpuint (ooo_search_results_get_n_results (search_results (fixture)), ==, 1);
  g_assert_null (ooo_search_results_get_status (search_results (fixture)));
  result = ooo_search_results_get_result (search_results (fixture), 0);
  g_assert_cmpstr (ooo_search_result_get_person_name (result), ==, "Cleo");
  g_assert_cmpstr (ooo_search_result_get_date (result), ==, "2026-11-16");
  g_assert_cmpint (ooo_search_result_get_kind (result), ==, OOO_SEARCH_KIND_NOTES);
  snippet = find_named (ooo_search_results_get_row (search_results (fixture), 0), "snippet");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (snippet)), "<b>migration</b>"));

  /* Choosing it opens that meeting in its own window. */
  g_assert_true (ooo_search_results_activate_first (search_results (fixture)));
  drain ();
  past = find_toplevel (OOO_TYPE_PAST_MEETING_WINDOW);
  g_assert_nonnull (past);
  g_assert_true (gtk_window_get_transient_for (past) == GTK_WINDOW (fixture->window));
  g_assert_nonnull (ooo_past_meeting_window_get_meeting (OOO_PAST_MEETING_WINDOW (past)));
  g_assert_cmpstr (ooo_meeting_get_uuid (ooo_past_meeting_window_get_meeting
                                           (OOO_PAST_MEETING_WINDOW (past))),
                   ==, ooo_search_result_get_meeting_uuid (result));
  g_object_ref (past);
  gtk_window_destroy (past);
  drain ();
  g_assert_finalize_object (past);

  /* Nothing found says so. */
  search_for (fixture, "zeppelin");
  g_assert_cmpstr (ooo_search_results_get_status (search_results (fixture)), ==, "No Results");

  /* Escape brings the people back, and an empty field too. */
  escape (fixture);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (window_child (fixture,
                                                                               "search_bar"))));
  g_assert_cmpstr (visible_page (stack), ==, "people");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  search_for (fixture, "migration");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  drain ();
  g_assert_cmpstr (visible_page (stack), ==, "people");
  escape (fixture);

  /* What the search syntax would choke on is only words (a warning would
   * be fatal here). */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++) {
    const char *status;

    search_for (fixture, hostile[i]);
    status = ooo_search_results_get_status (search_results (fixture));
    g_assert_true (status == NULL || g_str_equal (status, "No Results"));
    escape (fixture);
  }

  /* The personal card shows the person's page. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (ooo_people_save_personal_notes (fixture->people, history.bob,
                                                   "Sails on weekends", &error));
    g_assert_no_error (error);
  }
  ooo_window_select_person (fixture->window, history.ana);
  search_for (fixture, "sails");
  g_assert_true (ooo_search_results_activate_first (search_results (fixture)));
  drain ();
  g_assert_true (ooo_window_get_selected (fixture->window) == history.bob);
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "person");
  escape (fixture);

  /* A note of the 1:1 in progress shows that 1:1 in the window. */
  ooo_window_select_person (fixture->window, history.ana);
  act (fixture, "win.start-meeting");
  type_into (ooo_notes_pane_get_view (ooo_meeting_view_get_notes (OOO_MEETING_VIEW (
                                        window_child (fixture, "meeting_view"))), 0),
             "Plans the quarterly offsite");
  act (fixture, "win.next-segment");
  ooo_window_select_person (fixture->window, history.bob);
  search_for (fixture, "offsite");
  g_assert_true (ooo_search_results_activate_first (search_results (fixture)));
  drain ();
  g_assert_null (find_toplevel (OOO_TYPE_PAST_MEETING_WINDOW));
  g_assert_true (ooo_window_get_selected (fixture->window) == history.ana);
  g_assert_cmpstr (visible_page (window_child (fixture, "content_stack")), ==, "meeting");
  escape (fixture);
  act (fixture, "win.end-meeting");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  {
    /* A test machine has no sound to play the chime on. */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_settings_set_boolean (settings, "alert-sound", FALSE);
  }
  adw_init ();
  /* An animation of the meeting view's leaflet that the window's closing
   * cuts short keeps the leaflet alive now and then, and "every window
   * finalized" would then fail by chance. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(name, func) \
  g_test_add ("/window-overview/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("due-texts-and-sort", test_due_texts_and_sort);
  ADD ("overview-figures", test_overview_figures);
  ADD ("first-figures-in-worker", test_first_figures_in_worker);
  ADD ("search", test_search);
#undef ADD

  return g_test_run ();
}
